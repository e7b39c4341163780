// Writes renderer/pdf/fontData.generated.ts: DejaVu Sans and DejaVu Sans Bold cut down to the
// scripts an invoice may need (Latin with Extended A/B and Additional, Greek, Cyrillic,
// punctuation, currency signs), as base64, plus the code points the subset covers.
//
// Why a subset built here: the full DejaVu Sans is ≈ 750 KB and costs jsPDF ≈ 60 ms a PDF
// to parse and re-subset; this subset is ≈ 68 KB a face (≈ 42 KB deflated, ≈ 50 KB of gzip
// in the worker bundle), parsed once (see renderer/pdf/fonts.ts). Why a TS module: Vite,
// the PDF Web Worker and Node all import it without fs or fetch.
//
// Regenerate: `npm run build:fonts` (also run by `npm run build`). It does nothing when the
// output is newer than this script and the fonts; `--force` rebuilds anyway. Commit the output.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const faces = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
};
const output = join(root, 'renderer', 'pdf', 'fontData.generated.ts');
const self = fileURLToPath(import.meta.url);

// Inclusive code point ranges. Names come in any of these scripts; the layout's own labels
// are English (a later German or French catalogue stays within Latin-1). Rare blocks (IPA,
// polytonic Greek, Cyrillic Supplement, most of Latin Extended Additional) are cut to the
// letters living languages use; Latin Extended-B (≈ 7 KB deflated) is kept whole.
const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B (Polish, Czech, Turkish, Romanian…)
  // Lower-case partners of Extended-B capitals (ə Azerbaijani, ɛ ɔ ɓ ɗ ɲ West African, ʒ Sami)
  ...[0x253, 0x254, 0x256, 0x257, 0x259, 0x25b, 0x263, 0x268, 0x269, 0x26f, 0x272, 0x275]
    .concat([0x280, 0x283, 0x288, 0x28a, 0x28b, 0x292, 0x294])
    .map((code) => [code, code]),
  [0x02b9, 0x02bc], // ʹ ʺ ʻ ʼ (Hawaiian, Uzbek apostrophes)
  [0x02c6, 0x02c9], // ˆ ˇ ˈ ˉ
  [0x02d8, 0x02dd], // ˘ ˙ ˚ ˛ ˜ ˝
  [0x0300, 0x030c], // Combining accents, for letters that have no precomposed form
  [0x0323, 0x0328], // Combining dot below, cedilla, ogonek
  [0x0384, 0x03ce], // Greek (modern, with tonos and dialytika)
  [0x0400, 0x04ff], // Cyrillic (Russian, Ukrainian, Serbian, Bulgarian, Kazakh, …)
  [0x1e80, 0x1e85], // Welsh ẁ ẃ ẅ
  [0x1e9e, 0x1e9e], // ẞ capital sharp s
  [0x1ea0, 0x1ef9], // Vietnamese
  [0x2000, 0x200a], // Spaces of various widths
  [0x2010, 0x2027], // Dashes, quotes, bullet, ellipsis
  [0x202f, 0x2030], // Narrow no-break space (French digit groups), per mille
  [0x2032, 0x2033], // Prime, double prime
  [0x2039, 0x203a], // Single guillemets
  [0x2044, 0x2044], // Fraction slash
  [0x20a0, 0x20cf], // Currency Symbols (€ ₺ ₽ ₹ ₴ ₪ ₩ …)
  [0x2116, 0x2116], // Numero sign №
  [0x2122, 0x2122], // Trade mark sign ™
  [0x2212, 0x2212], // Minus sign, which Intl uses for negative amounts in some locales
  [0xfffd, 0xfffd], // Replacement character, printed for a character the font lacks
];

// Layout tables (GSUB/GPOS) and hinting are of no use to jsPDF, which places glyphs one by
// one with their advance widths; PDF viewers do their own hinting.
const SUBSET_OPTIONS = {
  targetFormat: 'truetype',
  keepFeatures: [],
  noLayoutClosure: true,
  noHinting: true,
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'gasp', 'FFTM', 'MATH', 'hdmx', 'VDMX', 'LTSH'],
};

function isUpToDate() {
  if (process.argv.includes('--force') || !existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return [self, ...Object.values(faces)].every((input) => statSync(input).mtimeMs <= built);
}

function subsetText() {
  let text = '';
  for (const [first, last] of RANGES) {
    for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
  }
  return text;
}

/** The code points a TrueType font maps (cmap format 4 or 12), read from its bytes. */
function mappedCodePoints(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tableCount = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('The subset font has no cmap table');
  const codes = new Set();
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const sub = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const format = view.getUint16(sub);
    if (format === 4) {
      const segments = view.getUint16(sub + 6) / 2;
      for (let s = 0; s < segments; s++) {
        const end = view.getUint16(sub + 14 + s * 2);
        const start = view.getUint16(sub + 16 + segments * 2 + s * 2);
        const delta = view.getInt16(sub + 16 + segments * 4 + s * 2);
        const rangeAt = sub + 16 + segments * 6 + s * 2;
        const rangeOffset = view.getUint16(rangeAt);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          const glyph = rangeOffset
            ? view.getUint16(rangeAt + rangeOffset + (code - start) * 2)
            : (code + delta) & 0xffff;
          if (glyph !== 0) codes.add(code);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < view.getUint32(sub + 12); g++) {
        const group = sub + 16 + g * 12;
        for (let code = view.getUint32(group); code <= view.getUint32(group + 4); code++) {
          codes.add(code);
        }
      }
    }
  }
  return codes;
}

/** Sorted code points as [first, last] runs. */
function toRanges(codes) {
  const sorted = [...codes].sort((a, b) => a - b);
  const ranges = [];
  for (const code of sorted) {
    const last = ranges.at(-1);
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

async function main() {
  if (isUpToDate()) {
    console.log(`${relative(root, output)} is up to date`);
    return;
  }
  const text = subsetText();
  const fonts = {};
  for (const [face, path] of Object.entries(faces)) {
    fonts[face] = new Uint8Array(await subsetFont(readFileSync(path), text, SUBSET_OPTIONS));
  }
  // Both faces must cover the same characters, or bold text would lose some.
  const regular = mappedCodePoints(fonts.regular);
  const bold = mappedCodePoints(fonts.bold);
  const covered = new Set([...regular].filter((code) => bold.has(code)));
  if (!covered.has(0xfffd)) throw new Error('The fonts lack U+FFFD, the replacement glyph');

  const ranges = toRanges(covered)
    .map(([first, last]) => `[0x${first.toString(16)}, 0x${last.toString(16)}]`)
    .join(', ');
  const source = `// Generated by build/make-font-subset.mjs from dejavu-fonts-ttf; do not edit.
// Regenerate with \`npm run build:fonts\` (add --force after changing the script's ranges).
// DejaVu fonts: Bitstream Vera licence with DejaVu changes (public domain), free to embed.

/** DejaVu Sans, subset to the scripts of shared/pdf (TrueType, base64). */
export const DEJAVU_SANS_BASE64 =
  '${Buffer.from(fonts.regular).toString('base64')}';

/** DejaVu Sans Bold, subset like the regular face (TrueType, base64). */
export const DEJAVU_SANS_BOLD_BASE64 =
  '${Buffer.from(fonts.bold).toString('base64')}';

/** Code points both faces draw, as inclusive [first, last] runs in ascending order. */
export const FONT_COVERAGE: readonly (readonly [number, number])[] = [${ranges}];
`;
  // Formatted as the repository formats code, so `npm run format:check` passes after a rebuild.
  writeFileSync(
    output,
    await format(source, { ...(await resolveConfig(output)), filepath: output }),
  );
  console.log(
    `${relative(root, output)}: regular ${fonts.regular.length} B, bold ${fonts.bold.length} B, ${covered.size} characters`,
  );
}

await main();
