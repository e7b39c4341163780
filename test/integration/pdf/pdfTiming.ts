// Timing of the document PDF in Node: printed by printPdfTiming.ts, never asserted (timed
// assertions flake on a busy machine). A benchmark can call measurePdfTiming for pdf_ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocumentPdf } from '../../../renderer/pdf/renderInvoicePdf';
import type { DocumentPdfInput } from '../../../shared/pdf/documentPdfInput';
import { pdfInput } from '../../unit/shared/pdf/pdfFixtures';
import { twoRateInvoice } from '../../unit/shared/pdf/pdfScenarios';
import { testLogo } from './testLogo';

export type PdfTiming = {
  firstMs: number;
  median: number;
  p95: number;
  cpuMedian: number;
  bytes: number;
  bulkSeconds: number;
  bulkCount: number;
};

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/** ms per one-page invoice PDF after warm-up, and seconds for a bulk export to a folder. */
export function measurePdfTiming(
  input: DocumentPdfInput = pdfInput(twoRateInvoice(), 'de-DE', testLogo()),
  samples = 300,
  bulkCount = 1000,
): PdfTiming {
  let started = performance.now();
  const first = renderDocumentPdf(input);
  const firstMs = performance.now() - started;
  for (let i = 0; i < 50; i++) renderDocumentPdf(input);

  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const cpuBefore = process.cpuUsage();
    started = performance.now();
    renderDocumentPdf(input);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);

  const folder = mkdtempSync(join(tmpdir(), 'invoicer-bulk-'));
  started = performance.now();
  for (let i = 0; i < bulkCount; i++) {
    const number = `INV-2026-${String(i + 1).padStart(4, '0')}`;
    const document = { ...input.document, id: `bulk-${i}`, number };
    writeFileSync(join(folder, `${number}.pdf`), renderDocumentPdf({ ...input, document }));
  }
  const bulkSeconds = (performance.now() - started) / 1000;
  rmSync(folder, { recursive: true, force: true });

  return {
    firstMs,
    median: percentile(wall, 0.5),
    p95: percentile(wall, 0.95),
    cpuMedian: percentile(cpu, 0.5),
    bytes: first.length,
    bulkSeconds,
    bulkCount,
  };
}
