import { z } from 'zod';
import { ACCOUNT_TYPES, type ChartOfAccounts } from '../journal/chartOfAccounts';
import { validateChartOfAccounts, type ChartProblem } from '../journal/validateChartOfAccounts';
import { addIssueAt, whenValid } from './crossFieldChecks';
import { requiredText, typeMessages } from './fields';

const typeMessage = 'Choose the kind of account: asset, liability, equity, revenue or expense.';

/** One account of the chart. */
export const accountSchema = z.object(
  {
    code: requiredText({
      label: 'Account code',
      max: 20,
      missing: 'Enter the account code, such as 4000.',
    }),
    name: requiredText({
      label: 'Account name',
      max: 100,
      missing: 'Enter the name of the account.',
    }),
    type: z.enum(ACCOUNT_TYPES, typeMessages(typeMessage, typeMessage)),
  },
  typeMessages('Enter the account.', 'The account is damaged.'),
);

// Which account plays a role is checked against the chart by validateChartOfAccounts; here
// a role only has to be text, so an unknown code gets that module's message, naming the role.
const roleAccount = z.string({ error: 'Choose an account of the chart for this role.' });

/** The chart of accounts of shared/journal, checked with validateChartOfAccounts. */
export const chartOfAccountsSchema = z
  .object(
    {
      accounts: z
        .array(accountSchema, { error: 'The accounts must be a list.' })
        .min(1, 'Add the accounts of your chart; the journal needs them.')
        .max(500, 'A chart can have at most 500 accounts.'),
      roles: z.object(
        {
          receivables: roleAccount,
          bank: roleAccount,
          cash: roleAccount,
          revenue: roleAccount,
          otherRevenue: roleAccount,
          discountsGranted: roleAccount,
          vatPayableDefault: roleAccount,
          vatPayableByRate: z.record(z.string(), roleAccount, {
            error: 'The VAT payable accounts must be listed by rate.',
          }),
          customerCredit: roleAccount,
          customerAdvances: roleAccount,
          rounding: roleAccount,
        },
        typeMessages('Choose the accounts for each role.', 'Choose the accounts for each role.'),
      ),
    },
    typeMessages('Set up the chart of accounts.', 'The chart of accounts is damaged.'),
  )
  .superRefine(
    (chart, ctx) => {
      const checked = validateChartOfAccounts(chart);
      if (checked.ok) return;
      for (const problem of checked.error.problems) {
        addIssueAt(ctx, problemPath(chart, problem), problem.message);
      }
    },
    { when: whenValid('accounts', 'roles') },
  );

const RATE_ROLE_PREFIX = 'vatPayableByRate.';

/** Where a problem of validateChartOfAccounts belongs: the role, or the account it names. */
function problemPath(chart: ChartOfAccounts, problem: ChartProblem): (string | number)[] {
  if (problem.role?.startsWith(RATE_ROLE_PREFIX)) {
    // The rate is one key ("5.5"), even though it may hold a dot.
    return ['roles', 'vatPayableByRate', problem.role.slice(RATE_ROLE_PREFIX.length)];
  }
  if (problem.role !== undefined) return ['roles', problem.role];
  if (problem.accountCode !== undefined) {
    // A duplicate is reported on its second use: the one the user most likely just typed.
    const indexes = chart.accounts.flatMap((account, index) =>
      account.code === problem.accountCode ? [index] : [],
    );
    const field = problem.code === 'EMPTY_ACCOUNT_NAME' ? 'name' : 'code';
    return ['accounts', indexes[indexes.length - 1] ?? 0, field];
  }
  return ['accounts'];
}
