// Prints how long a one-page invoice PDF takes in Node, and a bulk export of 1,000.
// Run: npx vite-node test/integration/pdf/printPdfTiming.ts [samples=300] [bulk=1000]
import { measurePdfTiming } from './pdfTiming';

const [samples = 300, bulk = 1000] = process.argv.slice(2).map(Number);
const timing = measurePdfTiming(undefined, samples, bulk);
const row = (label: string, value: string) => console.log(`  ${label.padEnd(32)}${value}`);
console.log(`One-page invoice PDF (logo, QR code, embedded DejaVu Sans), Node ${process.version}`);
row('first PDF (font parse, JIT)', `${timing.firstMs.toFixed(1)} ms`);
row('pdf_ms median / p95', `${timing.median.toFixed(2)} / ${timing.p95.toFixed(2)} ms`);
row('CPU time per PDF, median', `${timing.cpuMedian.toFixed(2)} ms`);
row('PDF size', `${(timing.bytes / 1024).toFixed(1)} KB`);
row(`bulk export of ${timing.bulkCount} to a folder`, `${timing.bulkSeconds.toFixed(2)} s`);
