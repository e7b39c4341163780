import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { IpcError } from '../../../shared/contract/ipcError';
import { checkEInvoice } from '../../../shared/einvoice/eInvoiceChecks';
import {
  EINVOICE_FORMATS,
  eInvoiceFormatRules,
  type EInvoiceFormat,
} from '../../../shared/einvoice/eInvoiceFormats';
import type { EInvoiceInput } from '../../../shared/einvoice/eInvoiceModel';
import { eInvoiceRouting } from '../../../shared/einvoice/eInvoiceRouting';
import { exportEInvoice } from '../../../shared/einvoice/exportEInvoice';
import { isPostedDocument } from '../../../shared/pdf/documentPdfInput';
import { useSettings } from '../../app/useSettings';
import { SelectField } from '../../components/fields/SelectField';
import { FormSection } from '../../components/FormSection';
import { getCustomer } from '../../data/customersRepository';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { toSalesDocument } from '../../data/storedDocument';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';
import { documentPdfFileName } from './documentPdf';
import { EInvoiceProblemList } from './EInvoiceProblemList';
import { OutError } from './OutError';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; path: string }
  | { kind: 'failed'; error: IpcError };

const FORMAT_OPTIONS = EINVOICE_FORMATS.map((format) => ({
  value: format,
  label: eInvoiceFormatRules(format).label,
}));

/**
 * "Export e-invoice" on a posted invoice or credit note: the format (the customer's
 * preferred one first), the business rules it breaks listed with links to the fields that
 * fix them, and the export through the files contract once nothing is missing. Renders
 * nothing for drafts and quotes.
 */
export function EInvoiceExport({ doc }: { doc: StoredDocument }) {
  const settings = useSettings();
  // null: the customer was deleted; the e-invoice then has no address or reference of theirs.
  const customer = useLiveQuery(() => getCustomer(getDb(), doc.customerId), [doc.customerId]);
  const [chosen, setChosen] = useState<EInvoiceFormat | ''>('');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const posted = useMemo(() => {
    const sales = toSalesDocument(doc);
    return sales.kind !== 'quote' && isPostedDocument(sales) ? sales : null;
  }, [doc]);
  const format: EInvoiceFormat = chosen || customer?.eInvoice?.format || 'peppol';
  const input = useMemo<EInvoiceInput | null>(() => {
    if (!posted || !settings || customer === undefined) return null;
    const routing = eInvoiceRouting(posted, format, customer, settings.company);
    return { document: posted, format, routing };
  }, [posted, settings, customer, format]);
  if (!posted) return null;

  const problems = input ? checkEInvoice(input) : [];
  const busy = state.kind === 'busy';
  const run = async () => {
    if (!input) return;
    const file = exportEInvoice(input, documentPdfFileName(doc));
    if (!file.ok) return; // the list above already says what is missing
    setState({ kind: 'busy' });
    const reply = await call('files.exportText', {
      suggestedName: file.value.fileName,
      kind: 'xml',
      content: file.value.xml,
    });
    if (reply.ok) setState({ kind: 'done', path: reply.value.path });
    else if (reply.error.code === 'CANCELLED') setState({ kind: 'idle' });
    else setState({ kind: 'failed', error: reply.error });
  };

  return (
    <FormSection title={t('einvoice.section')} description={t('einvoice.sectionHelp')}>
      <Stack spacing={2}>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ alignItems: 'flex-start' }}
        >
          <Box sx={{ minWidth: 280 }}>
            <SelectField
              id="einvoice-format"
              label={t('einvoice.format')}
              value={format}
              options={FORMAT_OPTIONS}
              onChange={(value) => {
                setChosen(value);
                setState({ kind: 'idle' });
              }}
              helperText={
                customer?.eInvoice?.format === format
                  ? t('einvoice.formatHelp.preferred')
                  : undefined
              }
              size="small"
            />
          </Box>
          <Button
            variant="contained"
            onClick={() => void run()}
            disabled={input === null || problems.length > 0 || busy}
          >
            {busy ? t('einvoice.exporting') : t('einvoice.export')}
          </Button>
        </Stack>
        {input === null && <Alert severity="info">{t('einvoice.checking')}</Alert>}
        {problems.length > 0 && (
          <EInvoiceProblemList
            problems={problems}
            customerId={doc.customerId}
            title={t('einvoice.problemsTitle')}
            help={t('einvoice.problemsHelp')}
            testId="einvoice-problems"
          />
        )}
        {state.kind === 'done' && (
          <Alert
            severity="success"
            role="status"
            onClose={() => setState({ kind: 'idle' })}
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => void call('files.showInFolder', { path: state.path })}
              >
                {t('documents.out.showInFolder')}
              </Button>
            }
          >
            {t('einvoice.exported', { path: state.path })}
          </Alert>
        )}
        {state.kind === 'failed' && <OutError error={state.error} />}
      </Stack>
    </FormSection>
  );
}
