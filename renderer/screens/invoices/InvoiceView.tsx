import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InvoiceStatus } from '../../../shared/documents/invoiceStates';
import { refundOwedSplit } from '../../../shared/payments/settleRefundOwed';
import { useFormatters } from '../../app/useFormatters';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { duplicateDocument } from '../../data/documentsRepository';
import { keepRefundAsCredit } from '../../data/refundsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { invoiceShownStatus } from '../documents/documentStatus';
import { FinalDocumentBody, PendingSection } from '../documents/FinalDocumentBody';
import { EInvoiceExport } from '../documents/EInvoiceExport';
import { FacturXExport } from '../documents/FacturXExport';
import { SendHistorySection } from '../documents/SendHistorySection';
import { StatusChip } from '../documents/StatusChip';
import { useDocumentActions } from '../documents/useDocumentActions';
import { CreditNotesSection } from './CreditNotesSection';
import { PaymentsSection } from './PaymentsSection';
import { RefundDialog } from './RefundDialog';

/**
 * A posted invoice, read-only: number, status, balance and the document as it was frozen.
 * Preview, export, print and e-mail of its PDF, and the send history of all of them.
 * Payments, credit notes and journal entries get their own sections, filled by the features
 * that record them. A credited invoice that had been paid shows the refund owed, as long as
 * some of it was paid here and so can be settled here.
 */
export function InvoiceView({ doc }: { doc: StoredDocument }) {
  const { money } = useFormatters();
  const out = useDocumentActions(doc);
  const status = invoiceShownStatus(
    { status: doc.status as InvoiceStatus, dueDate: doc.dueDate, balance: doc.balance },
    today(),
  );
  const duplicate = async () => {
    const result = await duplicateDocument(getDb(), doc.id);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    notify(t('documents.duplicated'));
    navigate({ screen: 'invoice', id: result.value.id });
  };
  const extraTotals = [
    ...(doc.paid !== 0 ? [{ label: t('invoices.view.paid'), amount: doc.paid }] : []),
    ...(doc.credited !== 0 ? [{ label: t('invoices.view.credited'), amount: doc.credited }] : []),
    { label: t('invoices.view.balance'), amount: doc.balance, strong: true },
  ];
  return (
    <>
      <PageHeader
        title={t('invoices.view.title', { number: doc.number ?? '' })}
        back={{ label: t('invoices.backToList'), onClick: () => navigate({ screen: 'invoices' }) }}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
            <StatusChip kind="invoice" status={status} />
            <Typography variant="body2">{doc.customerName}</Typography>
          </Stack>
        }
        actions={
          <>
            {out.buttons}
            <Button onClick={() => void duplicate()}>{t('documents.duplicate')}</Button>
          </>
        }
      />
      {out.panel}
      <Alert severity="info" sx={{ mb: 3 }}>
        {t('invoices.view.final')}
      </Alert>
      {doc.kind === 'invoice' && doc.sourceQuoteId && (
        <Typography variant="body2" sx={{ mb: 2 }}>
          <Link
            component="button"
            type="button"
            onClick={() => navigate({ screen: 'quote', id: doc.sourceQuoteId ?? '' })}
          >
            {t('invoices.view.fromQuote')}
          </Link>
        </Typography>
      )}
      <FinalDocumentBody
        doc={doc}
        facts={[
          {
            label: t('invoices.view.balance'),
            value: money(doc.balance, doc.currency),
            testId: 'invoice-balance',
          },
        ]}
        extraTotals={extraTotals}
      />
      {refundOwedSplit(doc).settleable > 0 && <RefundOwedLine invoice={doc} />}
      <PaymentsSection invoice={doc} />
      <CreditNotesSection invoice={doc} />
      <PendingSection title={t('invoices.view.journal')} empty={t('invoices.view.journal.empty')} />
      <SendHistorySection documentId={doc.id} />
      <EInvoiceExport doc={doc} />
      <FacturXExport doc={doc} />
    </>
  );
}

/**
 * What the trader owes back after crediting a (partly) paid invoice, with the two ways to
 * settle it: pay it back (a refund), or keep it as the customer's credit. Both settle only
 * what was paid here; a prepaid part of the refund owed is named as settled outside Invoicer.
 */
function RefundOwedLine({ invoice }: { invoice: StoredDocument }) {
  const { money } = useFormatters();
  const [refunding, setRefunding] = useState(false);
  const [keeping, setKeeping] = useState(false);
  const split = refundOwedSplit(invoice);
  const settleable = money(split.settleable, invoice.currency);
  const keep = async () => {
    try {
      // The amount the confirmation named, not whatever can be settled by the time it runs.
      const result = await keepRefundAsCredit(getDb(), invoice.id, {
        date: today(),
        amount: split.settleable,
      });
      if (!result.ok) notify(result.error.message, 'error');
      else notify(t('invoices.refund.keptAsCredit'));
    } finally {
      setKeeping(false);
    }
  };
  return (
    <Alert
      severity="warning"
      role="region"
      aria-label={t('invoices.refund.owedRegion')}
      sx={{ mb: 3 }}
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" onClick={() => setKeeping(true)}>
            {t('invoices.refund.keepAsCredit')}
          </Button>
          <Button color="inherit" variant="outlined" onClick={() => setRefunding(true)}>
            {t('invoices.refund.register')}
          </Button>
        </Stack>
      }
    >
      <Typography sx={{ fontWeight: 'bold' }} data-testid="refund-owed">
        {t('invoices.refund.owed', { amount: money(split.owed, invoice.currency) })}
      </Typography>
      <Typography variant="body2">{t('invoices.refund.owedExplained')}</Typography>
      {split.outside > 0 && (
        <Typography variant="body2" data-testid="refund-settled-outside">
          {t('invoices.refund.settledOutside', {
            settleable,
            outside: money(split.outside, invoice.currency),
          })}
        </Typography>
      )}
      {refunding && <RefundDialog invoice={invoice} onClose={() => setRefunding(false)} />}
      <ConfirmDialog
        open={keeping}
        title={t('invoices.refund.keepAsCredit.title')}
        message={t('invoices.refund.keepAsCredit.message', {
          amount: settleable,
          currency: invoice.currency,
        })}
        confirmLabel={t('invoices.refund.keepAsCredit')}
        onConfirm={keep}
        onCancel={() => setKeeping(false)}
      />
    </Alert>
  );
}
