import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CreditNote } from '../../../shared/schemas/document';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { useFormatters } from '../../app/useFormatters';
import { LoadingScreen } from '../../components/LoadingScreen';
import { PageHeader } from '../../components/PageHeader';
import { priorCreditsOf } from '../../data/creditNotePosting';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { getDocument } from '../../data/documentsRepository';
import { toSalesDocument } from '../../data/storedDocument';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import type { CreditContext } from '../documents/creditDraft';
import { DocumentEditor } from '../documents/DocumentEditor';
import { EInvoiceExport } from '../documents/EInvoiceExport';
import { FacturXExport } from '../documents/FacturXExport';
import { FinalDocumentBody } from '../documents/FinalDocumentBody';

/**
 * A credit note, opened by its id on the invoice route. A draft opens in the document
 * editor: dates, notes, and the invoice lines it credits with their quantities, its figures
 * derived live against the credit notes posted so far. Once posted it is shown as frozen.
 */
export function CreditNoteScreen({
  doc,
  settings,
}: {
  doc: StoredDocument & CreditNote;
  settings: BusinessSettings;
}) {
  return doc.status === 'draft' ? (
    <CreditNoteDraft doc={doc} settings={settings} />
  ) : (
    <PostedCreditNote doc={doc} />
  );
}

/** The invoice a draft corrects and the credits posted against it, as the editor needs them. */
async function creditContextOf(doc: StoredDocument & CreditNote): Promise<CreditContext | null> {
  const db = getDb();
  const invoice = await getDocument(db, doc.creditedInvoiceId);
  if (!invoice || invoice.kind !== 'invoice' || !invoice.posted) return null;
  return { invoice, priorCredits: await priorCreditsOf(db, invoice, doc.id) };
}

function CreditNoteDraft({
  doc,
  settings,
}: {
  doc: StoredDocument & CreditNote;
  settings: BusinessSettings;
}) {
  // Live: a credit note posted meanwhile for the same invoice changes what is left here.
  const credit = useLiveQuery(() => creditContextOf(doc), [doc.id, doc.creditedInvoiceId]);
  if (credit === undefined) return <LoadingScreen />;
  if (credit === null) {
    return <Alert severity="warning">{t('documents.credit.invoiceGone')}</Alert>;
  }
  // Keyed by id: the editor reads the stored draft once and then owns what is typed.
  return (
    <DocumentEditor
      key={doc.id}
      initial={toSalesDocument(doc)}
      isNew={false}
      settings={settings}
      onFinal={() => undefined}
      credit={credit}
    />
  );
}

function PostedCreditNote({ doc }: { doc: StoredDocument & CreditNote }) {
  const { date } = useFormatters();
  const backToInvoice = () => navigate({ screen: 'invoice', id: doc.creditedInvoiceId });
  return (
    <>
      <PageHeader
        title={t('invoices.creditNote.title', { number: doc.number ?? '' })}
        back={{ label: t('invoices.creditNote.backToInvoice'), onClick: backToInvoice }}
      />
      <Typography variant="body2" sx={{ mb: 2 }}>
        <Link component="button" type="button" onClick={backToInvoice}>
          {t('invoices.creditNote.corrects', {
            number: doc.creditedInvoiceNumber,
            date: date(doc.creditedInvoiceDate),
          })}
        </Link>
      </Typography>
      <FinalDocumentBody doc={doc} />
      <EInvoiceExport doc={doc} />
      <FacturXExport doc={doc} />
    </>
  );
}
