import {
  MAIL_ATTACHMENT_CHOICES,
  type MailAttachmentChoice,
} from '../../../shared/mail/mailingSettings';
import type { SelectOption } from '../../components/fields/SelectField';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';

// The words for the "Attach" mailing setting, shared by the company defaults, the class and
// customer forms and the send dialog, so each choice reads the same everywhere.

const LABELS: Record<MailAttachmentChoice, MessageKey> = {
  pdf: 'settings.mailing.attach.pdf',
  eInvoice: 'settings.mailing.attach.eInvoice',
  pdfAndEInvoice: 'settings.mailing.attach.pdfAndEInvoice',
  facturX: 'settings.mailing.attach.facturX',
};

/** The name of one choice, e.g. "PDF and e-invoice (XML)". */
export function attachmentChoiceLabel(choice: MailAttachmentChoice): string {
  return t(LABELS[choice]);
}

/** Every choice, in the order of the setting, for a select field. */
export function attachmentChoiceOptions(): SelectOption<MailAttachmentChoice>[] {
  return MAIL_ATTACHMENT_CHOICES.map((choice) => ({
    value: choice,
    label: attachmentChoiceLabel(choice),
  }));
}
