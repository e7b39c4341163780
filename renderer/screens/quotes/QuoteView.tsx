import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  allowedQuoteActions,
  isQuoteExpired,
  type QuoteStatus,
} from '../../../shared/documents/quoteStates';
import { notify } from '../../app/notifications';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import type { DataResult } from '../../data/dataError';
import type { StoredDocument } from '../../data/db';
import { duplicateDocument } from '../../data/documentsRepository';
import {
  acceptQuote,
  convertQuoteToInvoice,
  declineQuote,
  markQuoteExpired,
} from '../../data/quotesRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { FinalDocumentBody } from '../documents/FinalDocumentBody';
import { SendHistorySection } from '../documents/SendHistorySection';
import { StatusChip } from '../documents/StatusChip';
import { useDocumentActions } from '../documents/useDocumentActions';

/**
 * A sent quote, read-only, with what can happen to it next: accepted, declined or marked
 * expired; an accepted quote converts to a draft invoice, which opens at once. Its PDF can
 * be previewed, exported, printed and mailed like an invoice's.
 */
export function QuoteView({ doc }: { doc: StoredDocument }) {
  const db = getDb();
  const [busy, setBusy] = useState(false);
  const out = useDocumentActions(doc);
  const status = doc.status as QuoteStatus;
  const allowed = allowedQuoteActions(status);
  const validUntil = doc.kind === 'quote' ? doc.validUntil : null;
  const convertedInvoiceId = doc.kind === 'quote' ? doc.convertedInvoiceId : null;

  const run = async (action: () => Promise<DataResult<unknown>>, done: string) => {
    setBusy(true);
    try {
      const result = await action();
      if (!result.ok) notify(result.error.message, 'error');
      else notify(done);
      return result;
    } finally {
      setBusy(false);
    }
  };

  const convert = async () => {
    const result = await run(() => convertQuoteToInvoice(db, doc.id), t('quotes.converted'));
    if (result.ok) {
      const { invoice } = result.value as { invoice: StoredDocument };
      navigate({ screen: 'invoice', id: invoice.id });
    }
  };

  const duplicate = async () => {
    const result = await run(() => duplicateDocument(db, doc.id), t('documents.duplicated'));
    if (result.ok) navigate({ screen: 'quote', id: (result.value as StoredDocument).id });
  };

  return (
    <>
      <PageHeader
        title={t('quotes.view.title', { number: doc.number ?? '' })}
        back={{ label: t('quotes.backToList'), onClick: () => navigate({ screen: 'quotes' }) }}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
            <StatusChip kind="quote" status={status} />
            <Typography variant="body2">{doc.customerName}</Typography>
          </Stack>
        }
        actions={
          <>
            {allowed.includes('convert') && (
              <Button variant="contained" disabled={busy} onClick={() => void convert()}>
                {t('quotes.convert')}
              </Button>
            )}
            {allowed.includes('accept') && (
              <Button
                variant="contained"
                disabled={busy}
                onClick={() => void run(() => acceptQuote(db, doc.id), t('quotes.accepted'))}
              >
                {t('quotes.accept')}
              </Button>
            )}
            {allowed.includes('decline') && (
              <Button
                variant="outlined"
                disabled={busy}
                onClick={() => void run(() => declineQuote(db, doc.id), t('quotes.declined'))}
              >
                {t('quotes.decline')}
              </Button>
            )}
            {allowed.includes('expire') && (
              <Button
                variant="outlined"
                disabled={busy}
                onClick={() =>
                  void run(() => markQuoteExpired(db, doc.id), t('quotes.expiredDone'))
                }
              >
                {t('quotes.markExpired')}
              </Button>
            )}
            {out.buttons}
            <Button disabled={busy} onClick={() => void duplicate()}>
              {t('documents.duplicate')}
            </Button>
          </>
        }
      />
      {out.panel}
      {validUntil !== null && isQuoteExpired({ status, validUntil }, today()) && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('quotes.view.pastValidity')}
        </Alert>
      )}
      {convertedInvoiceId && (
        <Alert severity="success" sx={{ mb: 2 }}>
          <Link
            component="button"
            type="button"
            onClick={() => navigate({ screen: 'invoice', id: convertedInvoiceId })}
          >
            {t('quotes.view.openInvoice')}
          </Link>
        </Alert>
      )}
      <FinalDocumentBody doc={doc} />
      <SendHistorySection documentId={doc.id} />
    </>
  );
}
