import type { FontFace, PdfCanvas, Rgb, TextAlign } from './pdfCanvas';
import type { PdfModel } from './pdfModel';
import { COLOR, lineHeight, PAGE, SIZE } from './pdfStyle';
import { fittingSize, truncateToWidth, wrapText } from './textWrap';

// The cursor that fills pages top to bottom. It starts a page when a block does not fit,
// draws every page's frame (footer with "Page n of m", and on later pages a running head),
// and lets the block in progress repeat its own head (the lines table repeats its header).

/** One line of text with its look, as blocks measure and then draw them. */
export type TextLine = { text: string; face: FontFace; size: number; color: Rgb };

export class PageFlow {
  /** The top of the free space on the current page, in mm. */
  y: number = PAGE.top;
  page = 1;
  /** Drawn after the running head of each new page while a block needs it. */
  onPageBreak: (() => void) | null = null;
  /** Where this page's free space began, below its running head and repeated table header. */
  private freshTop: number = PAGE.top;

  constructor(
    readonly canvas: PdfCanvas,
    readonly model: PdfModel,
    /** Known in the second pass; the first pass, which counts the pages, has none. */
    private readonly pageCount: number | null,
  ) {
    this.drawFooter();
  }

  /** The free height left on this page. */
  remaining(): number {
    return PAGE.bottom - this.y;
  }

  /** True when this page has nothing below its heads yet, so a page break would not help. */
  atPageStart(): boolean {
    return this.y <= this.freshTop;
  }

  /** Starts a new page unless `height` fits below y; true when it did. */
  ensure(height: number): boolean {
    if (height <= this.remaining() || this.atPageStart()) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.canvas.addPage();
    this.page++;
    this.drawFooter();
    this.drawRunningHead();
    this.y = PAGE.continuationTop;
    this.onPageBreak?.();
    this.freshTop = this.y;
  }

  /** Text at (x, baseline), in a style. */
  text(text: string, x: number, baseline: number, line: TextLine, align: TextAlign = 'left') {
    this.canvas.text(text, x, baseline, {
      face: line.face,
      size: line.size,
      color: line.color,
      align,
    });
  }

  /** Text wrapped to a width, as lines in one style. */
  wrap(text: string, width: number, face: FontFace, size: number, color: Rgb): TextLine[] {
    const measure = (part: string) => this.canvas.textWidth(part, face, size);
    return wrapText(text, width, measure).map((part) => ({ text: part, face, size, color }));
  }

  /** Draws lines one below the other from the current y, breaking pages between lines. */
  flowLines(lines: readonly TextLine[], x: number): void {
    for (const line of lines) {
      const height = lineHeight(line.size);
      this.ensure(height);
      this.text(line.text, x, this.y + height * 0.75, line);
      this.y += height;
    }
  }

  private drawRunningHead(): void {
    const { canvas, model } = this;
    const baseline = PAGE.top + 3;
    const head = model.labels.continued(model.title, model.number);
    canvas.text(head, PAGE.left, baseline, { face: 'bold', size: SIZE.body, color: COLOR.text });
    const room = PAGE.right - PAGE.left - canvas.textWidth(head, 'bold', SIZE.body) - 8;
    const measure = (text: string) => canvas.textWidth(text, 'regular', SIZE.small);
    canvas.text(truncateToWidth(model.seller.name, room, measure), PAGE.right, baseline, {
      face: 'regular',
      size: SIZE.small,
      color: COLOR.muted,
      align: 'right',
    });
    canvas.line(PAGE.left, baseline + 2.5, PAGE.right, baseline + 2.5, 0.2, COLOR.rule);
  }

  private drawFooter(): void {
    const { canvas, model } = this;
    const label = model.labels.page(this.page, this.pageCount ?? this.page);
    const labelWidth = canvas.textWidth(label, 'regular', SIZE.small);
    canvas.line(PAGE.left, PAGE.footerRule, PAGE.right, PAGE.footerRule, 0.2, COLOR.rule);
    canvas.text(label, PAGE.right, PAGE.footerRule + 4, {
      face: 'regular',
      size: SIZE.small,
      color: COLOR.muted,
      align: 'right',
    });
    const width = PAGE.right - PAGE.left - labelWidth - 6;
    const measureAt = (text: string, size: number) => canvas.textWidth(text, 'regular', size);
    const lines = model.footerLines.flatMap((line) => {
      const size = fittingSize(line, width, SIZE.footer, 5, measureAt);
      return this.wrap(line, width, 'regular', size, COLOR.muted);
    });
    lines.slice(0, 4).forEach((line, index) => {
      this.text(line.text, PAGE.left, PAGE.footerRule + 4 + index * 3.2, line);
    });
  }
}
