import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { encodeBase64 } from '../../../shared/contract/base64';
import type { IpcError } from '../../../shared/contract/ipcError';
import type { EInvoiceProblem } from '../../../shared/einvoice/eInvoiceProblems';
import { isPostedDocument, type PostedDocument } from '../../../shared/pdf/documentPdfInput';
import { err, ok, type Result } from '../../../shared/result';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { useSettings } from '../../app/useSettings';
import { FormSection } from '../../components/FormSection';
import { getCustomer } from '../../data/customersRepository';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { recordFailedSend, recordSend } from '../../data/sendLog';
import { toSalesDocument } from '../../data/storedDocument';
import { t } from '../../i18n/t';
import { makeFacturXPdfInWorker } from '../../pdf/facturX/facturXClient';
import { facturXFileName, facturXXml } from '../../pdf/facturX/facturXInvoice';
import { call } from '../../platform/invoicerApi';
import { documentPdf, documentPdfFileName, loadPdfResult } from './documentPdf';
import { EInvoiceProblemList } from './EInvoiceProblemList';
import { OutError } from './OutError';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'refused'; problems: EInvoiceProblem[] }
  | { kind: 'done'; path: string }
  | { kind: 'failed'; error: IpcError };

type Made = { name: string; bytes: Uint8Array };

/**
 * The Factur-X PDF of a posted document: the e-invoice checks first (refused with their
 * problems), then the document's own PDF (the cached one Preview and Export PDF use) with
 * the CII XML embedded, in the Factur-X worker.
 */
async function makeFacturX(
  doc: StoredDocument,
  posted: PostedDocument,
  settings: BusinessSettings,
): Promise<Result<Made, EInvoiceProblem[] | IpcError>> {
  // The live customer, read now: addresses added since the last render count.
  const customer = await getCustomer(getDb(), doc.customerId);
  const pdfName = documentPdfFileName(doc);
  const xml = facturXXml(posted, customer, settings.company, pdfName);
  if (!xml.ok) return err(xml.error.problems);
  const date = new Date(posted.posted.postedAt);
  const made = await loadPdfResult(async () =>
    makeFacturXPdfInWorker(await documentPdf(doc, settings), xml.value, { date }),
  );
  return made.ok ? ok({ name: facturXFileName(pdfName), bytes: made.value }) : made;
}

/**
 * "Export Factur-X PDF" on a posted invoice or credit note: one file that a person reads as
 * the invoice's PDF and software reads as its EN 16931 e-invoice (CII, `factur-x.xml`).
 * Runs the e-invoice export's checks and lists what is missing instead of writing a file.
 * Renders nothing for drafts and quotes.
 */
export function FacturXExport({ doc }: { doc: StoredDocument }) {
  const settings = useSettings();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [showError, setShowError] = useState<IpcError | null>(null);
  const posted = useMemo(() => {
    const sales = toSalesDocument(doc);
    return sales.kind !== 'quote' && isPostedDocument(sales) ? sales : null;
  }, [doc]);
  if (!posted) return null;

  const run = async () => {
    if (!settings) return;
    setState({ kind: 'busy' });
    setShowError(null);
    const made = await makeFacturX(doc, posted, settings);
    if (!made.ok) {
      setState(
        Array.isArray(made.error)
          ? { kind: 'refused', problems: made.error }
          : { kind: 'failed', error: made.error },
      );
      return;
    }
    const { name, bytes } = made.value;
    const reply = await call('files.exportPdf', {
      suggestedName: name,
      pdfBase64: encodeBase64(bytes),
      documentId: doc.id,
    });
    if (!reply.ok) {
      // Closing the save dialog is a change of mind, not a failed send.
      if (reply.error.code === 'CANCELLED') {
        setState({ kind: 'idle' });
        return;
      }
      await recordFailedSend(getDb(), doc.id, 'pdf', name, reply.error);
      setState({ kind: 'failed', error: reply.error });
      return;
    }
    await recordSend(getDb(), {
      documentId: doc.id,
      channel: 'pdf',
      target: reply.value.path,
      outcome: 'sent',
    });
    setState({ kind: 'done', path: reply.value.path });
  };

  const showInFolder = async (path: string) => {
    const reply = await call('files.showInFolder', { path });
    setShowError(reply.ok ? null : reply.error);
  };

  const busy = state.kind === 'busy';
  return (
    <FormSection
      title={t('facturX.title')}
      description={t('facturX.description')}
      actions={
        <Button
          variant="outlined"
          onClick={() => void run()}
          disabled={busy || !settings}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {busy ? t('facturX.exporting') : t('facturX.export')}
        </Button>
      }
    >
      <Stack spacing={2}>
        {state.kind === 'refused' && (
          <EInvoiceProblemList
            problems={state.problems}
            customerId={doc.customerId}
            title={
              state.problems.length === 1
                ? t('facturX.refused.one')
                : t('facturX.refused.many', { count: state.problems.length })
            }
            role="alert"
            testId="facturx-problems"
            listLabel={t('facturX.problems')}
          />
        )}
        {state.kind === 'done' && (
          <Alert
            severity="success"
            role="status"
            onClose={() => setState({ kind: 'idle' })}
            action={
              <Button color="inherit" size="small" onClick={() => void showInFolder(state.path)}>
                {t('documents.out.showInFolder')}
              </Button>
            }
          >
            {t('facturX.exported', { path: state.path })}
          </Alert>
        )}
        {state.kind === 'failed' && (
          <OutError
            error={state.error}
            action={
              <Button color="inherit" size="small" onClick={() => void run()}>
                {t('common.tryAgain')}
              </Button>
            }
          />
        )}
        {showError !== null && <OutError error={showError} />}
      </Stack>
    </FormSection>
  );
}
