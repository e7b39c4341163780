import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { notify } from '../../app/notifications';
import { useFormatters } from '../../app/useFormatters';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import { deleteDraft } from '../../data/documentsRepository';
import { postDocument } from '../../data/postDocument';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { StatusChip } from './StatusChip';
import type { DraftEditor } from './useDraftEditor';

/**
 * The header of a draft credit note in the editor: the invoice it corrects, save, post and
 * delete. Posting saves first and asks; a refusal (it would credit more than is left, say)
 * leaves the draft as it is, with the reason at the top of the form and at the lines.
 */
export function CreditDraftActions({ editor }: { editor: DraftEditor }) {
  const db = getDb();
  const { money, date } = useFormatters();
  const { draft } = editor;
  const [confirming, setConfirming] = useState<'post' | 'delete' | null>(null);
  if (draft.kind !== 'creditNote') return null;
  const backToInvoice = () => navigate({ screen: 'invoice', id: draft.creditedInvoiceId });

  const startPost = async () => {
    // Saving first checks the draft against the schema; posting re-derives the credit.
    const stored = await editor.save({ quiet: true, keepRoute: true });
    if (stored) setConfirming('post');
  };

  const post = async () => {
    const result = await postDocument(db, draft.id, { today: today() });
    setConfirming(null);
    if (!result.ok) {
      editor.postRefused(result.error);
      return;
    }
    // The screen turns into the posted credit note as the stored document changes.
    notify(t('invoices.creditNote.posted', { number: result.value.number ?? '' }));
  };

  const remove = async () => {
    const result = await deleteDraft(db, draft.id);
    setConfirming(null);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    backToInvoice();
  };

  return (
    <>
      <PageHeader
        title={t('invoices.creditNote.draftTitle')}
        back={{ label: t('invoices.creditNote.backToInvoice'), onClick: backToInvoice }}
        subtitle={
          <Stack spacing={0.5} sx={{ mt: 0.5 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <StatusChip kind="invoice" status="draft" />
              {editor.totals && (
                <Typography variant="body2" data-testid="header-gross">
                  {t('documents.headerTotal', {
                    amount: money(editor.totals.grossTotal, draft.currency),
                  })}
                </Typography>
              )}
              {editor.dirty && (
                <Typography variant="body2" color="text.secondary">
                  {t('documents.unsaved')}
                </Typography>
              )}
            </Stack>
            <Typography variant="body2">
              <Link component="button" type="button" onClick={backToInvoice}>
                {t('invoices.creditNote.corrects', {
                  number: draft.creditedInvoiceNumber,
                  date: date(draft.creditedInvoiceDate),
                })}
              </Link>
            </Typography>
          </Stack>
        }
        actions={
          <>
            <Button type="submit" variant="outlined" disabled={editor.busy}>
              {t('documents.saveDraft')}
            </Button>
            <Button variant="contained" onClick={() => void startPost()} disabled={editor.busy}>
              {t('invoices.creditNote.post')}
            </Button>
            <Button color="error" onClick={() => setConfirming('delete')} disabled={editor.busy}>
              {t('invoices.creditNote.delete')}
            </Button>
          </>
        }
      />
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
