import Dexie from 'dexie';
import type { z } from 'zod';
import { yearOf } from '../../shared/dates/isoDate';
import { DEFAULT_CHART_OF_ACCOUNTS } from '../../shared/journal/chartOfAccounts';
import { defaultNumberSeries, type DocumentKind } from '../../shared/numbering/series';
import { ok } from '../../shared/result';
import type { addressSchema } from '../../shared/schemas/address';
import type { CompanyProfile } from '../../shared/schemas/companyProfile';
import type { NumberSeriesRecord } from '../../shared/schemas/numberSeries';
import {
  businessSettingsSchema,
  type BusinessSettings,
  type SellerVatModeRecord,
} from '../../shared/schemas/settings';
import type { FieldIssue } from '../../shared/schemas/validationIssues';
import { today } from './clock';
import { fail, validate, type DataResult } from './dataError';
import { BUSINESS_SETTINGS_KEY, type InvoicerDb } from './db';

export type BusinessSettingsInput = z.input<typeof businessSettingsSchema>;

/** What the first-run setup asks for. */
export type SetupInput = {
  companyName: string;
  address: z.input<typeof addressSchema>;
  vatMode: SellerVatModeRecord;
  currency: string;
  locale: string;
  /** The counter of the first invoice number, e.g. 1, or 57 when continuing a series. */
  firstInvoiceNumber: number;
  /**
   * The trader's VAT ID and tax number, both optional here; an invoice needs one of them in
   * normal VAT mode. Left out: what is stored stays (empty on the first run).
   */
  vatId?: string | undefined;
  taxId?: string | undefined;
};

/** The business settings, or null before the first-run setup has been done. */
export async function getSettings(db: InvoicerDb): Promise<BusinessSettings | null> {
  const row = await db.settings.get(BUSINESS_SETTINGS_KEY);
  return row?.value ?? null;
}

/**
 * Validates and stores the settings. A number series may not be moved back once documents
 * carry its numbers: that would hand out a number a second time.
 */
export async function saveSettings(
  db: InvoicerDb,
  input: BusinessSettingsInput,
): Promise<DataResult<BusinessSettings>> {
  const checked = validate(businessSettingsSchema, input);
  if (!checked.ok) return checked;
  const settings = checked.value;
  return db.transaction('rw', db.settings, db.documents, async () => {
    const stored = await getSettings(db);
    const issues = stored
      ? await seriesMovedBack(db, stored.numberSeries, settings.numberSeries)
      : [];
    if (issues.length > 0) {
      return fail('INVALID', issues[0]!.message, issues);
    }
    await db.settings.put({ key: BUSINESS_SETTINGS_KEY, value: settings });
    return ok(settings);
  });
}

/**
 * First-run setup (or setup redone from Settings): company name and address, VAT ID and tax
 * number, VAT mode, currency, locale and the first invoice number. Everything else keeps what is stored, or
 * starts from the defaults: number series, the default chart of accounts, net 14 days.
 */
export async function completeSetup(
  db: InvoicerDb,
  input: SetupInput,
): Promise<DataResult<BusinessSettings>> {
  if (!Number.isSafeInteger(input.firstInvoiceNumber) || input.firstInvoiceNumber < 1) {
    const message = 'The first invoice number must be a whole number, 1 or more.';
    return fail('INVALID', message, [{ path: 'firstInvoiceNumber', message }]);
  }
  const current = await getSettings(db);
  const numberSeries = (current?.numberSeries ?? defaultNumberSeries()).map((series) =>
    series.documentKind === 'invoice'
      ? {
          ...series,
          nextCounter: input.firstInvoiceNumber,
          // A fresh series counts from its first document's year; a used one from this year.
          counterYear: series.counterYear === null ? null : yearOf(today()),
        }
      : series,
  );
  const company: CompanyProfile | Omit<CompanyProfile, 'address'> = current?.company ?? {
    name: '',
    vatId: '',
    taxId: '',
    registrationNumber: '',
    email: '',
    phone: '',
    website: '',
    logo: null,
    bankAccounts: [],
    sepaCreditorId: '',
  };
  const result = await saveSettings(db, {
    company: {
      ...company,
      name: input.companyName,
      address: input.address,
      vatId: input.vatId ?? company.vatId,
      taxId: input.taxId ?? company.taxId,
    },
    vatMode: input.vatMode,
    defaultCurrency: input.currency,
    locale: input.locale,
    defaultPaymentTerms: current?.defaultPaymentTerms ?? { kind: 'net', days: 14 },
    numberSeries,
    chartOfAccounts: current?.chartOfAccounts ?? DEFAULT_CHART_OF_ACCOUNTS,
    setupCompleted: true,
  });
  if (result.ok) return result;
  const issues = (result.error.issues ?? []).map((issue) => ({
    ...issue,
    path: setupFieldOf(issue.path),
  }));
  return fail(result.error.code, issues[0]?.message ?? result.error.message, issues);
}

/** The setup form's field for a path of the settings record. */
function setupFieldOf(path: string): string {
  if (path === 'company.name') return 'companyName';
  if (path === 'company.vatId' || path === 'company.taxId') return path.slice('company.'.length);
  if (path.startsWith('company.address')) return path.slice('company.'.length);
  if (path === 'defaultCurrency') return 'currency';
  if (/^numberSeries\.\d+\.nextCounter$/.test(path)) return 'firstInvoiceNumber';
  return path;
}

/** Issues for every series the new settings would move back behind numbers already used. */
async function seriesMovedBack(
  db: InvoicerDb,
  stored: readonly NumberSeriesRecord[],
  incoming: readonly NumberSeriesRecord[],
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const [index, series] of incoming.entries()) {
    const before = stored.find((s) => s.id === series.id && s.documentKind === series.documentKind);
    if (!before || !isBehind(series, before)) continue;
    if (!(await hasNumberedDocuments(db, series.documentKind))) continue;
    issues.push({
      path: `numberSeries.${index}.nextCounter`,
      message: `Numbers of this series up to ${before.nextCounter - 1} are already in use, so the next number must be ${before.nextCounter} or more; a number is never given twice.`,
    });
  }
  return issues;
}

function isBehind(series: NumberSeriesRecord, before: NumberSeriesRecord): boolean {
  if (series.resetYearly) {
    const year = series.counterYear ?? 0;
    const beforeYear = before.counterYear ?? 0;
    if (year !== beforeYear) return year < beforeYear;
  }
  return series.nextCounter < before.nextCounter;
}

async function hasNumberedDocuments(db: InvoicerDb, kind: DocumentKind): Promise<boolean> {
  const first = await db.documents
    .where('[kind+numberKey]')
    .between([kind, ''], [kind, Dexie.maxKey], false, true)
    .first();
  return first !== undefined;
}
