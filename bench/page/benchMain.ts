import { today } from '../../renderer/data/clock';
import { getDb } from '../../renderer/data/database';
import { LOOPBACK_TOKEN_META } from '../../shared/contract/bridge';
import { checkDashboard } from './dashboardCheck';
import { databaseShape } from './databaseShape';
import { checkBulkMatchesRepositories } from './equivalenceCheck';
import { generateDatabase, type GenerateOptions } from './generateDatabase';
import { measureQueries } from './measureQueries';
import { measureBulkExport, measurePdfWorker } from './measurePdf';
import { verifyDatabase } from './verifyDatabase';

// The benchmark page (bench.html, built only by `npm run bench`, never part of the app's
// bundle): the same data layer as the app, on the app's own database ('invoicer') of the
// same origin, driven by bench/runner.ts through window.invoicerBench. Progress goes to the
// console, which the runner prints.

const log = (message: string) => console.log(`bench: ${message}`);

const api = {
  /** The preview server's API token, which it writes only into the app's index.html. */
  useApiToken(token: string): void {
    const meta = document.createElement('meta');
    meta.name = LOOPBACK_TOKEN_META;
    meta.content = token;
    document.head.append(meta);
  },
  checkEquivalence: (plans: number) => checkBulkMatchesRepositories(plans),
  async generate(options: GenerateOptions) {
    // A fresh database: the profile is new, but a run may be repeated in an open page.
    const db = getDb();
    await db.delete();
    await db.open();
    return generateDatabase(db, options, log);
  },
  verify: (sample: number) => verifyDatabase(getDb(), sample),
  checkDashboard: () => checkDashboard(getDb(), today()),
  shape: () => databaseShape(getDb(), today()),
  measureQueries: (times: number) => measureQueries(getDb(), times),
  measurePdfWorker: (times: number) => measurePdfWorker(getDb(), times),
  measureBulkExport: (count: number) => measureBulkExport(getDb(), count),
  /** Lets the app's page open the database alone (no other connection kept open). */
  close(): void {
    getDb().close();
  },
};

export type InvoicerBench = typeof api;

/** The api with every failure carrying its name and the page's stack to the runner. */
function explained(functions: InvoicerBench): InvoicerBench {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(functions)) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (fn as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        throw new Error(`${name}: ${detail}`);
      }
    };
  }
  return wrapped as InvoicerBench;
}

(globalThis as { invoicerBench?: InvoicerBench }).invoicerBench = explained(api);
log('ready');
