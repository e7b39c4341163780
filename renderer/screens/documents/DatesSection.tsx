import Box from '@mui/material/Box';
import { DateField } from '../../components/fields/DateField';
import { PaymentTermsFields } from '../../components/fields/PaymentTermsFields';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { withIssueDate, withPaymentTerms } from './draftEditing';
import { PartialPaymentFields } from './PartialPaymentFields';
import type { DraftEditor } from './useDraftEditor';

/**
 * Issue and supply date, payment terms and the due date they give (an invoice; editable),
 * or the date a quote is valid until; an invoice's partial-payment terms. A credit note has
 * only its dates.
 */
export function DatesSection({
  form,
  editor,
  errors,
}: {
  form: string;
  editor: DraftEditor;
  errors: Record<string, string>;
}) {
  const { draft, change } = editor;
  return (
    <FormSection
      title={t(
        draft.kind === 'creditNote' ? 'documents.section.creditDates' : 'documents.section.dates',
      )}
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: 'repeat(3, 1fr)' } }}>
        <DateField
          id={fieldId(form, 'issueDate')}
          label={t('documents.issueDate')}
          value={draft.issueDate}
          onChange={(date) =>
            change(withIssueDate(draft, date), 'issueDate', 'dueDate', 'validUntil')
          }
          error={errors.issueDate}
          required
        />
        <DateField
          id={fieldId(form, 'supplyDate')}
          label={t('documents.supplyDate')}
          value={draft.supplyDate}
          onChange={(supplyDate) => change({ ...draft, supplyDate }, 'supplyDate')}
          error={errors.supplyDate}
          helperText={t('documents.supplyDate.help')}
        />
        {draft.kind === 'invoice' ? (
          <DateField
            id={fieldId(form, 'dueDate')}
            label={t('documents.dueDate')}
            value={draft.dueDate}
            onChange={(dueDate) => change({ ...draft, dueDate }, 'dueDate')}
            error={errors.dueDate}
            helperText={t('documents.dueDate.help')}
            required
          />
        ) : draft.kind === 'quote' ? (
          <DateField
            id={fieldId(form, 'validUntil')}
            label={t('quotes.validUntil')}
            value={draft.validUntil}
            onChange={(validUntil) => change({ ...draft, validUntil }, 'validUntil')}
            error={errors.validUntil}
          />
        ) : null}
      </Box>
      {/* A credit note is not paid: it settles the invoice it corrects. */}
      {draft.kind !== 'creditNote' && (
        <PaymentTermsFields
          value={draft.paymentTerms}
          onChange={(terms) => change(withPaymentTerms(draft, terms), 'paymentTerms', 'dueDate')}
          form={form}
          path="paymentTerms"
          errors={errors}
          onParseError={editor.reporterFor('paymentTerms.days')}
        />
      )}
      {draft.kind === 'invoice' && (
        <PartialPaymentFields form={form} editor={editor} errors={errors} />
      )}
      <TextInputField
        id={fieldId(form, 'buyerReference')}
        label={t('documents.buyerReference')}
        value={draft.buyerReference}
        onChange={(buyerReference) => change({ ...draft, buyerReference }, 'buyerReference')}
        error={errors.buyerReference}
        helperText={t('documents.buyerReference.help')}
      />
    </FormSection>
  );
}
