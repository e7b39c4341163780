import { DEJAVU_SANS_BASE64, DEJAVU_SANS_BOLD_BASE64 } from '../renderer/pdf/fontData.generated';
import { encodeQr } from '../renderer/pdf/renderInvoicePdf';
import type { DocumentPdfInput, QrMatrix } from '../shared/pdf/documentPdfInput';
import { buildPdfModel, type PdfModel } from '../shared/pdf/pdfModel';

// The same invoice as an HTML page, for the comparison with the way Manta and Invoice Ninja
// make PDFs (an HTML template printed by headless Chromium). It prints exactly the text of
// the app's PDF (shared/pdf buildPdfModel), with the same subset DejaVu fonts embedded and
// the same EPC QR code, laid out with CSS on one A4 page.

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function lines(texts: readonly string[]): string {
  return texts.map((text) => `<div>${escape(text)}</div>`).join('');
}

function qrSvg(matrix: QrMatrix): string {
  const cells: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    for (let column = 0; column < matrix.size; column += 1) {
      if (matrix.isDark(row, column)) cells.push(`M${column} ${row}h1v1h-1z`);
    }
  }
  const size = matrix.size;
  return `<svg class="qr" viewBox="-2 -2 ${size + 4} ${size + 4}"><path d="${cells.join('')}"/></svg>`;
}

const STYLE = `
@font-face { font-family: 'DejaVu Sans'; font-weight: 400;
  src: url(data:font/ttf;base64,${DEJAVU_SANS_BASE64}) format('truetype'); }
@font-face { font-family: 'DejaVu Sans'; font-weight: 700;
  src: url(data:font/ttf;base64,${DEJAVU_SANS_BOLD_BASE64}) format('truetype'); }
@page { size: A4; margin: 20mm 18mm 22mm 20mm; }
body { font: 9pt/1.35 'DejaVu Sans'; color: #222; margin: 0; }
.top { display: flex; justify-content: space-between; margin-bottom: 12mm; }
.seller { text-align: right; font-size: 8pt; color: #555; }
.sender { font-size: 7pt; color: #777; border-bottom: 0.3pt solid #999; margin-bottom: 2mm; }
h1 { font-size: 16pt; margin: 8mm 0 3mm; }
table { border-collapse: collapse; width: 100%; }
th { background: #eef1f5; text-align: left; font-weight: 700; padding: 1.5mm; font-size: 8pt; }
td { padding: 1.5mm; vertical-align: top; border-bottom: 0.3pt solid #ddd; }
.num { text-align: right; white-space: nowrap; }
.details { font-size: 7.5pt; color: #666; }
.facts td { border: none; padding: 0.5mm 2mm 0.5mm 0; }
.summary { display: flex; justify-content: flex-end; margin-top: 4mm; gap: 8mm; }
.totals td { border: none; }
.strong td { font-weight: 700; border-top: 0.6pt solid #222; }
.payment { display: flex; gap: 6mm; margin-top: 6mm; }
.qr { width: 28mm; height: 28mm; }
.notes { margin-top: 4mm; font-size: 8pt; }
.description { white-space: pre-line; }
footer { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; color: #777;
  border-top: 0.3pt solid #999; padding-top: 1mm; }`;

function body(model: PdfModel): string {
  const { labels } = model;
  const head = labels.table;
  const rows = model.rows
    .map(
      (row) => `<tr><td>${escape(row.position)}</td>
      <td class="description">${escape(row.description)}<div class="details">${lines(row.details)}</div></td>
      <td class="num">${escape(row.quantity)}</td><td>${escape(row.unit)}</td>
      <td class="num">${escape(row.unitPrice)}</td><td class="num">${escape(row.discount)}</td>
      <td class="num">${escape(row.vatRate)}</td><td class="num">${escape(row.net)}</td></tr>`,
    )
    .join('');
  const vat = model.vatRows
    .map(
      (row) =>
        `<tr><td>${escape(row.label)}</td><td class="num">${escape(row.taxable)}</td><td class="num">${escape(row.vat)}</td></tr>`,
    )
    .join('');
  const totals = model.totals
    .map(
      (row) =>
        `<tr class="${row.strong ? 'strong' : ''}"><td>${escape(row.label)}</td><td class="num">${escape(row.value)}</td></tr>`,
    )
    .join('');
  const payment = model.payment
    ? `<section class="payment"><div>${lines(model.payment.paragraphs)}<table class="facts">${model.payment.rows
        .map((row) => `<tr><td>${escape(row.label)}</td><td>${escape(row.value)}</td></tr>`)
        .join('')}</table></div>${
        model.payment.qr
          ? `<div>${qrSvg(model.payment.qr.matrix)}<div class="details">${escape(model.payment.qr.caption)}</div></div>`
          : ''
      }</section>`
    : '';
  return `
  <div class="top"><div><div class="sender">${escape(model.senderLine)}</div>
    <strong>${escape(model.buyer.name)}</strong>${lines(model.buyer.lines)}</div>
    <div class="seller"><strong>${escape(model.seller.name)}</strong>${lines(model.seller.lines)}</div></div>
  <h1>${escape(model.title)} ${escape(model.number)}</h1>
  <table class="facts">${model.facts.map((fact) => `<tr><td>${escape(fact.label)}</td><td>${escape(fact.value)}</td></tr>`).join('')}</table>
  <p class="details">${escape(model.amountsNote)}</p>
  <table><thead><tr><th>${escape(head.position)}</th><th>${escape(head.description)}</th>
    <th class="num">${escape(head.quantity)}</th><th>${escape(head.unit)}</th>
    <th class="num">${escape(head.unitPrice)}</th><th class="num">${escape(head.discount)}</th>
    <th class="num">${escape(head.vatRate)}</th><th class="num">${escape(head.net)}</th></tr></thead>
    <tbody>${rows}</tbody></table>
  <div class="summary"><table style="width:auto"><thead><tr><th>${escape(labels.vatBreakdown.category)}</th>
    <th class="num">${escape(labels.vatBreakdown.taxable)}</th><th class="num">${escape(labels.vatBreakdown.vat)}</th></tr></thead>
    <tbody>${vat}</tbody></table><table class="totals" style="width:auto">${totals}</table></div>
  ${payment}
  <div class="notes">${lines(model.legalNotes)}${model.notes ? `<p>${escape(model.notes)}</p>` : ''}${
    model.closing ? `<p>${escape(model.closing)}</p>` : ''
  }</div>
  <footer>${lines(model.footerLines)}</footer>`;
}

/** The invoice as one HTML page with its fonts embedded, ready for page.setContent. */
export function invoiceHtml(input: DocumentPdfInput): string {
  const model = buildPdfModel(input, encodeQr);
  return `<!doctype html><html lang="${escape(model.metadata.language)}"><head><meta charset="utf-8">
<title>${escape(model.metadata.title)}</title><style>${STYLE}</style></head>
<body>${body(model)}</body></html>`;
}
