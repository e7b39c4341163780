import { FONT_COVERAGE } from './fontData.generated';

// Text as the embedded font can print it. jsPDF cuts a string short at the first character
// the font has no glyph for, so every string is made printable before it is measured or
// drawn: composed (NFC, so "e" + combining accent becomes "é"), bidi and other invisible
// format marks (which Intl puts around some currency signs) dropped, line breaks and tabs
// made spaces, and any character the font lacks (Chinese, emoji, …) shown as U+FFFD.

const REPLACEMENT = '\uFFFD';
const covered = new Uint8Array(0x10000);
for (const [first, last] of FONT_COVERAGE) covered.fill(1, first, last + 1);

const FORMAT_CHARACTER = /\p{Cf}/u;
const BLANK = /[\t\n\v\f\r\u0085\u2028\u2029]/;

/** True when the font has a glyph for every character of the text as it stands. */
function allCovered(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!covered[text.charCodeAt(i)]) return false;
  }
  return true;
}

/** The text with every character the embedded font can draw, see above. */
export function printableText(text: string): string {
  const composed = text.normalize('NFC');
  // The common case, text the font covers entirely, returns at once.
  if (allCovered(composed)) return composed;
  let printable = '';
  for (const character of composed) {
    const code = character.codePointAt(0)!;
    if (code < 0x10000 && covered[code]) printable += character;
    else if (BLANK.test(character)) printable += ' ';
    else if (!FORMAT_CHARACTER.test(character)) printable += REPLACEMENT;
  }
  return printable;
}

/** True when the embedded font has a glyph for the code point. */
export function isPrintable(codePoint: number): boolean {
  return codePoint < 0x10000 && covered[codePoint] === 1;
}
