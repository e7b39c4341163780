import type { StoredDocument, StoredJournalEntry } from '../../renderer/data/db';
import type { Payment } from '../../shared/schemas/payment';

// Two databases made from the same plans hold the same records, except for what is new in
// each run: random ids and the instants of createdAt, updatedAt and postedAt. This turns the
// records into text where every id is replaced by a name for what it is ("invoice3/line1",
// "creditNote(invoice4)") and those instants are left out, so the texts can be compared.

const INSTANTS = new Set(['createdAt', 'updatedAt', 'postedAt']);

export type Tables = {
  documents: StoredDocument[];
  payments: Payment[];
  journal: StoredJournalEntry[];
};

/** Names for the ids of the records; `invoiceIds` are the invoices in the order of the plans. */
export function nameIds(tables: Tables, invoiceIds: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  invoiceIds.forEach((id, index) => names.set(id, `invoice${index}`));
  for (const doc of tables.documents) {
    if (doc.kind === 'creditNote') {
      names.set(doc.id, `creditNote(${names.get(doc.creditedInvoiceId) ?? '?'})`);
    }
  }
  for (const doc of tables.documents) {
    doc.lines.forEach((line, index) => names.set(line.id, `${names.get(doc.id)}/line${index}`));
  }
  const byInvoice = new Map<string, Payment[]>();
  for (const payment of tables.payments) {
    byInvoice.set(payment.invoiceId, [...(byInvoice.get(payment.invoiceId) ?? []), payment]);
  }
  for (const [invoiceId, list] of byInvoice) {
    list
      .sort((a, b) => a.date.localeCompare(b.date) || a.amount - b.amount)
      .forEach((payment, index) =>
        names.set(payment.id, `${names.get(invoiceId)}/payment${index}`),
      );
  }
  for (const entry of tables.journal) {
    names.set(entry.id, `journal(${names.get(entry.sourceId) ?? '?'})`);
  }
  return names;
}

/** The value with ids named and instants dropped, keys sorted, undefined left out. */
export function canonical(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => canonical(item, names));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, item]) => item !== undefined && !INSTANTS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => [key, canonical(item, names)] as const);
  return Object.fromEntries(entries);
}

/** The first place two canonical values differ, as a path and both values; null if equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path || '(record)'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
    );
    if (found !== null) return found;
  }
  return null;
}

/** The records of a table by name, ready to compare. */
export function namedRecords(
  records: readonly { id: string }[],
  names: ReadonlyMap<string, string>,
): Map<string, unknown> {
  return new Map(
    records.map((record) => [names.get(record.id) ?? record.id, canonical(record, names)]),
  );
}

/** Every difference between two tables' named records (missing, extra, changed). */
export function tableDifferences(
  table: string,
  expected: ReadonlyMap<string, unknown>,
  actual: ReadonlyMap<string, unknown>,
): string[] {
  const differences: string[] = [];
  for (const [name, record] of expected) {
    if (!actual.has(name)) differences.push(`${table} ${name}: missing in the bulk database`);
    else {
      const found = firstDifference(record, actual.get(name));
      if (found !== null) differences.push(`${table} ${name}: ${found}`);
    }
  }
  for (const name of actual.keys()) {
    if (!expected.has(name)) differences.push(`${table} ${name}: only in the bulk database`);
  }
  return differences;
}
