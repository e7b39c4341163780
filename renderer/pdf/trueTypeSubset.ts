// A fast per-document subset of a TrueType font that keeps every glyph id as it is.
//
// jsPDF writes text as glyph ids (Identity-H, CIDToGIDMap /Identity) and embeds the font
// through its own subsetter, which rebuilds every table byte by byte for each document
// (≈ 2 ms a face even for a small font). The font here is parsed once; a document then gets
// the fixed tables as they are, plus a glyf table holding only the glyphs it drew (and the
// parts of composite glyphs) and a loca table in which every other glyph is empty.

type TableRecord = { tag: string; data: Uint8Array; checksum: number };

/** A TrueType font parsed once, ready to be subset for many documents. */
export type SubsettableFont = {
  glyphCount: number;
  /** Every table but glyf, loca and head, with their checksums. */
  fixedTables: TableRecord[];
  head: Uint8Array;
  /** The bytes of each glyph in the source glyf table (empty for blank glyphs). */
  glyphs: Uint8Array[];
  /** The glyph ids a composite glyph is built from (empty for simple glyphs). */
  components: number[][];
};

function tag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const whole = data.length & ~3;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 0; at < whole; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  let last = 0;
  for (let at = whole; at < data.length; at++) last |= data[at]! << (24 - 8 * (at - whole));
  return (sum + last) >>> 0;
}

// The component records of a composite glyph (OpenType spec, 'glyf': composite glyphs).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function componentsOf(glyph: Uint8Array): number[] {
  if (glyph.length < 10) return [];
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  if (view.getInt16(0) >= 0) return [];
  const ids: number[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    ids.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return ids;
  }
}

/** Reads the tables of a TrueType font (throws on anything else: a programming error). */
export function parseTrueType(font: Uint8Array): SubsettableFont {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (view.getUint32(0) !== 0x00010000) throw new Error('Not a TrueType font');
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    const offset = view.getUint32(record + 8);
    tables.set(tag(font, record), font.subarray(offset, offset + view.getUint32(record + 12)));
  }
  const table = (name: string): Uint8Array => {
    const found = tables.get(name);
    if (!found) throw new Error(`The font has no ${name} table`);
    return found;
  };
  const head = table('head');
  const glyf = table('glyf');
  const loca = table('loca');
  const glyphCount = new DataView(table('maxp').buffer, table('maxp').byteOffset).getUint16(4);
  const longOffsets = new DataView(head.buffer, head.byteOffset).getInt16(50) === 1;
  const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const offsetOf = (id: number) =>
    longOffsets ? locaView.getUint32(id * 4) : locaView.getUint16(id * 2) * 2;
  const glyphs: Uint8Array[] = [];
  for (let id = 0; id < glyphCount; id++) {
    glyphs.push(glyf.subarray(offsetOf(id), offsetOf(id + 1)));
  }
  const fixedTables = [...tables]
    .filter(([name]) => name !== 'glyf' && name !== 'loca' && name !== 'head')
    .map(([name, data]) => ({ tag: name, data, checksum: checksum(data) }));
  return { glyphCount, fixedTables, head, glyphs, components: glyphs.map(componentsOf) };
}

function usedGlyphs(font: SubsettableFont, glyphIds: Iterable<number>): Uint8Array {
  const used = new Uint8Array(font.glyphCount);
  const pending = [0, ...glyphIds];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id < 0 || id >= font.glyphCount || used[id]) continue;
    used[id] = 1;
    pending.push(...font.components[id]!);
  }
  return used;
}

const padded = (length: number) => (length + 3) & ~3;

/** A TrueType font with the given glyphs (and their components) and every id unchanged. */
export function subsetTrueType(font: SubsettableFont, glyphIds: Iterable<number>): Uint8Array {
  const used = usedGlyphs(font, glyphIds);
  let glyfLength = 0;
  for (let id = 0; id < font.glyphCount; id++) {
    if (used[id]) glyfLength += padded(font.glyphs[id]!.length);
  }
  const glyf = new Uint8Array(glyfLength);
  // Short offsets (halved, 16 bits) whenever the glyf table allows, as every glyph is padded
  // to an even length: half the loca bytes for jsPDF to copy and compress.
  const short = glyfLength < 0x20000;
  const loca = new Uint8Array((font.glyphCount + 1) * (short ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  const setOffset = (id: number, value: number) =>
    short ? locaView.setUint16(id * 2, value / 2) : locaView.setUint32(id * 4, value);
  let offset = 0;
  for (let id = 0; id < font.glyphCount; id++) {
    setOffset(id, offset);
    if (used[id]) {
      glyf.set(font.glyphs[id]!, offset);
      offset += padded(font.glyphs[id]!.length);
    }
  }
  setOffset(font.glyphCount, offset);
  const head = font.head.slice();
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below once the whole file is known
  headView.setInt16(50, short ? 0 : 1); // indexToLocFormat
  return assemble([
    ...font.fixedTables,
    { tag: 'glyf', data: glyf, checksum: checksum(glyf) },
    { tag: 'head', data: head, checksum: checksum(head) },
    { tag: 'loca', data: loca, checksum: checksum(loca) },
  ]);
}

function assemble(tables: TableRecord[]): Uint8Array {
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const headerLength = 12 + tables.length * 16;
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const searchPower = 2 ** Math.floor(Math.log2(tables.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  view.setUint16(6, searchPower * 16);
  view.setUint16(8, Math.log2(searchPower));
  view.setUint16(10, tables.length * 16 - searchPower * 16);
  let offset = headerLength;
  let headOffset = 0;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    for (let i = 0; i < 4; i++) out[record + i] = table.tag.charCodeAt(i);
    view.setUint32(record + 4, table.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, table.data.length);
    out.set(table.data, offset);
    if (table.tag === 'head') headOffset = offset;
    offset += padded(table.data.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
