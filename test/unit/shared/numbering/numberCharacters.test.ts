import { describe, expect, it } from 'vitest';
import {
  characterCount,
  FILE_NAME_UNSAFE_CHARACTERS,
  firstUnsafeCharacter,
  unsafeCharacterMessage,
} from '../../../../shared/numbering/numberCharacters';

describe('characters that cannot appear in a document number', () => {
  it.each([...FILE_NAME_UNSAFE_CHARACTERS])('finds the file-name-unsafe character %s', (c) => {
    expect(firstUnsafeCharacter(`INV-${c}-1`)).toBe(c);
  });

  it.each(['\u0000', '\t', '\n', '\r', '\u001f', '\u007f', '\u0085', '\u2028'])(
    'finds the control character %j',
    (c) => {
      expect(firstUnsafeCharacter(`A${c}B`)).toBe(c);
    },
  );

  it('finds the first of several', () => {
    expect(firstUnsafeCharacter('A?B/C')).toBe('?');
  });

  it('lets ordinary text through, including spaces, dots, accents and emoji', () => {
    expect(firstUnsafeCharacter('Rechnung Nr. 2026.001 – Müller & Söhne #5 😀')).toBeNull();
  });

  it('says which character and why', () => {
    expect(unsafeCharacterMessage('*')).toBe(
      'The character * cannot be used in a document number, because the number becomes part of a PDF file name.',
    );
    expect(unsafeCharacterMessage('\n')).toContain('An invisible control character (U+000A)');
  });

  it('counts characters as a person does', () => {
    expect(characterCount('INV-😀')).toBe(5);
    expect(characterCount('')).toBe(0);
  });
});
