import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { InvoiceStatus } from '../../../shared/documents/invoiceStates';
import type { QuoteStatus } from '../../../shared/documents/quoteStates';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { useFormatters } from '../../app/useFormatters';
import type { StoredDocument } from '../../data/db';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { invoiceShownStatus } from '../documents/documentStatus';
import { StatusChip } from '../documents/StatusChip';

const KIND_NAMES: Record<StoredDocument['kind'], MessageKey> = {
  invoice: 'dashboard.kind.invoice',
  quote: 'dashboard.kind.quote',
  creditNote: 'dashboard.kind.creditNote',
};

function open(doc: StoredDocument) {
  // Credit notes open on the invoice route, by their own id.
  navigate({ screen: doc.kind === 'quote' ? 'quote' : 'invoice', id: doc.id });
}

/** The documents changed last, of any kind; each opens with a click. */
export function RecentDocuments({
  docs,
  today,
}: {
  docs: readonly StoredDocument[];
  today: IsoDate;
}) {
  const { money, date } = useFormatters();
  return (
    <Table size="small" aria-label={t('dashboard.recent.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('dashboard.recent.document')}</TableCell>
          <TableCell>{t('documents.list.customer')}</TableCell>
          <TableCell align="right">{t('documents.list.total')}</TableCell>
          <TableCell>{t('documents.list.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {docs.length === 0 && (
          <TableRow>
            <TableCell colSpan={4}>{t('dashboard.recent.empty')}</TableCell>
          </TableRow>
        )}
        {docs.map((doc) => {
          const kind = t(KIND_NAMES[doc.kind]);
          const number = doc.number ?? t('documents.list.draftName');
          return (
            <TableRow key={doc.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link
                  component="button"
                  type="button"
                  onClick={() => open(doc)}
                  aria-label={`${kind} ${number}`}
                >
                  {number}
                </Link>
                <Typography variant="caption" component="div" color="text.secondary">
                  {t('dashboard.recent.kindAndDate', { kind, date: date(doc.issueDate) })}
                </Typography>
              </TableCell>
              <TableCell>{doc.customerName}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {money(doc.grossTotal, doc.currency)}
              </TableCell>
              <TableCell>
                {doc.kind === 'quote' ? (
                  <StatusChip kind="quote" status={doc.status as QuoteStatus} />
                ) : (
                  <StatusChip
                    kind="invoice"
                    status={
                      doc.kind === 'invoice'
                        ? invoiceShownStatus(
                            {
                              status: doc.status as InvoiceStatus,
                              dueDate: doc.dueDate,
                              balance: doc.balance,
                            },
                            today,
                          )
                        : doc.status === 'draft'
                          ? 'draft'
                          : 'open'
                    }
                  />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
