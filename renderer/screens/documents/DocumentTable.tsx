import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ReactNode } from 'react';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { useFormatters } from '../../app/useFormatters';
import type { StoredDocument } from '../../data/db';
import type { DocumentSort, DocumentSortField } from '../../data/documentQueries';
import { t } from '../../i18n/t';

export type DocumentTableProps = {
  /** The table's accessible name, e.g. "Invoices". */
  label: string;
  rows: readonly StoredDocument[];
  sort: DocumentSort;
  onSort: (field: DocumentSortField) => void;
  /** The heading and value of the second date column (due date, valid until). */
  secondDate: {
    label: string;
    of: (row: StoredDocument) => IsoDate | null;
    /** Only the due date has a sort index; a quote's valid-until date has none. */
    sortable: boolean;
  };
  status: (row: StoredDocument) => ReactNode;
  onOpen: (row: StoredDocument) => void;
  /** Checkboxes for batch actions; omitted where a list has none. */
  selection?: {
    selected: readonly string[];
    toggle: (id: string) => void;
    setSelected: (ids: string[]) => void;
  };
  empty: string;
};

/** A page of documents with sortable columns; the number opens the document. */
export function DocumentTable({
  label,
  rows,
  sort,
  onSort,
  secondDate,
  status,
  onOpen,
  selection,
  empty,
}: DocumentTableProps) {
  const { money, date } = useFormatters();
  const header = (field: DocumentSortField, text: string, align: 'left' | 'right' = 'left') => (
    <TableCell align={align} sortDirection={sort.by === field ? sort.direction : false}>
      <TableSortLabel
        active={sort.by === field}
        direction={sort.by === field ? sort.direction : 'asc'}
        onClick={() => onSort(field)}
      >
        {text}
      </TableSortLabel>
    </TableCell>
  );
  const pageIds = rows.map((row) => row.id);
  const selectedOnPage = selection ? pageIds.filter((id) => selection.selected.includes(id)) : [];
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {selection && (
              <TableCell padding="checkbox">
                <Checkbox
                  checked={rows.length > 0 && selectedOnPage.length === rows.length}
                  indeterminate={selectedOnPage.length > 0 && selectedOnPage.length < rows.length}
                  onChange={(event) =>
                    selection.setSelected(
                      event.target.checked
                        ? [...new Set([...selection.selected, ...pageIds])]
                        : selection.selected.filter((id) => !pageIds.includes(id)),
                    )
                  }
                  slotProps={{ input: { 'aria-label': t('documents.list.selectPage') } }}
                />
              </TableCell>
            )}
            {header('number', t('documents.list.number'))}
            {header('customer', t('documents.list.customer'))}
            {header('issueDate', t('documents.issueDate'))}
            {secondDate.sortable ? (
              header('dueDate', secondDate.label)
            ) : (
              <TableCell>{secondDate.label}</TableCell>
            )}
            {header('total', t('documents.list.total'), 'right')}
            <TableCell>{t('documents.list.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={selection ? 7 : 6}>{empty}</TableCell>
            </TableRow>
          )}
          {rows.map((row) => {
            const name = row.number ?? t('documents.list.draftName');
            const second = secondDate.of(row);
            return (
              <TableRow
                key={row.id}
                hover
                selected={selection?.selected.includes(row.id) ?? false}
                onClick={() => onOpen(row)}
                sx={{ cursor: 'pointer' }}
              >
                {selection && (
                  <TableCell padding="checkbox" onClick={(event) => event.stopPropagation()}>
                    <Checkbox
                      checked={selection.selected.includes(row.id)}
                      onChange={() => selection.toggle(row.id)}
                      slotProps={{
                        input: {
                          'aria-label': t('documents.list.select', {
                            name: `${name} ${row.customerName}`.trim(),
                          }),
                        },
                      }}
                    />
                  </TableCell>
                )}
                <TableCell>
                  <Link
                    component="button"
                    type="button"
                    onClick={(event: React.MouseEvent) => {
                      event.stopPropagation();
                      onOpen(row);
                    }}
                  >
                    {name}
                  </Link>
                </TableCell>
                <TableCell>{row.customerName || t('documents.list.noCustomer')}</TableCell>
                <TableCell>{date(row.issueDate)}</TableCell>
                <TableCell>{second ? date(second) : ''}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {money(row.grossTotal, row.currency)}
                </TableCell>
                <TableCell>{status(row)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
