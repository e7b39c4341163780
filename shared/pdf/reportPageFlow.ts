import type { FontFace, PdfCanvas, Rgb, TextAlign } from './pdfCanvas';
import { COLOR, PAGE, SIZE } from './pdfStyle';
import { fillLabel, type ReportPdfInput } from './reportPdfInput';
import { truncateToWidth } from './textWrap';

// The cursor that fills a report's pages top to bottom, like the document PDF's PageFlow
// but with a report's furniture: every page's footer names the report, its period and the
// trader and says "Page n of m"; later pages carry a running head; a table going on to a
// new page repeats its header there (onPageBreak).

export class ReportFlow {
  /** The top of the free space on the current page, in mm. */
  y: number = PAGE.top;
  page = 1;
  /** Drawn below the running head of each new page while a table needs it. */
  onPageBreak: (() => void) | null = null;
  private freshTop: number = PAGE.top;

  constructor(
    readonly canvas: PdfCanvas,
    readonly input: ReportPdfInput,
    /** Known in the second pass; the first pass, which counts the pages, has none. */
    private readonly pageCount: number | null,
  ) {
    this.drawFooter();
  }

  /** The free height left on this page. */
  remaining(): number {
    return PAGE.bottom - this.y;
  }

  /** Starts a new page unless `height` fits below y (or the page is still empty); true when it did. */
  ensure(height: number): boolean {
    if (height <= this.remaining() || this.y <= this.freshTop) return false;
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

  /** One line of text at (x, baseline). */
  text(
    text: string,
    x: number,
    baseline: number,
    face: FontFace,
    size: number,
    color: Rgb = COLOR.text,
    align: TextAlign = 'left',
  ): void {
    this.canvas.text(text, x, baseline, { face, size, color, align });
  }

  private drawRunningHead(): void {
    const baseline = PAGE.top + 3;
    const head = fillLabel(this.input.labels.continued, { title: this.input.title });
    const headWidth = this.canvas.textWidth(head, 'bold', SIZE.body);
    this.text(head, PAGE.left, baseline, 'bold', SIZE.body);
    const room = PAGE.right - PAGE.left - headWidth - 8;
    const measure = (text: string) => this.canvas.textWidth(text, 'regular', SIZE.small);
    const period = truncateToWidth(this.input.period, room, measure);
    this.text(period, PAGE.right, baseline, 'regular', SIZE.small, COLOR.muted, 'right');
    this.canvas.line(PAGE.left, baseline + 2.5, PAGE.right, baseline + 2.5, 0.2, COLOR.rule);
  }

  private drawFooter(): void {
    const { canvas, input } = this;
    const label = fillLabel(input.labels.page, {
      page: this.page,
      count: this.pageCount ?? this.page,
    });
    const baseline = PAGE.footerRule + 4;
    canvas.line(PAGE.left, PAGE.footerRule, PAGE.right, PAGE.footerRule, 0.2, COLOR.rule);
    this.text(label, PAGE.right, baseline, 'regular', SIZE.small, COLOR.muted, 'right');
    const room = PAGE.right - PAGE.left - canvas.textWidth(label, 'regular', SIZE.small) - 6;
    const about = [input.title, input.period, input.company.name]
      .filter((part) => part !== '')
      .join(' · ');
    const measure = (text: string) => canvas.textWidth(text, 'regular', SIZE.small);
    this.text(
      truncateToWidth(about, room, measure),
      PAGE.left,
      baseline,
      'regular',
      SIZE.small,
      COLOR.muted,
    );
  }
}
