/** Measures text in mm, in one face and size. */
export type Measure = (text: string) => number;

// Widths are taken as additive (a line is as wide as its words and spaces), which holds for
// the PDF font here: jsPDF sets glyphs by their advance widths, with no kerning.

function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const character of word) {
    const characterWidth = measure(character);
    if (piece !== '' && pieceWidth + characterWidth > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += character;
    pieceWidth += characterWidth;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, width: number, measure: Measure): string[] {
  const words = paragraph.split(/[ \t]+/).filter((word) => word !== '');
  if (words.length === 0) return [''];
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    if (line !== '' && lineWidth + space + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= width) {
      line = word;
      lineWidth = wordWidth;
    } else {
      // A word wider than the column (a long URL, an IBAN without spaces) is cut where it
      // must be, rather than run over the next column.
      const pieces = breakWord(word, width, measure);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
      lineWidth = measure(line);
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Breaks text into lines no wider than `width`: at its own line breaks, between words, and
 * inside a word only when the word alone is wider than the line.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, width, measure));
}

/** The largest size from `size` down to `minimum` (in half points) at which text fits width. */
export function fittingSize(
  text: string,
  width: number,
  size: number,
  minimum: number,
  measureAt: (text: string, size: number) => number,
): number {
  let fitted = size;
  while (fitted > minimum && measureAt(text, fitted) > width) fitted -= 0.5;
  return fitted;
}

/** The text, or as much of it as fits the width followed by "…". */
export function truncateToWidth(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const characters = Array.from(text);
  while (characters.length > 0 && measure(`${characters.join('').trimEnd()}…`) > width) {
    characters.pop();
  }
  return characters.length === 0 ? '' : `${characters.join('').trimEnd()}…`;
}
