import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useFormatters } from '../../app/useFormatters';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { today } from '../../data/clock';
import { cancelInvoice } from '../../data/creditNotesRepository';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { CreateCreditNoteDialog } from './CreateCreditNoteDialog';

/**
 * The credit notes that correct a posted invoice (drafts too, so one started is found again),
 * with "Create credit note" and, while nothing is credited yet, "Cancel invoice".
 */
export function CreditNotesSection({ invoice }: { invoice: StoredDocument }) {
  const { money, date } = useFormatters();
  const notes = useLiveQuery(
    () => getDb().documents.where('creditedInvoiceId').equals(invoice.id).sortBy('createdAt'),
    [invoice.id],
    [],
  );
  const [creating, setCreating] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const open = invoice.status !== 'cancelled' && invoice.status !== 'draft';
  const credited = notes.some((note) => note.status !== 'draft');

  const cancel = async () => {
    const result = await cancelInvoice(getDb(), invoice.id, { today: today() });
    setCancelling(false);
    if (!result.ok) notify(result.error.message, 'error');
    else notify(t('invoices.cancel.done', { number: result.value.creditNote.number ?? '' }));
  };

  return (
    <FormSection
      title={t('invoices.view.creditNotes')}
      actions={
        open && (
          <Stack direction="row" spacing={1}>
            {!credited && (
              <Button color="error" onClick={() => setCancelling(true)}>
                {t('invoices.cancel')}
              </Button>
            )}
            <Button onClick={() => setCreating(true)}>{t('invoices.creditNote.create')}</Button>
          </Stack>
        )
      }
    >
      {notes.length === 0 ? (
        <Typography color="text.secondary">{t('invoices.view.creditNotes.empty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('invoices.view.creditNotes')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('invoices.creditNotes.col.number')}</TableCell>
              <TableCell>{t('invoices.creditNotes.col.date')}</TableCell>
              <TableCell align="right">{t('invoices.creditNotes.col.amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {notes.map((note) => (
              <TableRow key={note.id}>
                <TableCell>
                  <Link
                    component="button"
                    type="button"
                    onClick={() => navigate({ screen: 'invoice', id: note.id })}
                  >
                    {note.number ?? t('invoices.creditNotes.draft')}
                  </Link>
                </TableCell>
                <TableCell>{date(note.issueDate)}</TableCell>
                <TableCell align="right">{money(note.grossTotal, note.currency)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {creating && <CreateCreditNoteDialog invoice={invoice} onClose={() => setCreating(false)} />}
      <ConfirmDialog
        open={cancelling}
        title={t('invoices.cancel.title')}
        message={t('invoices.cancel.message', {
          amount: money(invoice.grossTotal, invoice.currency),
        })}
        confirmLabel={t('invoices.cancel')}
        destructive
        onConfirm={cancel}
        onCancel={() => setCancelling(false)}
      />
    </FormSection>
  );
}
