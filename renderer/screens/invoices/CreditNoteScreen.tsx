import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CreditNote } from '../../../shared/schemas/document';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { useFormatters } from '../../app/useFormatters';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { deleteDraft, liveTotals } from '../../data/documentsRepository';
import { postDocument } from '../../data/postDocument';
import { toSalesDocument } from '../../data/storedDocument';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { FinalDocumentBody } from '../documents/FinalDocumentBody';
import { LinesTable } from '../documents/LinesTable';
import { TotalsPanel } from '../documents/TotalsPanel';

/**
 * A credit note, opened by its id on the invoice route. Its lines come from the invoice it
 * corrects (chosen in the "Create credit note" dialog), so the draft is shown read-only with
 * post and delete; once posted it is shown as frozen.
 */
export function CreditNoteScreen({
  doc,
  settings,
}: {
  doc: StoredDocument & CreditNote;
  settings: BusinessSettings;
}) {
  const { date } = useFormatters();
  const [confirming, setConfirming] = useState<'post' | 'delete' | null>(null);
  const invoiceId = doc.creditedInvoiceId;
  const backToInvoice = () => navigate({ screen: 'invoice', id: invoiceId });
  const draft = doc.status === 'draft';
  const post = async () => {
    const result = await postDocument(getDb(), doc.id, { today: today() });
    setConfirming(null);
    if (!result.ok) notify(result.error.message, 'error');
    else notify(t('invoices.creditNote.posted', { number: result.value.number ?? '' }));
  };
  const remove = async () => {
    const result = await deleteDraft(getDb(), doc.id);
    setConfirming(null);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    backToInvoice();
  };
  const totals = draft ? liveTotals(toSalesDocument(doc), settings.vatMode) : null;
  return (
    <>
      <PageHeader
        title={
          draft
            ? t('invoices.creditNote.draftTitle')
            : t('invoices.creditNote.title', { number: doc.number ?? '' })
        }
        back={{ label: t('invoices.creditNote.backToInvoice'), onClick: backToInvoice }}
        actions={
          draft && (
            <>
              <Button color="error" onClick={() => setConfirming('delete')}>
                {t('invoices.creditNote.delete')}
              </Button>
              <Button variant="contained" onClick={() => setConfirming('post')}>
                {t('invoices.creditNote.post')}
              </Button>
            </>
          )
        }
      />
      <Typography variant="body2" sx={{ mb: 2 }}>
        <Link component="button" type="button" onClick={backToInvoice}>
          {t('invoices.creditNote.corrects', {
            number: doc.creditedInvoiceNumber,
            date: date(doc.creditedInvoiceDate),
          })}
        </Link>
      </Typography>
      {totals ? (
        <>
          <Alert severity="info" sx={{ mb: 3 }}>
            {t('invoices.creditNote.draftInfo')}
          </Alert>
          <LinesTable lines={doc.lines} amounts={totals.lines} currency={doc.currency} />
          <TotalsPanel totals={totals} />
        </>
      ) : (
        <FinalDocumentBody doc={doc} />
      )}
      <ConfirmDialog
        open={confirming === 'post'}
        title={t('invoices.creditNote.post.title')}
        message={t('invoices.creditNote.post.message')}
        confirmLabel={t('invoices.creditNote.post')}
        destructive
        onConfirm={post}
        onCancel={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'delete'}
        title={t('invoices.creditNote.delete.title')}
        message={t('invoices.creditNote.delete.message')}
        confirmLabel={t('invoices.creditNote.delete')}
        destructive
        onConfirm={remove}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
