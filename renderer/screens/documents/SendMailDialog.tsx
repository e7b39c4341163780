import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { encodeBase64 } from '../../../shared/contract/base64';
import type { IpcError } from '../../../shared/contract/ipcError';
import {
  DEFAULT_MAIL_ATTACHMENT,
  type MailAttachmentChoice,
} from '../../../shared/mail/mailingSettings';
import { isPostedDocument } from '../../../shared/pdf/documentPdfInput';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { notify } from '../../app/notifications';
import { useFormatters } from '../../app/useFormatters';
import { useSettings } from '../../app/useSettings';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { errorsByPath } from '../../components/forms/formIssues';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { recordFailedSend, recordSend } from '../../data/sendLog';
import { toSalesDocument } from '../../data/storedDocument';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { call } from '../../platform/invoicerApi';
import { makeFacturXPdfInWorker } from '../../pdf/facturX/facturXClient';
import { documentPdfFileName } from './documentPdf';
import { attachmentFilesResult, planAttachments } from './mailAttachments';
import { MailAttachmentsField } from './MailAttachmentsField';
import { initialMail, mailToSend, templateValuesFor, type MailDraft } from './mailDraft';
import { OutError } from './OutError';
import { useMailContext } from './useMailContext';

export type SendMailDialogProps = {
  open: boolean;
  doc: StoredDocument;
  loadPdf: () => Promise<Uint8Array>;
  onClose: () => void;
};

/**
 * Sends the document by e-mail: recipients, subject and text filled in from the customer,
 * its mailing settings and the message template, all editable; attached what the settings
 * say (the PDF, the e-invoice, both, or a Factur-X PDF), changeable for this mail. An
 * e-invoice the checks refuse is listed with links to the fields that fix it, and nothing
 * is sent. A failure keeps the dialog open with the reason and "Try again"; only a success
 * closes it. Both go into the send history; the document itself is never changed by sending.
 */
export function SendMailDialog(props: SendMailDialogProps) {
  // Mounted while open: every opening reads the customer, settings and accounts afresh.
  return props.open ? <SendMailContent {...props} /> : null;
}

function SendMailContent({ doc, loadPdf, onClose }: SendMailDialogProps) {
  const titleId = useId();
  const formatters = useFormatters();
  const business = useSettings();
  const loaded = useMailContext(doc);
  // Only a posted invoice or credit note has an e-invoice; a quote goes as its PDF.
  const posted = useMemo(() => {
    const sales = toSalesDocument(doc);
    return sales.kind !== 'quote' && isPostedDocument(sales) ? sales : null;
  }, [doc]);
  const initial = useMemo(
    () =>
      loaded.status === 'ready'
        ? initialMail(doc, loaded.context, templateValuesFor(doc, formatters))
        : null,
    [doc, loaded, formatters],
  );
  // What the person changed; until then the draft is the one made from the settings.
  const [edited, setEdited] = useState<MailDraft | null>(null);
  const draft = edited ?? initial?.draft ?? null;
  const notes = initial?.problems ?? [];
  const byPost = initial !== null && !initial.settings.sendByEmail;
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<IpcError | null>(null);
  const [sending, setSending] = useState(false);
  const fileName = documentPdfFileName(doc);
  const [chosenAttach, setChosenAttach] = useState<MailAttachmentChoice | null>(null);
  const attach = chosenAttach ?? initial?.settings.attach ?? DEFAULT_MAIL_ATTACHMENT;
  const plan = useMemo(
    () =>
      loaded.status === 'ready' && business
        ? planAttachments({
            attach,
            document: posted,
            customer: loaded.context.customer,
            company: business.company,
            pdfFileName: fileName,
          })
        : null,
    [attach, posted, loaded, business, fileName],
  );
  // The names the dialog shows and the send history keeps.
  const attachedNames = plan?.ok
    ? plan.value.files.map((file) => file.filename).join(', ')
    : fileName;

  const change = (part: Partial<MailDraft>) => {
    if (draft !== null) setEdited({ ...draft, ...part });
  };

  const send = async () => {
    // A refused e-invoice is listed in the dialog: nothing is made, nothing is sent.
    if (draft === null || plan === null || !plan.ok) return;
    setSending(true);
    setError(null);
    try {
      const files = await attachmentFilesResult(plan.value.files, {
        pdf: loadPdf,
        facturX: (pdf, xml, date) => makeFacturXPdfInWorker(pdf, xml, { date }),
      });
      if (!files.ok) {
        setError(files.error);
        return;
      }
      const mail = mailToSend(draft, files.value);
      if (!mail.ok) {
        setIssues(mail.error);
        return;
      }
      setIssues([]);
      const { to, cc, subject, text, accountId, attachments } = mail.value;
      const target = [...to, ...cc].join(', ');
      const reply = await call('mail.send', {
        accountId,
        to,
        cc,
        subject,
        text,
        attachments: attachments.map((file) => ({
          filename: file.filename,
          contentBase64: encodeBase64(file.content),
          contentType: file.contentType,
        })),
      });
      const db = getDb();
      if (!reply.ok) {
        await recordFailedSend(db, doc.id, 'email', target, reply.error);
        setError(reply.error);
        return;
      }
      const refused = reply.value.rejected;
      // The history says what went: which recipients refused, and which files were attached.
      const details = [
        ...(refused.length > 0
          ? [t('documents.out.mail.partlyRefused', { rejected: refused.join(', ') })]
          : []),
        t('documents.out.mail.attachment', { name: attachedNames }),
      ];
      await recordSend(db, {
        documentId: doc.id,
        channel: 'email',
        target: reply.value.accepted.length > 0 ? reply.value.accepted.join(', ') : target,
        outcome: 'sent',
        message: details.join(' '),
      });
      notify(t('documents.out.mail.sent', { recipients: target }));
      onClose();
    } finally {
      setSending(false);
    }
  };

  const errors = errorsByPath(issues);
  const accounts = loaded.status === 'ready' ? loaded.context.accounts : [];
  const noAccounts = loaded.status === 'ready' && accounts.length === 0;

  return (
    <Dialog
      open
      onClose={sending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {t('documents.out.mail.title', { number: doc.number ?? '' })}
      </DialogTitle>
      <DialogContent>
        {draft === null ? (
          <Typography role="status">{t('common.loading')}</Typography>
        ) : (
          <Stack
            component="form"
            aria-label={t('documents.out.mail.form')}
            noValidate
            spacing={2}
            sx={{ pt: 1 }}
            onSubmit={(event) => {
              event.preventDefault();
              void send();
            }}
          >
            {loaded.status === 'ready' && loaded.accountsError !== null && (
              <OutError error={loaded.accountsError} />
            )}
            {noAccounts && loaded.accountsError === null && (
              <Alert
                severity="warning"
                action={
                  <Link
                    component="button"
                    type="button"
                    onClick={() => navigate({ screen: 'settings' })}
                  >
                    {t('documents.out.mail.openSettings')}
                  </Link>
                }
              >
                {t('documents.out.mail.noAccount')}
              </Alert>
            )}
            {byPost && <Alert severity="info">{t('documents.out.mail.byPost')}</Alert>}
            {notes.map((note) => (
              <Alert key={note} severity="warning">
                {note}
              </Alert>
            ))}
            <SelectField
              label={t('documents.out.mail.account')}
              value={draft.accountId}
              options={accounts.map((account) => ({
                value: account.id,
                label: `${account.label} <${account.fromAddress}>`,
              }))}
              onChange={(accountId) => change({ accountId })}
              error={errors.accountId}
              disabled={sending}
              required
            />
            <TextInputField
              label={t('documents.out.mail.to')}
              value={draft.to}
              onChange={(to) => change({ to })}
              error={errors.to}
              helperText={t('documents.out.mail.addressesHelp')}
              disabled={sending}
              required
            />
            <TextInputField
              label={t('documents.out.mail.cc')}
              value={draft.cc}
              onChange={(cc) => change({ cc })}
              error={errors.cc}
              disabled={sending}
            />
            <TextInputField
              label={t('documents.out.mail.subject')}
              value={draft.subject}
              onChange={(subject) => change({ subject })}
              error={errors.subject}
              disabled={sending}
              required
            />
            <TextInputField
              label={t('documents.out.mail.text')}
              value={draft.text}
              onChange={(text) => change({ text })}
              error={errors.text}
              disabled={sending}
              multiline
              minRows={8}
            />
            <MailAttachmentsField
              canAttachEInvoice={posted !== null}
              attach={attach}
              onChange={setChosenAttach}
              plan={plan}
              names={attachedNames}
              customerId={doc.customerId}
              disabled={sending}
            />
            {errors[''] !== undefined && <Alert severity="error">{errors['']}</Alert>}
            {error !== null && <OutError error={error} />}
            {sending && (
              <Alert severity="info" role="status">
                {t('documents.out.mail.sending')}
              </Alert>
            )}
            {/* Enter in a field sends, like the button. */}
            <button type="submit" hidden />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>
          {t('action.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={() => void send()}
          disabled={sending || draft === null || noAccounts || plan === null || !plan.ok}
        >
          {error === null ? t('documents.out.mail.send') : t('common.tryAgain')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
