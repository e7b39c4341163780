// A document number ends up in the PDF's file name ("INV-2026-0001.pdf") and in e-mail
// subjects, so the characters that Windows, macOS or Linux refuse in a file name, and
// invisible control characters, may not appear in it, whether typed or made by a pattern.

/** The longest document number, whether typed by hand or made by a pattern. */
export const MAX_DOCUMENT_NUMBER_LENGTH = 40;

/** Characters some operating system refuses in a file name. */
export const FILE_NAME_UNSAFE_CHARACTERS: readonly string[] = [
  '/',
  '\\',
  ':',
  '*',
  '?',
  '"',
  '<',
  '>',
  '|',
];

/** The first character of the text that may not appear in a document number, or null. */
export function firstUnsafeCharacter(text: string): string | null {
  for (const character of text) {
    if (isControlCharacter(character) || FILE_NAME_UNSAFE_CHARACTERS.includes(character)) {
      return character;
    }
  }
  return null;
}

/** The sentence that says why a character cannot be used in a document number. */
export function unsafeCharacterMessage(character: string): string {
  return (
    `${describeCharacter(character)} cannot be used in a document number, because the ` +
    `number becomes part of a PDF file name.`
  );
}

/** The length of a text as a person counts it: in characters, not UTF-16 code units. */
export function characterCount(text: string): number {
  return [...text].length;
}

function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  // C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators.
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

function describeCharacter(character: string): string {
  if (!isControlCharacter(character)) return `The character ${character}`;
  const hex = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `An invisible control character (U+${hex})`;
}
