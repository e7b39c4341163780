import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { TrialBalance } from '../../../shared/journal/trialBalance';
import { useFormatters } from '../../app/useFormatters';
import { t } from '../../i18n/t';

/** The trial balance, one table per currency: debit, credit and balance per account. */
export function TrialBalanceView({
  balances,
  accountName,
}: {
  balances: TrialBalance[];
  accountName: (code: string) => string;
}) {
  const { money } = useFormatters();
  if (balances.length === 0) {
    return <Typography color="text.secondary">{t('journal.empty')}</Typography>;
  }
  return (
    <>
      {balances.map((balance) => {
        const title = t('journal.trial.title', { currency: balance.currency });
        const amount = (value: Parameters<typeof money>[0]) => money(value, balance.currency);
        return (
          <Paper key={balance.currency} variant="outlined" sx={{ p: 2 }}>
            <Typography variant="h6" component="h3">
              {title}
            </Typography>
            <Table size="small" aria-label={title}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('journal.column.account')}</TableCell>
                  <TableCell align="right">{t('journal.column.debit')}</TableCell>
                  <TableCell align="right">{t('journal.column.credit')}</TableCell>
                  <TableCell align="right">{t('journal.column.balance')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {balance.accounts.map((row) => (
                  <TableRow key={row.account}>
                    <TableCell>{accountName(row.account)}</TableCell>
                    <TableCell align="right">{amount(row.debit)}</TableCell>
                    <TableCell align="right">{amount(row.credit)}</TableCell>
                    <TableCell align="right">{amount(row.balance)}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 'bold' }}>
                    {t('journal.total')}
                  </TableCell>
                  <TableCell
                    align="right"
                    data-testid="trial-debit-total"
                    sx={{ fontWeight: 'bold' }}
                  >
                    {amount(balance.totals.debit)}
                  </TableCell>
                  <TableCell
                    align="right"
                    data-testid="trial-credit-total"
                    sx={{ fontWeight: 'bold' }}
                  >
                    {amount(balance.totals.credit)}
                  </TableCell>
                  <TableCell
                    align="right"
                    data-testid="trial-balance-total"
                    sx={{ fontWeight: 'bold' }}
                  >
                    {amount(balance.totals.balance)}
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </Paper>
        );
      })}
    </>
  );
}
