import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHART_OF_ACCOUNTS,
  findAccount,
  vatPayableAccount,
  type ChartOfAccounts,
} from '../../../../shared/journal/chartOfAccounts';
import { validateChartOfAccounts } from '../../../../shared/journal/validateChartOfAccounts';

describe('the default chart of accounts', () => {
  it('is valid: every role names one of its accounts', () => {
    expect(validateChartOfAccounts(DEFAULT_CHART_OF_ACCOUNTS).ok).toBe(true);
  });

  it('books VAT of 19 % and 7 % to their own accounts and other rates to the default', () => {
    expect(vatPayableAccount(DEFAULT_CHART_OF_ACCOUNTS, '19')).toBe('2200');
    expect(vatPayableAccount(DEFAULT_CHART_OF_ACCOUNTS, '7')).toBe('2210');
    expect(vatPayableAccount(DEFAULT_CHART_OF_ACCOUNTS, '20')).toBe('2290');
  });

  it('compares rates as numbers, so "19.00" finds the account keyed "19"', () => {
    expect(vatPayableAccount(DEFAULT_CHART_OF_ACCOUNTS, '19.00')).toBe('2200');
    const chart: ChartOfAccounts = {
      ...DEFAULT_CHART_OF_ACCOUNTS,
      roles: { ...DEFAULT_CHART_OF_ACCOUNTS.roles, vatPayableByRate: { '5.50': '2210' } },
    };
    expect(vatPayableAccount(chart, '5.5')).toBe('2210');
  });

  it('finds accounts by code', () => {
    expect(findAccount(DEFAULT_CHART_OF_ACCOUNTS.accounts, '1200')?.name).toBe('Receivables');
    expect(findAccount(DEFAULT_CHART_OF_ACCOUNTS.accounts, '9999')).toBeUndefined();
  });
});
