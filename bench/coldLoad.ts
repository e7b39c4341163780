import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';

// cold_load_ms, initial_js_gzip_kb and heap_mb, in the built app on the full database.
// Each load is a new page with the HTTP cache off, timed from the start of navigation
// (the page's own performance.now() origin) to the dashboard being interactive: its
// figures are in the DOM, a frame has been painted and the main thread is free again.
// The scripts the first screen loads are recorded on the way; the heap is read after
// opening the invoice list and the dashboard again, with garbage collected first.

const FIGURES = '[data-testid="drafts-value"]';

type Marks = { __benchInteractiveAt?: number };

/** In the page before any of its scripts: notes when the dashboard becomes interactive. */
function watchForDashboard(selector: string): void {
  const marks = globalThis as Marks;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        marks.__benchInteractiveAt = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function openDashboard(context: BrowserContext, origin: string, scripts: Set<string>) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Only what the first screen loads: collecting stops once the dashboard is interactive.
  let collecting = true;
  page.on('request', (request) => {
    if (collecting && request.resourceType() === 'script') {
      scripts.add(new URL(request.url()).pathname);
    }
  });
  await page.addInitScript(watchForDashboard, FIGURES);
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (globalThis as Marks).__benchInteractiveAt !== undefined, null, {
    timeout: 120_000,
    polling: 20,
  });
  collecting = false;
  const loadMs = await page.evaluate(() => (globalThis as Marks).__benchInteractiveAt!);
  return { page, cdp, loadMs };
}

async function menu(page: Page, item: string) {
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: item })
    .click();
}

/** Cold loads of the dashboard, `times` times, with the heap after list and dashboard. */
export async function measureColdLoad(context: BrowserContext, origin: string, times: number) {
  const scripts = new Set<string>();
  const load: number[] = [];
  const heap: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const { page, cdp, loadMs } = await openDashboard(context, origin, scripts);
    load.push(loadMs);
    await menu(page, 'Invoices');
    await page.getByRole('table', { name: 'Invoices' }).getByRole('row').nth(25).waitFor();
    await menu(page, 'Dashboard');
    await page.locator(FIGURES).waitFor();
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    heap.push(usage.usedSize / (1024 * 1024));
    await page.close();
  }
  return { load, heap, scripts: [...scripts].sort() };
}

/** The gzip size in kB of each built file at these paths (level 9), largest first. */
export function gzipSizes(
  appDir: string,
  paths: readonly string[],
): { file: string; kb: number }[] {
  return paths
    .map((file) => ({
      file,
      kb: gzipSync(readFileSync(path.join(appDir, file)), { level: 9 }).byteLength / 1024,
    }))
    .sort((a, b) => b.kb - a.kb);
}
