import Typography from '@mui/material/Typography';
import { eInvoiceFormatRules, type EInvoiceFormat } from '../../../shared/einvoice/eInvoiceFormats';
import type { MailAttachmentChoice } from '../../../shared/mail/mailingSettings';
import type { Result } from '../../../shared/result';
import { SelectField } from '../../components/fields/SelectField';
import { t } from '../../i18n/t';
import { attachmentChoiceOptions } from '../settings/attachmentChoices';
import { EInvoiceProblemList } from './EInvoiceProblemList';
import type { AttachmentPlan, AttachmentRefusal } from './mailAttachments';

export type MailAttachmentsFieldProps = {
  /** Whether the document has an e-invoice at all (a posted invoice or credit note). */
  canAttachEInvoice: boolean;
  attach: MailAttachmentChoice;
  onChange: (attach: MailAttachmentChoice | null) => void;
  /** null while the customer and settings load. */
  plan: Result<AttachmentPlan, AttachmentRefusal> | null;
  /** The names shown on the "Attached:" line. */
  names: string;
  customerId: string;
  disabled: boolean;
};

function formatLabel(format: EInvoiceFormat): string {
  return eInvoiceFormatRules(format).label;
}

function helpFor(
  attach: MailAttachmentChoice,
  plan: MailAttachmentsFieldProps['plan'],
): string | undefined {
  if (attach === 'facturX') return t('documents.out.mail.facturXHelp');
  if (!plan?.ok || plan.value.format === null) return undefined;
  const key = plan.value.preferred
    ? 'documents.out.mail.eInvoicePreferred'
    : 'documents.out.mail.eInvoiceFallback';
  return t(key, { format: formatLabel(plan.value.format) });
}

/**
 * What the mail carries: the choice of the mailing settings, changeable for this mail, the
 * e-invoice format and why it is that one, and the files' names; or, when the e-invoice
 * checks refuse, what to fix, each with a link to its field.
 */
export function MailAttachmentsField({
  canAttachEInvoice,
  attach,
  onChange,
  plan,
  names,
  customerId,
  disabled,
}: MailAttachmentsFieldProps) {
  return (
    <>
      {canAttachEInvoice && (
        <SelectField
          label={t('documents.out.mail.attach')}
          value={attach}
          options={attachmentChoiceOptions()}
          onChange={(choice) => onChange(choice === '' ? null : choice)}
          helperText={helpFor(attach, plan)}
          disabled={disabled}
        />
      )}
      {plan?.ok === false ? (
        <EInvoiceProblemList
          problems={plan.error.problems}
          customerId={customerId}
          title={t('documents.out.mail.eInvoiceRefused', {
            format: formatLabel(plan.error.format),
          })}
          help={t('documents.out.mail.eInvoiceRefusedHelp')}
          testId="mail-einvoice-problems"
        />
      ) : (
        <Typography variant="body2" color="text.secondary" data-testid="mail-attachment">
          {t('documents.out.mail.attachment', { name: names })}
        </Typography>
      )}
    </>
  );
}
