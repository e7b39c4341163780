import type { PageFlow, TextLine } from './pageFlow';
import { COLOR, lineHeight, PAGE, SIZE } from './pdfStyle';
import { fittingSize, truncateToWidth } from './textWrap';

// The head of the first page: logo top left, the seller top right, the buyer in the
// envelope window with the return address above it, the document's facts beside it, and
// the title (with a credit note's reference to its invoice) above the lines.

const LOGO = { width: 70, height: 24 };
const WINDOW = { left: PAGE.left, top: 45, width: 85, height: 45 };
const FACTS = { left: 122, valueWidth: 40 };

function drawLogo(flow: PageFlow): void {
  const { canvas, model } = flow;
  if (!model.logo) return;
  const size = canvas.imageSize(model.logo);
  if (!size || size.width <= 0 || size.height <= 0) return;
  // As large as the box allows, never stretched.
  const scale = Math.min(LOGO.width / size.width, LOGO.height / size.height);
  canvas.image(model.logo, PAGE.left, PAGE.top, size.width * scale, size.height * scale);
}

type BlockPlace = { top: number; x: number; align: 'left' | 'right' };

/** Draws lines from a top edge down, aligned at x; returns the bottom. */
function drawBlock(flow: PageFlow, lines: readonly TextLine[], { top, x, align }: BlockPlace) {
  let y = top;
  for (const line of lines) {
    const height = lineHeight(line.size);
    flow.text(line.text, x, y + height * 0.75, line, align);
    y += height;
  }
  return y;
}

function drawSeller(flow: PageFlow): number {
  const { seller } = flow.model;
  const width = PAGE.right - PAGE.left - LOGO.width - 10;
  const lines = [
    ...flow.wrap(seller.name, width, 'bold', SIZE.sellerName, COLOR.text),
    ...seller.lines.flatMap((line) =>
      flow.wrap(line, width, 'regular', SIZE.small + 1, COLOR.muted),
    ),
  ];
  return drawBlock(flow, lines, { top: PAGE.top, x: PAGE.right, align: 'right' });
}

function drawBuyer(flow: PageFlow): number {
  const { canvas, model } = flow;
  const measureAt = (text: string, size: number) => canvas.textWidth(text, 'regular', size);
  const senderSize = fittingSize(model.senderLine, WINDOW.width, SIZE.footer, 5, measureAt);
  const sender = truncateToWidth(model.senderLine, WINDOW.width, (text) =>
    measureAt(text, senderSize),
  );
  const senderBaseline = WINDOW.top + 3;
  canvas.text(sender, WINDOW.left, senderBaseline, {
    face: 'regular',
    size: senderSize,
    color: COLOR.muted,
  });
  const ruleEnd = WINDOW.left + measureAt(sender, senderSize);
  canvas.line(WINDOW.left, senderBaseline + 1, ruleEnd, senderBaseline + 1, 0.1, COLOR.muted);
  const lines = [
    ...flow.wrap(model.buyer.name, WINDOW.width, 'bold', SIZE.buyerName, COLOR.text),
    ...model.buyer.lines.flatMap((line) =>
      flow.wrap(line, WINDOW.width, 'regular', SIZE.body, COLOR.text),
    ),
  ];
  return drawBlock(flow, lines, { top: WINDOW.top + 7, x: WINDOW.left, align: 'left' });
}

function drawFacts(flow: PageFlow, top: number): number {
  let y = top;
  const measureAt = (text: string, size: number) => flow.canvas.textWidth(text, 'bold', size);
  for (const fact of flow.model.facts) {
    // A long number is set smaller before it is broken over lines.
    const size = fittingSize(fact.value, FACTS.valueWidth, SIZE.body, SIZE.small, measureAt);
    const values = flow.wrap(fact.value, FACTS.valueWidth, 'bold', size, COLOR.text);
    const height = lineHeight(size);
    const label = {
      text: fact.label,
      face: 'regular',
      size: SIZE.body,
      color: COLOR.muted,
    } as const;
    flow.text(fact.label, FACTS.left, y + height * 0.75, label);
    y = drawBlock(flow, values, { top: y, x: PAGE.right, align: 'right' }) + 0.6;
  }
  return y;
}

/** Draws the first page's head and moves the flow below it. */
export function drawFirstPageHeader(flow: PageFlow): void {
  const { model } = flow;
  drawLogo(flow);
  const sellerBottom = drawSeller(flow);
  const buyerBottom = drawBuyer(flow);
  const factsBottom = drawFacts(flow, Math.max(WINDOW.top + 7, sellerBottom + 5));

  const titleBaseline = Math.max(
    WINDOW.top + WINDOW.height + 10,
    buyerBottom + 10,
    factsBottom + 10,
  );
  const title = { text: model.title, face: 'bold', size: SIZE.title, color: COLOR.accent } as const;
  flow.text(model.title, PAGE.left, titleBaseline, title);
  const note = {
    text: model.amountsNote,
    face: 'regular',
    size: SIZE.small,
    color: COLOR.muted,
  } as const;
  flow.text(model.amountsNote, PAGE.right, titleBaseline, note, 'right');
  flow.y = titleBaseline + 3;
  if (model.subtitle) {
    const subtitle = flow.wrap(
      model.subtitle,
      PAGE.right - PAGE.left,
      'bold',
      SIZE.subtitle,
      COLOR.text,
    );
    flow.y = drawBlock(flow, subtitle, { top: flow.y + 1, x: PAGE.left, align: 'left' });
  }
  flow.y += 4;
}
