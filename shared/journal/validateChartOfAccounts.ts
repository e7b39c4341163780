import { dec, decimalToString, isDecimalString } from '../money/decimal';
import { err, ok, type Result } from '../result';
import {
  SINGLE_ACCOUNT_ROLES,
  type ChartOfAccounts,
  type SingleAccountRole,
} from './chartOfAccounts';

/** One thing wrong with a chart of accounts, said so a person can fix it. */
export type ChartProblem = {
  code:
    | 'EMPTY_ACCOUNT_CODE'
    | 'EMPTY_ACCOUNT_NAME'
    | 'DUPLICATE_ACCOUNT_CODE'
    | 'UNKNOWN_ROLE_ACCOUNT'
    | 'INVALID_VAT_RATE'
    | 'DUPLICATE_VAT_RATE';
  message: string;
  /** The role concerned ("receivables", "vatPayableByRate.19"), when a role is at fault. */
  role?: string;
  /** The account code concerned, when one is. */
  accountCode?: string;
};

export type ChartOfAccountsError = {
  code: 'INVALID_CHART_OF_ACCOUNTS';
  message: string;
  problems: ChartProblem[];
};

/** English names of the roles, for messages and the settings screen. */
export const ACCOUNT_ROLE_LABELS: Record<SingleAccountRole, string> = {
  receivables: 'Receivables',
  bank: 'Bank',
  cash: 'Cash',
  revenue: 'Sales revenue',
  otherRevenue: 'Other revenue (document charges)',
  discountsGranted: 'Discounts granted (document allowances)',
  vatPayableDefault: 'VAT payable (other rates)',
  customerCredit: 'Customer credit',
  customerAdvances: 'Customer advances (prepaid amounts)',
  rounding: 'Rounding differences',
};

/**
 * Checks that account codes are non-empty and unique, names are non-empty, and every role
 * names an account of the chart. Reports every problem at once, so one round of editing fixes
 * them all.
 */
export function validateChartOfAccounts(
  chart: ChartOfAccounts,
): Result<ChartOfAccounts, ChartOfAccountsError> {
  const problems: ChartProblem[] = [...accountProblems(chart), ...roleProblems(chart)];
  if (problems.length === 0) return ok(chart);
  const message =
    problems.length === 1
      ? problems[0]!.message
      : `The chart of accounts has ${problems.length} problems: ${problems.map((p) => p.message).join(' ')}`;
  return err({ code: 'INVALID_CHART_OF_ACCOUNTS', message, problems });
}

function accountProblems(chart: ChartOfAccounts): ChartProblem[] {
  const problems: ChartProblem[] = [];
  const nameByCode = new Map<string, string>();
  chart.accounts.forEach((account, index) => {
    if (account.code.trim() === '') {
      problems.push({
        code: 'EMPTY_ACCOUNT_CODE',
        message: `Account ${index + 1} ("${account.name}") has no code; give it a code such as 4000.`,
      });
      return;
    }
    if (account.name.trim() === '') {
      problems.push({
        code: 'EMPTY_ACCOUNT_NAME',
        accountCode: account.code,
        message: `Account ${account.code} has no name; name it so the journal and its export can show it.`,
      });
    }
    const earlier = nameByCode.get(account.code);
    if (earlier !== undefined) {
      problems.push({
        code: 'DUPLICATE_ACCOUNT_CODE',
        accountCode: account.code,
        message: `The code ${account.code} is used by "${earlier}" and "${account.name}"; give each account its own code.`,
      });
    } else {
      nameByCode.set(account.code, account.name);
    }
  });
  return problems;
}

function roleProblems(chart: ChartOfAccounts): ChartProblem[] {
  const codes = new Set(chart.accounts.map((account) => account.code));
  const problems: ChartProblem[] = [];
  const checkRole = (role: string, label: string, code: string) => {
    if (codes.has(code)) return;
    problems.push({
      code: 'UNKNOWN_ROLE_ACCOUNT',
      role,
      accountCode: code,
      message:
        code.trim() === ''
          ? `The role "${label}" names no account; choose one of the chart's accounts for it.`
          : `The role "${label}" names account ${code}, which is not in the chart; choose one of its accounts or add ${code}.`,
    });
  };
  for (const role of SINGLE_ACCOUNT_ROLES) {
    checkRole(role, ACCOUNT_ROLE_LABELS[role], chart.roles[role]);
  }
  const rateByCanonical = new Map<string, string>();
  for (const [rate, code] of Object.entries(chart.roles.vatPayableByRate)) {
    const role = `vatPayableByRate.${rate}`;
    if (!isDecimalString(rate) || dec(rate).isNegative()) {
      problems.push({
        code: 'INVALID_VAT_RATE',
        role,
        message: `"${rate}" is not a VAT rate; key the VAT payable accounts by a rate such as 19 or 5.5.`,
      });
      continue;
    }
    const canonical = decimalToString(dec(rate));
    const earlier = rateByCanonical.get(canonical);
    if (earlier !== undefined) {
      problems.push({
        code: 'DUPLICATE_VAT_RATE',
        role,
        message: `The VAT rates "${earlier}" and "${rate}" are the same rate; keep one VAT payable account for ${canonical} %.`,
      });
      continue;
    }
    rateByCanonical.set(canonical, rate);
    checkRole(role, `VAT payable ${canonical} %`, code);
  }
  return problems;
}
