import { documentNumberKey, validateManualNumber } from '../../shared/numbering/manualNumber';
import { takeNextNumber } from '../../shared/numbering/series';
import type { SalesDocument } from '../../shared/schemas/document';
import type { BusinessSettings } from '../../shared/schemas/settings';
import { Refusal } from './dataError';
import { BUSINESS_SETTINGS_KEY, type InvoicerDb, type StoredDocument } from './db';

// The number a document gets at posting. Runs inside the posting transaction: the series
// is read, advanced and written back there, so a failed posting takes its number back and
// two windows posting at once are served one after the other (IndexedDB serialises
// read-write transactions on the same tables).

const KIND_NAMES = { invoice: 'invoice', quote: 'quote', creditNote: 'credit note' } as const;

/**
 * The document's number: the one typed by hand, checked to be unique among documents of
 * its kind; or the next of its series, with the advanced series written to the settings.
 * Throws a Refusal (which aborts the transaction) when no number can be given.
 */
export async function assignNumber(
  db: InvoicerDb,
  doc: SalesDocument,
  settings: BusinessSettings,
  manualNumber: string | undefined,
): Promise<string> {
  if (manualNumber !== undefined) {
    const holders = await holdersOf(db, doc, manualNumber);
    const checked = validateManualNumber(manualNumber, holders);
    if (checked.ok) return checked.value;
    const code = checked.error.code === 'NUMBER_TAKEN' ? 'NUMBER_TAKEN' : 'INVALID';
    const { message } = checked.error;
    throw new Refusal({ code, message, issues: [{ path: 'number', message }] });
  }

  const index = seriesIndexOf(settings, doc);
  const series = settings.numberSeries[index];
  if (!series) {
    const message = `There is no number series for ${KIND_NAMES[doc.kind]}s; add one in Settings.`;
    throw new Refusal({
      code: 'POSTING_REFUSED',
      message,
      issues: [{ path: 'seriesId', message }],
    });
  }
  const taken = takeNextNumber(series, doc.issueDate);
  if (!taken.ok) {
    const { message } = taken.error;
    throw new Refusal({
      code: 'POSTING_REFUSED',
      message,
      issues: [{ path: 'issueDate', message }],
    });
  }
  const holders = await holdersOf(db, doc, taken.value.number);
  const holder = holders.values().next();
  if (!holder.done) {
    const message = `The next number of the series, ${taken.value.number}, is already used by ${holder.value}, whose number was typed by hand. Type a number for this ${KIND_NAMES[doc.kind]} by hand, or set the series' next number past ${taken.value.number} in Settings.`;
    throw new Refusal({ code: 'NUMBER_TAKEN', message, issues: [{ path: 'number', message }] });
  }
  const numberSeries = settings.numberSeries.map((entry, i) =>
    i === index ? taken.value.series : entry,
  );
  await db.settings.put({ key: BUSINESS_SETTINGS_KEY, value: { ...settings, numberSeries } });
  return taken.value.number;
}

function seriesIndexOf(settings: BusinessSettings, doc: SalesDocument): number {
  const byId = settings.numberSeries.findIndex(
    (series) => series.id === doc.seriesId && series.documentKind === doc.kind,
  );
  return byId >= 0
    ? byId
    : settings.numberSeries.findIndex((series) => series.documentKind === doc.kind);
}

/** The documents of the kind that hold this number (in any case), described for a message. */
async function holdersOf(
  db: InvoicerDb,
  doc: SalesDocument,
  number: string,
): Promise<Map<string, string>> {
  const key = documentNumberKey(number);
  const rows: StoredDocument[] = key
    ? await db.documents.where('[kind+numberKey]').equals([doc.kind, key]).toArray()
    : [];
  return new Map(
    rows
      .filter((row) => row.id !== doc.id && row.number !== null)
      .map((row) => [
        row.number!,
        `the ${KIND_NAMES[row.kind]} to ${row.customerName} of ${row.issueDate}`,
      ]),
  );
}
