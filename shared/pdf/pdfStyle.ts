import type { Rgb } from './pdfCanvas';

// The look of the document PDF in one place: A4 in millimetres, sizes in points. The
// address window follows DIN 5008 form B (window 20 mm from the left, 45 mm from the top),
// which also suits the C5/6 and DL window envelopes used across Europe.

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72;

export const PAGE = {
  width: 210,
  height: 297,
  left: 20,
  right: 190,
  top: 15,
  /** Where content starts on later pages, below the running head. */
  continuationTop: 25,
  /** Content stops here; the footer lies below. */
  bottom: 270,
  footerRule: 276,
} as const;

export const SIZE = {
  title: 18,
  subtitle: 10,
  sellerName: 11,
  buyerName: 10,
  body: 9,
  table: 8.5,
  detail: 7.5,
  small: 7,
  footer: 6.5,
} as const;

export const COLOR: Record<'text' | 'muted' | 'rule' | 'headerFill' | 'accent' | 'qr', Rgb> = {
  text: [33, 33, 33],
  muted: [105, 105, 105],
  rule: [205, 210, 215],
  headerFill: [238, 242, 246],
  accent: [21, 101, 192],
  qr: [0, 0, 0],
};

/** The distance between baselines of text set in a size, in mm. */
export function lineHeight(size: number): number {
  return size * MM_PER_PT * 1.3;
}

/** How far the top of the capitals lies above the baseline, roughly, in mm. */
export function capHeight(size: number): number {
  return size * MM_PER_PT * 0.73;
}
