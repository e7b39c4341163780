import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { IpcError } from '../../../../../shared/contract/ipcError';
import { isoDate } from '../../../../../shared/dates/isoDate';
import { DEFAULT_CHART_OF_ACCOUNTS } from '../../../../../shared/journal/chartOfAccounts';
import type { Result } from '../../../../../shared/result';
import type { InvoicerDb } from '../../../../../renderer/data/db';
import { NO_JOURNAL_FILTER } from '../../../../../renderer/data/journalQueries';
import { postDocument } from '../../../../../renderer/data/postDocument';
import {
  journalEntriesCsv,
  journalFileName,
  trialBalanceCsv,
} from '../../../../../renderer/screens/journal/journalExports';
import { csvRows } from '../../../shared/journal/csvRows';
import {
  addCustomer,
  addDraft,
  freshDb,
  line,
  setUpCompany,
  TODAY,
  value,
} from '../../data/testDatabase';

const accounts = DEFAULT_CHART_OF_ACCOUNTS.accounts;

/** The CSV of an export the test expects to succeed. */
function csvOf(result: Result<string, IpcError>): string {
  if (!result.ok) throw new Error(`expected a CSV, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Posts invoices of 100.00 net in January (19 %), February (7 %) and March (19 %). */
async function threeInvoices(db: InvoicerDb): Promise<string[]> {
  await setUpCompany(db);
  const customer = await addCustomer(db, 'Euro Kunde');
  const numbers: string[] = [];
  for (const [date, rate] of [
    ['2026-01-10', '19'],
    ['2026-02-10', '7'],
    ['2026-03-10', '19'],
  ] as const) {
    const draft = await addDraft(db, customer.id, {
      issueDate: isoDate(date),
      lines: [line('1', '100', { vatRate: rate })],
    });
    numbers.push(value(await postDocument(db, draft.id, { today: TODAY })).number ?? '');
  }
  return numbers;
}

describe('the journal CSV export', () => {
  it('writes every entry the filters let through, oldest first, not only the page on screen', async () => {
    const db = freshDb();
    const numbers = await threeInvoices(db);
    const csv = csvOf(await journalEntriesCsv(db, NO_JOURNAL_FILTER, accounts));
    const rows = csvRows(csv).slice(1);
    const references = [...new Set(rows.map((row) => row[2]))];
    expect(references).toEqual(numbers);
    // January: receivables 119.00 = revenue 100.00 + VAT 19.00.
    const january = rows.filter((row) => row[2] === numbers[0]);
    expect(january.map((row) => [row[3], row[5], row[6]])).toEqual([
      ['1200', '119.00', ''],
      ['4000', '', '100.00'],
      ['2200', '', '19.00'],
    ]);
  });

  it('applies the date and account filters of the screen', async () => {
    const db = freshDb();
    const numbers = await threeInvoices(db);
    const filter = { ...NO_JOURNAL_FILTER, from: isoDate('2026-02-01'), account: '2210' };
    const rows = csvRows(csvOf(await journalEntriesCsv(db, filter, accounts))).slice(1);
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set([numbers[1]]));
  });

  it('exports the trial balance of the filtered entries with equal debit and credit totals', async () => {
    const db = freshDb();
    await threeInvoices(db);
    const rows = csvRows(await trialBalanceCsv(db, NO_JOURNAL_FILTER, accounts));
    expect(rows.at(-1)).toEqual(['EUR', 'Total', '', '345.00', '345.00', '0.00']);
    expect(rows).toContainEqual(['EUR', '4000', 'Sales revenue', '0.00', '300.00', '-300.00']);
  });
});

describe('journalFileName', () => {
  it('names the export after what it holds and the filters set', () => {
    expect(journalFileName('entries', NO_JOURNAL_FILTER)).toBe('Journal.csv');
    expect(
      journalFileName('trialBalance', {
        from: isoDate('2026-01-01'),
        to: isoDate('2026-03-31'),
        account: '1200',
        documentNumber: '',
      }),
    ).toBe('Trial balance from 2026-01-01 to 2026-03-31 account 1200.csv');
  });

  it('keeps a typed document number from becoming a path', () => {
    const name = journalFileName('entries', { ...NO_JOURNAL_FILTER, documentNumber: '../INV/7' });
    expect(name).toBe('Journal .._INV_7.csv');
    expect(name).not.toContain('/');
  });
});
