import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { DEJAVU_SANS_BASE64 } from '../../../renderer/pdf/fontData.generated';
import { parseTrueType, subsetTrueType } from '../../../renderer/pdf/trueTypeSubset';

type JsPdfTrueType = {
  characterToGlyph: (code: number) => number;
  maxp: { numGlyphs: number };
  head: { indexToLocFormat: number };
  glyf: { glyphFor: (id: number) => { raw?: { data: number[] }; compound?: boolean } | null };
};
const trueType = (
  jsPDF.API as unknown as { TTFFont: { open: (bytes: Uint8Array) => JsPdfTrueType } }
).TTFFont;

const source = Uint8Array.from(atob(DEJAVU_SANS_BASE64), (character) => character.charCodeAt(0));
const font = parseTrueType(source);
const parsedSource = trueType.open(source);
const glyphOf = (character: string) => parsedSource.characterToGlyph(character.codePointAt(0)!);

function sumOfWords(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let at = 0; at < bytes.length; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  return sum;
}

describe('the per-document TrueType subset', () => {
  const used = ['A', 'ł', 'Ж', 'Ω', '€'].map(glyphOf);
  const subset = subsetTrueType(font, used);

  it('is a font another parser reads, with every glyph id where it was', () => {
    const parsed = trueType.open(subset);
    expect(parsed.maxp.numGlyphs).toBe(font.glyphCount);
    for (const character of ['A', 'ł', 'Ж', 'Ω', '€', 'B']) {
      expect(parsed.characterToGlyph(character.codePointAt(0)!)).toBe(glyphOf(character));
    }
  });

  it('keeps the outlines of the glyphs used, byte for byte, and empties the others', () => {
    const reread = parseTrueType(subset);
    for (const id of used) {
      const original = font.glyphs[id]!;
      expect(original.length).toBeGreaterThan(0);
      expect(reread.glyphs[id]!.subarray(0, original.length)).toEqual(original);
    }
    expect(reread.glyphs[glyphOf('B')]).toHaveLength(0);
    expect(trueType.open(subset).glyf.glyphFor(glyphOf('B'))).toBeNull();
    expect(subset.length).toBeLessThan(source.length / 3);
  });

  it('brings along the parts of a composite glyph', () => {
    const composite = font.components.findIndex((parts) => parts.length > 0);
    expect(composite).toBeGreaterThan(0);
    const parsed = trueType.open(subsetTrueType(font, [composite]));
    for (const part of font.components[composite]!)
      expect(parsed.glyf.glyphFor(part)).not.toBeNull();
  });

  it('has a valid whole-file checksum, as the TrueType spec defines it', () => {
    expect(sumOfWords(subset)).toBe(0xb1b0afba);
  });

  it('is the same for the same glyphs, whatever their order or repetition', () => {
    expect(subsetTrueType(font, [...used].reverse().concat(used))).toEqual(subset);
  });
});
