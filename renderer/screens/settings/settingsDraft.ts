import type {
  Account,
  AccountRoles,
  SingleAccountRole,
} from '../../../shared/journal/chartOfAccounts';
import type { DecimalString } from '../../../shared/money/decimal';
import type { BankAccount, CompanyProfile } from '../../../shared/schemas/companyProfile';
import type { NumberSeriesRecord } from '../../../shared/schemas/numberSeries';
import type { BusinessSettings, SellerVatModeRecord } from '../../../shared/schemas/settings';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import type { PaymentTerms } from '../../../shared/terms/paymentTerms';
import { newId } from '../../data/ids';
import { t } from '../../i18n/t';
import type { BusinessSettingsInput } from '../../data/settingsRepository';

/** A number series as the form holds it: the next counter as typed (a decimal string). */
export type SeriesDraft = Omit<NumberSeriesRecord, 'nextCounter'> & { nextCounter: DecimalString };

/** One row of the VAT-payable-by-rate table; `key` only keeps React's rows apart. */
export type RateAccountDraft = { key: string; rate: DecimalString; account: string };

/** The chart as the form holds it: accounts keyed for React, the rate table as rows. */
export type ChartDraft = {
  accounts: (Account & { key: string })[];
  roles: Record<SingleAccountRole, string>;
  vatPayableByRate: RateAccountDraft[];
};

/** What the settings form holds while the user types. */
export type SettingsDraft = {
  company: CompanyProfile;
  vatMode: SellerVatModeRecord;
  defaultCurrency: string;
  locale: string;
  defaultPaymentTerms: PaymentTerms;
  numberSeries: SeriesDraft[];
  chartOfAccounts: ChartDraft;
  setupCompleted: boolean;
};

/** The form of the stored settings. */
export function settingsDraftOf(settings: BusinessSettings): SettingsDraft {
  const { vatPayableByRate, ...roles } = settings.chartOfAccounts.roles;
  return {
    company: {
      ...settings.company,
      bankAccounts: settings.company.bankAccounts.map((account) => ({ ...account })),
    },
    vatMode: settings.vatMode,
    defaultCurrency: settings.defaultCurrency,
    locale: settings.locale,
    defaultPaymentTerms: settings.defaultPaymentTerms,
    numberSeries: settings.numberSeries.map((series) => ({
      ...series,
      nextCounter: String(series.nextCounter),
    })),
    chartOfAccounts: {
      accounts: settings.chartOfAccounts.accounts.map((account) => ({ ...account, key: newId() })),
      roles,
      vatPayableByRate: Object.entries(vatPayableByRate).map(([rate, account]) => ({
        key: newId(),
        rate,
        account,
      })),
    },
    setupCompleted: settings.setupCompleted,
  };
}

/** A new bank account row; the first one becomes the default. */
export function newBankAccount(isFirst: boolean): BankAccount {
  return { id: newId(), label: '', iban: '', bic: '', bankName: '', isDefault: isFirst };
}

/**
 * The request for saveSettings. A counter that is not a whole number is sent as NaN so the
 * schema refuses it with its message on that field.
 */
export function settingsInput(draft: SettingsDraft): BusinessSettingsInput {
  const { accounts, roles, vatPayableByRate } = draft.chartOfAccounts;
  const chartRoles: AccountRoles = {
    ...roles,
    vatPayableByRate: Object.fromEntries(vatPayableByRate.map((row) => [row.rate, row.account])),
  };
  return {
    company: draft.company,
    vatMode: draft.vatMode,
    defaultCurrency: draft.defaultCurrency,
    locale: draft.locale,
    defaultPaymentTerms: draft.defaultPaymentTerms,
    numberSeries: draft.numberSeries.map((series) => ({
      ...series,
      nextCounter: /^\d+$/.test(series.nextCounter) ? Number(series.nextCounter) : NaN,
    })),
    chartOfAccounts: {
      accounts: accounts.map(({ code, name, type }) => ({ code, name, type })),
      roles: chartRoles,
    },
    setupCompleted: draft.setupCompleted,
  };
}

/**
 * The rows of the VAT-payable table that repeat a rate. The table becomes a record keyed by
 * rate, where a second row of one rate would silently replace the first; so it is refused
 * here, on the repeated row, before anything is sent.
 */
export function repeatedRateIssues(draft: SettingsDraft): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  draft.chartOfAccounts.vatPayableByRate.forEach((row, index) => {
    if (seen.has(row.rate)) {
      issues.push({
        path: `chartOfAccounts.roles.vatPayableByRate.row${index}.rate`,
        message: t('settings.roles.rateRepeated', { rate: row.rate }),
      });
    }
    seen.add(row.rate);
  });
  return issues;
}
