import { jsPDF } from 'jspdf';
import type { FontFace } from '../../shared/pdf/pdfCanvas';
import { DEJAVU_SANS_BASE64, DEJAVU_SANS_BOLD_BASE64, FONT_COVERAGE } from './fontData.generated';
import { parseTrueType, subsetTrueType, type SubsettableFont } from './trueTypeSubset';

// The embedded Unicode font (DejaVu Sans, build-time subset), registered with each jsPDF
// document at almost no cost.
//
// jsPDF's own path costs, per document and face: base64-decode the font, parse every table
// (TTFFont.open), and at output re-encode a subset byte by byte. Here the font is decoded
// and parsed once per process (worker or Node), each document gets a light object that
// inherits the parsed tables and holds only its own state (glyphs used, widths, Unicode
// map), and the subset is built by trueTypeSubset from pre-cut tables.
//
// jsPDF offers no way to hand addFont a parsed font: its addFont handler always calls
// jsPDF.API.TTFFont.open on the file from the virtual file system. So for the duration of
// the synchronous addFont call, and only then, TTFFont.open returns the prepared object.

/**
 * The jsPDF font name of each face, which is also its PDF BaseFont: six capitals and '+'
 * mark a subset font (PDF 32000 §9.6.4), so viewers and pdffonts report it as one.
 */
export const PDF_FONT_NAME: Record<FontFace, string> = {
  regular: 'DJVREG+DejaVuSans',
  bold: 'DJVBLD+DejaVuSans-Bold',
};

/** The part of jsPDF's parsed TrueType font (jsPDF.API.TTFFont, untyped) used here. */
type JsPdfTrueType = {
  cmap: unknown;
  characterToGlyph: (code: number) => number;
  widthOfGlyph: (glyph: number) => number;
};
type TrueTypeFactory = { open: (file: Uint8Array) => JsPdfTrueType };

type PreparedFace = {
  parsed: JsPdfTrueType;
  subsettable: SubsettableFont;
  /** Advance width per UTF-16 code unit in 1/1000 em, truncated as jsPDF writes /W. */
  advances: Uint16Array;
};

// The TrueType signature: jsPDF reads a VFS file that starts with it as raw bytes, not base64,
// so this stand-in costs nothing to "decode" (the prepared font replaces what it would parse).
const TRUETYPE_SIGNATURE = '\x00\x01\x00\x00';

let prepared: Record<FontFace, PreparedFace> | null = null;

function trueTypeFactory(): TrueTypeFactory {
  return (jsPDF.API as unknown as { TTFFont: TrueTypeFactory }).TTFFont;
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function prepareFace(base64: string): PreparedFace {
  const bytes = decodeBase64(base64);
  const parsed = trueTypeFactory().open(bytes);
  const advances = new Uint16Array(0x10000);
  for (const [first, last] of FONT_COVERAGE) {
    for (let code = first; code <= last; code++) {
      advances[code] = Math.trunc(parsed.widthOfGlyph(parsed.characterToGlyph(code)));
    }
  }
  return { parsed, subsettable: parseTrueType(bytes), advances };
}

/** Both faces, decoded and parsed on first use and kept for the life of the process. */
export function preparedFonts(): Record<FontFace, PreparedFace> {
  prepared ??= {
    regular: prepareFace(DEJAVU_SANS_BASE64),
    bold: prepareFace(DEJAVU_SANS_BOLD_BASE64),
  };
  return prepared;
}

/** A font object for one document: the shared parsed tables, the document's own state. */
function documentFont(face: PreparedFace): JsPdfTrueType {
  const font = Object.create(face.parsed) as Record<string, unknown>;
  // jsPDF tests hasOwnProperty('cmap') before mapping characters, so cmap must be own.
  font.cmap = face.parsed.cmap;
  font.toUnicode = {};
  font.glyIdsUsed = [0];
  font.Unicode = { encoding: {}, kerning: {}, widths: [] };
  font.subset = { encode: (glyphIds: number[]) => subsetTrueType(face.subsettable, glyphIds) };
  return font as unknown as JsPdfTrueType;
}

/** Registers both faces of the PDF font with a new jsPDF document. */
export function addPdfFonts(doc: jsPDF): void {
  const faces = preparedFonts();
  const factory = trueTypeFactory();
  const open = factory.open;
  try {
    for (const face of ['regular', 'bold'] as const) {
      const file = `${PDF_FONT_NAME[face]}.ttf`;
      doc.addFileToVFS(file, TRUETYPE_SIGNATURE);
      factory.open = () => documentFont(faces[face]);
      doc.addFont(file, PDF_FONT_NAME[face], 'normal', 'Identity-H');
    }
  } finally {
    factory.open = open;
  }
}

/** The width in mm of printable text (see printableText) in a face and size in points. */
export function printableTextWidth(text: string, face: FontFace, size: number): number {
  const advances = preparedFonts()[face].advances;
  let units = 0;
  for (let i = 0; i < text.length; i++) units += advances[text.charCodeAt(i)]!;
  return (units / 1000) * size * (25.4 / 72);
}
