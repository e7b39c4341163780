import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { createCustomer, openFromMenu, reloadApp, setUpCompany, textbox } from './support';
import type { PostingHarness, PostingOutcome } from './support/postingHarness';

// DESIGN §4: numbers of a series have no gaps, also when two windows post at once. Two tabs
// of one browser (one origin, so one IndexedDB) each post 500 invoices at the same time,
// through the app's real posting function (renderer/data/postDocument.ts). The drafts are
// made quickly through the app's own repositories, bundled from renderer/data and run in
// the page (support/postingHarness.ts); the app itself has no test hooks.

const PER_TAB = 500;
const YEAR = new Date().getFullYear();

type HarnessWindow = { invoicerPostingHarness: PostingHarness };

/** The harness as one script, built from the same sources as the app. */
async function harnessScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./support/postingHarness.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    // Zod compiles its checks with new Function where eval is allowed. It asks once, and
    // from page.evaluate the answer is yes although the page's CSP refuses eval later on;
    // so, before any schema is made: no compiling (the app finds eval refused itself).
    banner: {
      js: 'globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });',
    },
  });
  return result.outputFiles[0]!.text;
}

async function loadHarness(page: Page, script: string): Promise<void> {
  await page.evaluate(script);
  await page.waitForFunction(() => 'invoicerPostingHarness' in window);
}

function postFrom(page: Page, ids: string[]): Promise<PostingOutcome[]> {
  return page.evaluate(
    (drafts) => (window as unknown as HarnessWindow).invoicerPostingHarness.postAll(drafts),
    ids,
  );
}

const counterOf = (number: string | null) => Number(/-(\d+)$/.exec(number ?? '')?.[1]);

test('two tabs posting 500 invoices each at once get 1,000 distinct numbers without a gap', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await setUpCompany(page, { vatId: 'DE123456789' });
  const customerId = await createCustomer(page, { name: 'Acme Ltd' });
  const script = await harnessScript();

  const other = await page.context().newPage();
  await other.goto('/');
  // Both tabs on a screen that does not follow invoices, so only the posting runs.
  for (const tab of [page, other]) {
    await openFromMenu(tab, 'Customers');
    await loadHarness(tab, script);
  }

  const drafts = await page.evaluate(
    ([customer, count]) =>
      (window as unknown as HarnessWindow).invoicerPostingHarness.createDrafts(customer, count),
    [customerId, 2 * PER_TAB] as const,
  );
  expect(new Set(drafts).size).toBe(2 * PER_TAB);

  // Interleaved, so neither tab's drafts are all older than the other's.
  const mine = drafts.filter((_, i) => i % 2 === 0);
  const theirs = drafts.filter((_, i) => i % 2 === 1);
  const [first, second] = await Promise.all([postFrom(page, mine), postFrom(other, theirs)]);

  const outcomes = [...first, ...second];
  expect(outcomes.filter((outcome) => outcome.error !== null)).toEqual([]);
  const numbers = outcomes.map((outcome) => outcome.number);
  expect(new Set(numbers).size).toBe(2 * PER_TAB);
  expect(numbers.every((number) => number?.startsWith(`INV-${YEAR}-`))).toBe(true);
  const counters = numbers.map(counterOf).sort((a, b) => a - b);
  expect(counters).toEqual(Array.from({ length: 2 * PER_TAB }, (_, i) => i + 1));

  // The two tabs really posted at the same time: each got numbers inside the other's range.
  const range = (list: PostingOutcome[]) => list.map((o) => counterOf(o.number));
  expect(Math.min(...range(first))).toBeLessThan(Math.max(...range(second)));
  expect(Math.min(...range(second))).toBeLessThan(Math.max(...range(first)));

  // What is stored agrees: the counter moved on by 1,000, one journal entry per invoice.
  const stored = await other.evaluate(() =>
    (window as unknown as HarnessWindow).invoicerPostingHarness.stored(),
  );
  expect(stored.nextCounter).toBe(2 * PER_TAB + 1);
  expect(new Set(stored.journalSources)).toEqual(new Set(drafts));
  expect(stored.journalSources).toHaveLength(2 * PER_TAB);
  expect(stored.numbers.sort()).toEqual([...numbers].sort());

  // And the app finds the last one.
  const last = `INV-${YEAR}-${String(2 * PER_TAB).padStart(4, '0')}`;
  await reloadApp(other);
  await openFromMenu(other, 'Invoices');
  await textbox(other, 'Search number or customer').fill(last);
  const rows = other.getByRole('table', { name: 'Invoices' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(last);
});
