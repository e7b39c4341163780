import { describe, expect, it } from 'vitest';
import { defaultPaperSize, parseCopies } from '../../../../../renderer/screens/documents/printing';

describe('print choices', () => {
  it('prints on Letter in North America and on A4 elsewhere', () => {
    expect(defaultPaperSize('en-US')).toBe('Letter');
    expect(defaultPaperSize('fr-CA')).toBe('Letter');
    expect(defaultPaperSize('en-GB')).toBe('A4');
    expect(defaultPaperSize('de')).toBe('A4');
  });

  it('takes copies as a whole number from 1 to 99 and nothing else', () => {
    expect(parseCopies(' 2 ')).toEqual({ ok: true, value: 2 });
    for (const wrong of ['0', '100', '-1', '1.5', '2e1', '', 'two', '٣']) {
      expect(parseCopies(wrong).ok, wrong).toBe(false);
    }
  });
});
