import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Minor } from '../../../shared/money/minor';
import type { DocumentTotals } from '../../../shared/totals/documentTotals';
import { useFormatters } from '../../app/useFormatters';
import { t } from '../../i18n/t';

export type TotalsPanelProps = {
  totals: DocumentTotals;
  /** Rows after the amount due, e.g. payments and the balance of a posted invoice. */
  extraRows?: { label: string; amount: Minor; strong?: boolean }[];
  /** The heading's id prefix, so two panels on one page stay apart. */
  title?: string;
};

/**
 * A document's totals and VAT breakdown exactly as shared/totals computed them: the live
 * figures of a draft, or the figures frozen into a posted document.
 */
export function TotalsPanel({ totals, extraRows = [], title }: TotalsPanelProps) {
  const { money, decimal } = useFormatters();
  const amount = (value: Minor) => money(value, totals.currency);
  const row = (
    label: string,
    value: Minor,
    options: { strong?: boolean; testId?: string } = {},
  ) => (
    <TableRow key={label}>
      <TableCell component="th" scope="row" sx={{ fontWeight: options.strong ? 700 : 400 }}>
        {label}
      </TableCell>
      <TableCell
        align="right"
        sx={{ fontWeight: options.strong ? 700 : 400, whiteSpace: 'nowrap' }}
        data-testid={options.testId}
      >
        {amount(value)}
      </TableCell>
    </TableRow>
  );
  const rows: ReactNode[] = [];
  // The sum of lines differs from the net total only when there are discounts or charges.
  if (totals.allowanceTotal !== 0 || totals.chargeTotal !== 0) {
    rows.push(
      row(t('documents.totals.lineNet'), totals.lineNetTotal, { testId: 'total-line-net' }),
    );
  }
  if (totals.allowanceTotal !== 0) {
    rows.push(
      row(t('documents.totals.allowances'), totals.allowanceTotal, { testId: 'total-allowances' }),
    );
  }
  if (totals.chargeTotal !== 0) {
    rows.push(row(t('documents.totals.charges'), totals.chargeTotal, { testId: 'total-charges' }));
  }
  rows.push(row(t('documents.totals.net'), totals.netTotal, { testId: 'total-net' }));
  rows.push(row(t('documents.totals.vat'), totals.vatTotal, { testId: 'total-vat' }));
  rows.push(
    row(t('documents.totals.gross'), totals.grossTotal, { strong: true, testId: 'total-gross' }),
  );
  if (totals.prepaid !== 0) rows.push(row(t('documents.totals.prepaid'), totals.prepaid));
  if (totals.roundingAmount !== 0)
    rows.push(row(t('documents.totals.rounding'), totals.roundingAmount));
  if (totals.prepaid !== 0 || totals.roundingAmount !== 0) {
    rows.push(
      row(t('documents.totals.amountDue'), totals.amountDue, { strong: true, testId: 'total-due' }),
    );
  }
  for (const extra of extraRows)
    rows.push(row(extra.label, extra.amount, { strong: extra.strong ?? false }));

  return (
    <Box
      component="section"
      aria-label={title ?? t('documents.totals.title')}
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '3fr 2fr' }, alignItems: 'start' }}
    >
      <Box>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {t('documents.vatBreakdown.title')}
        </Typography>
        <Table size="small" aria-label={t('documents.vatBreakdown.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('field.vatCategory')}</TableCell>
              <TableCell align="right">{t('field.vatRate')}</TableCell>
              <TableCell align="right">{t('documents.vatBreakdown.taxable')}</TableCell>
              <TableCell align="right">{t('documents.vatBreakdown.vat')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {totals.vatGroups.length === 0 && (
              <TableRow>
                <TableCell colSpan={4}>{t('documents.vatBreakdown.empty')}</TableCell>
              </TableRow>
            )}
            {totals.vatGroups.map((group) => (
              <TableRow key={`${group.category}|${group.rate}`}>
                <TableCell>
                  {t(`vatCategory.${group.category}`)}
                  {group.exemptionReason && (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {group.exemptionReason}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  {t('documents.percent', { rate: decimal(group.rate) })}
                </TableCell>
                <TableCell align="right">{amount(group.taxableAmount)}</TableCell>
                <TableCell align="right">{amount(group.vatAmount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Box>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {t('documents.totals.title')}
        </Typography>
        <Table size="small" aria-label={t('documents.totals.title')}>
          <TableBody>{rows}</TableBody>
        </Table>
      </Box>
    </Box>
  );
}
