import { dec, decimalToString, isDecimalString, type DecimalString } from '../money/decimal';

/** The five kinds of account of double-entry bookkeeping. */
export const ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'revenue', 'expense'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** One account of the chart: its code (the key entries use), name and kind. */
export type Account = { code: string; name: string; type: AccountType };

/** The accounts the journal posts to without the user choosing one each time. */
export type AccountRoles = {
  receivables: string;
  bank: string;
  cash: string;
  /** Line revenue when a line names no account of its own. */
  revenue: string;
  /** Document-level charges (shipping, packaging, …). */
  otherRevenue: string;
  /** Document-level allowances (discounts on the whole invoice). */
  discountsGranted: string;
  /** VAT payable for a rate that has no account of its own in `vatPayableByRate`. */
  vatPayableDefault: string;
  /** VAT payable per rate, keyed by the rate as a decimal string ("19", "7", "5.5"). */
  vatPayableByRate: Record<string, string>;
  /** Money received from a customer that is not (yet) owed on any invoice: a liability. */
  customerCredit: string;
  /** Amounts paid before an invoice (deposits, BT-113), consumed when the invoice posts. */
  customerAdvances: string;
  /** Cash rounding (BT-114), e.g. to CHF 0.05. */
  rounding: string;
};

/** Role names without the per-rate table, in the order problems are reported. */
export const SINGLE_ACCOUNT_ROLES = [
  'receivables',
  'bank',
  'cash',
  'revenue',
  'otherRevenue',
  'discountsGranted',
  'vatPayableDefault',
  'customerCredit',
  'customerAdvances',
  'rounding',
] as const satisfies readonly (keyof AccountRoles)[];
export type SingleAccountRole = (typeof SINGLE_ACCOUNT_ROLES)[number];

/** A small chart of accounts and which account plays which role. */
export type ChartOfAccounts = { accounts: Account[]; roles: AccountRoles };

/**
 * A generic chart for a sole trader. The numbers follow no national standard on purpose;
 * the user renumbers them to their accountant's chart (SKR03/04, PCG, …) in the settings.
 */
export const DEFAULT_CHART_OF_ACCOUNTS: ChartOfAccounts = {
  accounts: [
    { code: '1000', name: 'Cash', type: 'asset' },
    { code: '1100', name: 'Bank', type: 'asset' },
    { code: '1200', name: 'Receivables', type: 'asset' },
    { code: '2200', name: 'VAT payable 19 %', type: 'liability' },
    { code: '2210', name: 'VAT payable 7 %', type: 'liability' },
    { code: '2290', name: 'VAT payable other rates', type: 'liability' },
    { code: '2300', name: 'Customer credit', type: 'liability' },
    { code: '2310', name: 'Customer advances', type: 'liability' },
    { code: '4000', name: 'Sales revenue', type: 'revenue' },
    { code: '4100', name: 'Other revenue', type: 'revenue' },
    { code: '4900', name: 'Discounts granted', type: 'revenue' },
    { code: '4990', name: 'Rounding differences', type: 'revenue' },
  ],
  roles: {
    receivables: '1200',
    bank: '1100',
    cash: '1000',
    revenue: '4000',
    otherRevenue: '4100',
    discountsGranted: '4900',
    vatPayableDefault: '2290',
    vatPayableByRate: { '19': '2200', '7': '2210' },
    customerCredit: '2300',
    customerAdvances: '2310',
    rounding: '4990',
  },
};

/**
 * The VAT payable account for a rate. Rates compare as numbers, so a chart keyed "19.0"
 * still catches a group of rate "19"; a key that is no decimal is ignored (validation
 * reports it).
 */
export function vatPayableAccount(chart: ChartOfAccounts, rate: DecimalString): string {
  const wanted = canonicalRate(rate);
  for (const [key, account] of Object.entries(chart.roles.vatPayableByRate)) {
    if (isDecimalString(key) && canonicalRate(key) === wanted) return account;
  }
  return chart.roles.vatPayableDefault;
}

/** The account with a code, if the chart has it. */
export function findAccount(accounts: readonly Account[], code: string): Account | undefined {
  return accounts.find((account) => account.code === code);
}

function canonicalRate(rate: DecimalString): string {
  return decimalToString(dec(rate));
}
