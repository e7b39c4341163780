import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { InvoicerBench } from './page/benchMain';
import { benchBuildPaths, buildForBench } from './buildForBench';
import { gzipSizes, measureColdLoad } from './coldLoad';
import { measurePdfInChromium, measurePdfInNode, pdfPageCount } from './pdfTimings';
import { startPreviewServer } from './previewServer';
import { inOrder, metricOf, resultTable, type Metric } from './results';
import { directorySize } from './directorySize';

// `npm run bench` (issue #7): builds the app, generates the database in Chromium, checks
// it, times what the issue lists, writes bench/results.json and prints the table. The
// sizes and repetitions can be made smaller for development, e.g. BENCH_INVOICES=5000.

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number`);
  return value;
};

const config = {
  invoices: env('BENCH_INVOICES', 100_000),
  customers: env('BENCH_CUSTOMERS', 2000),
  products: env('BENCH_PRODUCTS', 500),
  years: env('BENCH_YEARS', 4),
  port: env('BENCH_PORT', 0),
  runs: env('BENCH_RUNS', 20),
  coldLoads: env('BENCH_COLD_LOADS', 5),
  exportCount: env('BENCH_EXPORT', 1000),
};

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// The launch arguments of playwright.config.ts.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

type Bench = InvoicerBench;
type Call = <K extends keyof Bench>(
  name: K,
  ...args: Parameters<Bench[K]>
) => Promise<Awaited<ReturnType<Bench[K]>>>;

/** Calls a function of the benchmark page (bench/page/benchMain.ts) and awaits its result. */
function benchCaller(page: Page): Call {
  return (name, ...args) =>
    page.evaluate(
      ([fn, list]) =>
        (
          (globalThis as unknown as { invoicerBench: Record<string, (...a: unknown[]) => unknown> })
            .invoicerBench[fn] as (...a: unknown[]) => unknown
        )(...list),
      [name, args] as [string, unknown[]],
    ) as never;
}

async function openBenchPage(context: BrowserContext, origin: string, token: string) {
  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('bench: ')) log(text.slice(7));
    else if (message.type() === 'error') log(`page error: ${text}`);
  });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(`${origin}/bench/bench.html`);
  await page.waitForFunction(() => 'invoicerBench' in globalThis);
  const call = benchCaller(page);
  await call('useApiToken', token);
  return { page, call };
}

function fail(what: string, problems: readonly string[]): never {
  throw new Error(`${what}:\n  ${problems.slice(0, 20).join('\n  ')}`);
}

/** Runs the benchmark; the exit code. */
export async function main(): Promise<number> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  process.chdir(root);
  const loadBefore = loadavg();
  log(`building (${JSON.stringify(config)})`);
  // BENCH_SKIP_BUILD=1 reuses dist/bench while working on the runner itself.
  const built = process.env.BENCH_SKIP_BUILD ? benchBuildPaths(root) : await buildForBench(root);
  const work = await mkdtemp(path.join(tmpdir(), 'invoicer-bench-'));
  const server = await startPreviewServer({
    root,
    server: built.previewServer,
    appDir: built.appDir,
    port: config.port,
    exportDir: path.join(work, 'exports'),
    dataDir: path.join(work, 'data'),
  });
  log(`serving ${server.origin}`);
  const profile = path.join(work, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const samples: Record<string, number[]> = {};
    const { page, call } = await openBenchPage(context, server.origin, server.token);
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');

    const equivalence = await call('checkEquivalence', 70);
    if (equivalence.differences.length > 0) {
      fail('the bulk path differs from the repositories', equivalence.differences);
    }
    log(`bulk path = repositories on ${JSON.stringify(equivalence.compared)} records`);

    const database = await call('generate', {
      invoices: config.invoices,
      customers: config.customers,
      products: config.products,
      years: config.years,
      seed: 7,
    });
    log(`generated ${JSON.stringify(database)}`);
    const verified = await call('verify', 400);
    if (verified.problems.length > 0) fail('the generated records are wrong', verified.problems);
    const dashboard = await call('checkDashboard');
    if (dashboard.length > 0) fail('the dashboard differs from a full recomputation', dashboard);
    log(`checked ${JSON.stringify(verified.checked)}; dashboard = full recomputation`);
    const shape = await call('shape');
    log(`shape ${JSON.stringify(shape)}`);

    Object.assign(samples, await call('measureQueries', config.runs));
    log('queries timed');
    const worker = await call('measurePdfWorker', config.runs);
    samples.pdf_worker_ms = worker.samples;
    const exported = await call('measureBulkExport', config.exportCount);
    samples.bulk_export_1000_s = [exported.seconds];
    log(`${exported.written} PDFs exported in ${exported.seconds.toFixed(1)} s`);
    await call('close');
    await page.close();

    const cold = await measureColdLoad(context, server.origin, config.coldLoads);
    samples.cold_load_ms = cold.load;
    samples.heap_mb = cold.heap;
    const scripts = cold.scripts.filter((script) => script.endsWith('.js'));
    const initialScripts = gzipSizes(built.appDir, scripts);
    samples.initial_js_gzip_kb = [initialScripts.reduce((sum, script) => sum + script.kb, 0)];
    log(`cold loads timed; the first screen loads ${scripts.length} scripts`);

    const node = measurePdfInNode(worker.input, config.runs * 5);
    const html = await measurePdfInChromium(context, worker.input, config.runs);
    samples.pdf_ms = node.samples;
    samples.pdf_chromium_ms = html.samples;
    // Kept for a look: the invoice, the app's PDF of it and Chromium's.
    await writeFile(
      path.join(root, 'dist', 'bench', 'invoice-input.json'),
      JSON.stringify(worker.input),
    );
    await writeFile(path.join(root, 'dist', 'bench', 'invoice-app.pdf'), node.bytes);
    await writeFile(path.join(root, 'dist', 'bench', 'invoice-chromium.pdf'), html.bytes);
    const pages = {
      node: node.pages,
      worker: pdfPageCount(Uint8Array.from(worker.bytes)),
      chromium: html.pages,
    };
    if (Object.values(pages).some((count) => count !== 1))
      fail('a PDF is not one page', [JSON.stringify(pages)]);

    const units: Record<string, string> = {
      bulk_export_1000_s: 's',
      heap_mb: 'MB',
      initial_js_gzip_kb: 'kB',
    };
    const metrics: Record<string, Metric> = {};
    for (const [name, values] of Object.entries(samples)) {
      metrics[name] = metricOf(values, units[name] ?? 'ms');
    }
    const speedup = (of: Metric) => ({
      median: Number((metrics.pdf_chromium_ms!.median / of.median).toFixed(1)),
      p95: Number((metrics.pdf_chromium_ms!.p95 / of.p95).toFixed(1)),
      unit: '×',
    });
    metrics.pdf_speedup = speedup(metrics.pdf_ms!);
    metrics.pdf_worker_speedup = speedup(metrics.pdf_worker_ms!);
    const ordered = inOrder(metrics);
    const runs = Object.fromEntries(
      Object.entries(samples).map(([name, values]) => [name, values.length]),
    );

    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: product,
      platform: `${process.platform} ${process.arch}`,
      loadAverageBefore: loadBefore.map((value) => Number(value.toFixed(2))),
      loadAverageAfter: loadavg().map((value) => Number(value.toFixed(2))),
    };
    const totalSeconds = Math.round((performance.now() - started) / 1000);
    const results = {
      ...ordered,
      machine,
      database: {
        ...database,
        shape,
        diskMb: Math.round((await directorySize(profile)) / 2 ** 20),
        pdfBytes: { app: node.bytes.byteLength, chromium: html.bytes.byteLength },
      },
      run: {
        date: new Date().toISOString(),
        seconds: totalSeconds,
        runs,
        config,
        initialScripts: initialScripts.map(({ file, kb }) => `${file} ${kb.toFixed(1)} kB`),
      },
    };
    await writeFile(
      path.join(root, 'bench', 'results.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log(`\n${resultTable(ordered, runs)}\n`);
    console.log(
      `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.chromium}`,
    );
    console.log(`bench/results.json written; ${totalSeconds} s in all`);
    return 0;
  } finally {
    await context.close();
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}
