import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHART_OF_ACCOUNTS,
  type ChartOfAccounts,
} from '../../../../shared/journal/chartOfAccounts';
import { validateChartOfAccounts } from '../../../../shared/journal/validateChartOfAccounts';

const base = DEFAULT_CHART_OF_ACCOUNTS;

function problems(chart: ChartOfAccounts) {
  const result = validateChartOfAccounts(chart);
  return result.ok ? [] : result.error.problems;
}

describe('validateChartOfAccounts', () => {
  it('refuses an account without a code, naming the account', () => {
    const chart = {
      ...base,
      accounts: [...base.accounts, { code: ' ', name: 'Fees', type: 'revenue' as const }],
    };
    expect(problems(chart)).toEqual([
      {
        code: 'EMPTY_ACCOUNT_CODE',
        message: 'Account 13 ("Fees") has no code; give it a code such as 4000.',
      },
    ]);
  });

  it('refuses an account without a name', () => {
    const chart = {
      ...base,
      accounts: [...base.accounts, { code: '4200', name: '', type: 'revenue' as const }],
    };
    expect(problems(chart)).toMatchObject([{ code: 'EMPTY_ACCOUNT_NAME', accountCode: '4200' }]);
  });

  it('refuses two accounts with one code, naming both', () => {
    const chart = {
      ...base,
      accounts: [...base.accounts, { code: '4000', name: 'Services', type: 'revenue' as const }],
    };
    const [problem] = problems(chart);
    expect(problem?.code).toBe('DUPLICATE_ACCOUNT_CODE');
    expect(problem?.message).toBe(
      'The code 4000 is used by "Sales revenue" and "Services"; give each account its own code.',
    );
  });

  it('refuses a role that names an account the chart does not have, naming the role', () => {
    const chart = { ...base, roles: { ...base.roles, receivables: '1300' } };
    expect(problems(chart)).toEqual([
      {
        code: 'UNKNOWN_ROLE_ACCOUNT',
        role: 'receivables',
        accountCode: '1300',
        message:
          'The role "Receivables" names account 1300, which is not in the chart; choose one of its accounts or add 1300.',
      },
    ]);
  });

  it('refuses an empty role', () => {
    const chart = { ...base, roles: { ...base.roles, rounding: '' } };
    expect(problems(chart)[0]?.message).toBe(
      'The role "Rounding differences" names no account; choose one of the chart\'s accounts for it.',
    );
  });

  it('checks the per-rate VAT accounts: known account, real rate, no rate twice', () => {
    const chart = {
      ...base,
      roles: {
        ...base.roles,
        vatPayableByRate: { '19': '2200', '19.0': '2200', '7': '2299', x: '2210' },
      },
    };
    expect(problems(chart).map((p) => [p.code, p.role])).toEqual([
      // Object keys that look like integers come first, in numeric order.
      ['UNKNOWN_ROLE_ACCOUNT', 'vatPayableByRate.7'],
      ['DUPLICATE_VAT_RATE', 'vatPayableByRate.19.0'],
      ['INVALID_VAT_RATE', 'vatPayableByRate.x'],
    ]);
  });

  it('reports every problem at once in one error', () => {
    const chart = {
      accounts: [...base.accounts, { code: '1000', name: 'Petty cash', type: 'asset' as const }],
      roles: { ...base.roles, bank: '1111', cash: '1001' },
    };
    const result = validateChartOfAccounts(chart);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_CHART_OF_ACCOUNTS');
    expect(result.error.problems).toHaveLength(3);
    expect(result.error.message).toMatch(/^The chart of accounts has 3 problems: /);
  });
});
