import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { notify } from '../../app/notifications';
import { useFormatters } from '../../app/useFormatters';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import { deleteDraft, duplicateDocument } from '../../data/documentsRepository';
import { postDocument } from '../../data/postDocument';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { PostDialog } from './PostDialog';
import { replaceRoute } from './replaceRoute';
import { StatusChip } from './StatusChip';
import type { DraftEditor } from './useDraftEditor';

/**
 * The header of the draft editor with its actions: save, post (send), duplicate, use
 * current prices, delete. Posting and deleting ask first.
 */
export function DraftActions({
  editor,
  isNew,
  onFinal,
}: {
  editor: DraftEditor;
  isNew: boolean;
  onFinal: () => void;
}) {
  const db = getDb();
  const { money } = useFormatters();
  const { draft } = editor;
  // Credit notes have CreditDraftActions; this header is an invoice's or a quote's.
  const kind = draft.kind === 'quote' ? 'quote' : 'invoice';
  const list = kind === 'invoice' ? 'invoices' : 'quotes';
  const [posting, setPosting] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const startPost = async () => {
    // Saving first checks the draft against the schema; posting checks the business rules.
    const stored = await editor.save({ quiet: true, keepRoute: true });
    if (stored) setPosting(true);
  };

  const post = async (manualNumber: string | undefined) => {
    const result = await postDocument(db, draft.id, { today: today(), manualNumber });
    setPosting(false);
    if (!result.ok) {
      // The messages belong to this form: it stays mounted (also at #/…/new) to show them.
      editor.postRefused(result.error);
      return;
    }
    notify(
      t(kind === 'invoice' ? 'documents.post.done' : 'quotes.send.done', {
        number: result.value.number ?? '',
      }),
    );
    if (isNew) replaceRoute({ screen: kind, id: draft.id });
    else onFinal();
  };

  const duplicate = async () => {
    const stored = await editor.ensureSaved();
    if (!stored) return;
    const result = await duplicateDocument(db, stored.id);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    notify(t('documents.duplicated'));
    navigate({ screen: kind, id: result.value.id });
  };

  const remove = async () => {
    const result = await deleteDraft(db, draft.id);
    setDeleting(false);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    notify(t('documents.deleted'));
    navigate({ screen: list });
  };

  const title =
    isNew && !editor.saved
      ? t(kind === 'invoice' ? 'invoices.new.title' : 'quotes.new.title')
      : t(kind === 'invoice' ? 'invoices.draft.title' : 'quotes.draft.title');

  return (
    <>
      <PageHeader
        title={title}
        back={{
          label: t(kind === 'invoice' ? 'invoices.backToList' : 'quotes.backToList'),
          onClick: () => navigate({ screen: list }),
        }}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
            <StatusChip kind="invoice" status="draft" />
            {editor.totals && (
              <Typography variant="body2" data-testid="header-gross">
                {t('documents.headerTotal', {
                  amount: money(editor.totals.grossTotal, draft.currency),
                })}
              </Typography>
            )}
            {(editor.dirty || !editor.saved) && (
              <Typography variant="body2" color="text.secondary">
                {t('documents.unsaved')}
              </Typography>
            )}
          </Stack>
        }
        actions={
          <>
            <Button type="submit" variant="outlined" disabled={editor.busy}>
              {t('documents.saveDraft')}
            </Button>
            <Button variant="contained" onClick={() => void startPost()} disabled={editor.busy}>
              {t(kind === 'invoice' ? 'documents.post' : 'quotes.send')}
            </Button>
            <Button onClick={() => void duplicate()} disabled={editor.busy}>
              {t('documents.duplicate')}
            </Button>
            <Button onClick={() => void editor.refreshPrices()} disabled={editor.busy}>
              {t('documents.useCurrentPrices')}
            </Button>
            {editor.saved && (
              <Button color="error" onClick={() => setDeleting(true)} disabled={editor.busy}>
                {t('documents.deleteDraft')}
              </Button>
            )}
          </>
        }
      />
      <PostDialog
        open={posting}
        kind={kind}
        onConfirm={post}
        onCancel={() => {
          setPosting(false);
          editor.showStored();
        }}
      />
      <ConfirmDialog
        open={deleting}
        title={t('documents.delete.title')}
        message={t('documents.delete.message')}
        confirmLabel={t('documents.deleteDraft')}
        destructive
        onConfirm={remove}
        onCancel={() => setDeleting(false)}
      />
    </>
  );
}
