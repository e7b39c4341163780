import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { CurrencyCode } from '../../../shared/money/currencies';
import type { DocumentLine } from '../../../shared/schemas/documentLine';
import type { LineAmounts } from '../../../shared/totals/lineAmounts';
import { useFormatters } from '../../app/useFormatters';
import { unitName } from '../../components/fields/choices';
import { t } from '../../i18n/t';

/** The lines of a posted document, read-only, with the figures frozen at posting. */
export function LinesTable({
  lines,
  amounts,
  currency,
}: {
  lines: readonly DocumentLine[];
  amounts: readonly LineAmounts[];
  currency: CurrencyCode;
}) {
  const { money, decimal } = useFormatters();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('documents.section.lines')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('documents.lines.position')}</TableCell>
            <TableCell>{t('documents.line.description')}</TableCell>
            <TableCell align="right">{t('documents.line.quantity')}</TableCell>
            <TableCell>{t('field.unit')}</TableCell>
            <TableCell align="right">{t('documents.line.unitPrice')}</TableCell>
            <TableCell align="right">{t('documents.line.discount')}</TableCell>
            <TableCell align="right">{t('field.vatRate')}</TableCell>
            <TableCell align="right">{t('documents.lines.net')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line, index) => {
            const figures = amounts[index];
            return (
              <TableRow key={line.id}>
                <TableCell>{index + 1}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-line' }}>{line.description}</TableCell>
                <TableCell align="right">{decimal(line.quantity)}</TableCell>
                <TableCell>{unitName(line.unit)}</TableCell>
                <TableCell align="right">
                  {decimal(line.unitPrice, { minFractionDigits: 2 })}
                </TableCell>
                <TableCell align="right">
                  {figures && figures.allowanceTotal !== 0
                    ? money(figures.allowanceTotal, currency)
                    : ''}
                </TableCell>
                <TableCell align="right">
                  {t('documents.percent', { rate: decimal(line.vatRate) })}
                </TableCell>
                <TableCell align="right">{figures ? money(figures.net, currency) : ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
