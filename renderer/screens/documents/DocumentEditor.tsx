import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { requiredVatNotes } from '../../../shared/tax/vatNotes';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { FormSection } from '../../components/FormSection';
import { errorsByPath, fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { AdjustmentsEditor } from './AdjustmentsEditor';
import { CreditCustomerSection } from './CreditCustomerSection';
import type { CreditContext } from './creditDraft';
import { CreditDraftActions } from './CreditDraftActions';
import { CreditLinesSection } from './CreditLinesSection';
import { CustomerSection } from './CustomerSection';
import { DatesSection } from './DatesSection';
import { DraftActions } from './DraftActions';
import { newAdjustment, withAdjustment, type EditableDraft } from './draftEditing';
import { LinesSection } from './LinesSection';
import { TotalsPanel } from './TotalsPanel';
import { useDraftEditor } from './useDraftEditor';
import { VatNotes } from './VatNotes';

/** The id prefix of the editor's inputs, so the error summary can focus them. */
export const DOCUMENT_FORM = 'document';

export type DocumentEditorProps = {
  initial: EditableDraft;
  /** True for a draft not saved yet (#/invoices/new). */
  isNew: boolean;
  settings: BusinessSettings;
  /** Called when this window posted (sent) the draft: the screen shows the view instead. */
  onFinal: () => void;
  /** For a credit note: the invoice it corrects and the credits posted against it. */
  credit?: CreditContext | null | undefined;
};

const FORM_LABELS = {
  invoice: 'invoices.editor.label',
  quote: 'quotes.editor.label',
  creditNote: 'documents.credit.editor.label',
} as const;

/**
 * The editor of a draft invoice, quote or credit note. Everything typed stays in the form
 * until saved; a refused save or post leaves it as it is, with each message next to its
 * field and all of them listed at the top. Totals are shared/'s, live. A credit note keeps
 * its invoice's customer, currency, prices and discounts; its lines are chosen invoice lines.
 */
export function DocumentEditor({
  initial,
  isNew,
  settings,
  onFinal,
  credit = null,
}: DocumentEditorProps) {
  const editor = useDraftEditor(initial, isNew, settings, credit);
  const { draft, change, totals } = editor;
  const isCredit = draft.kind === 'creditNote';
  const errors = errorsByPath(editor.issues);
  const form = DOCUMENT_FORM;

  return (
    <Box
      component="form"
      aria-label={t(FORM_LABELS[draft.kind])}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void editor.save();
      }}
    >
      {isCredit ? (
        <CreditDraftActions editor={editor} />
      ) : (
        <DraftActions editor={editor} isNew={isNew} onFinal={onFinal} />
      )}
      <FormErrorSummary
        form={form}
        errors={editor.summary}
        title={t(editor.refusedBy === 'post' ? 'documents.fixBeforePosting' : 'common.fixFields')}
      />
      {editor.issues.some((issue) => issue.path.startsWith('company.')) && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={() => navigate({ screen: 'settings' })}>
              {t('documents.openSettings')}
            </Button>
          }
        >
          {t('documents.companyIncomplete')}
        </Alert>
      )}
      {isCredit ? (
        <CreditCustomerSection form={form} editor={editor} errors={errors} />
      ) : (
        <CustomerSection form={form} editor={editor} errors={errors} vatMode={settings.vatMode} />
      )}
      <DatesSection form={form} editor={editor} errors={errors} />
      {isCredit ? (
        <CreditLinesSection form={form} editor={editor} errors={errors} />
      ) : (
        <LinesSection form={form} editor={editor} errors={errors} settings={settings} />
      )}
      {/* A credit note's discounts and charges are its share of the invoice's, derived. */}
      {!isCredit && (
        <FormSection
          title={t('documents.section.adjustments')}
          description={t('documents.section.adjustments.help')}
        >
          <AdjustmentsEditor
            form={form}
            adjustments={draft.adjustments}
            amounts={totals?.adjustmentAmounts ?? null}
            currency={draft.currency}
            errors={errors}
            reporterFor={editor.reporterFor}
            onChange={(index, adjustment) =>
              change(
                (current) => withAdjustment(current, index, adjustment),
                `adjustments.${index}`,
              )
            }
            onAdd={(kind) =>
              change((current) => ({
                ...current,
                adjustments: [...current.adjustments, newAdjustment(current, kind)],
              }))
            }
          />
        </FormSection>
      )}
      <FormSection title={t('documents.section.notes')}>
        <TextInputField
          id={fieldId(form, 'notes')}
          label={t('documents.notes')}
          helperText={t('documents.notes.help')}
          value={draft.notes}
          onChange={(notes) => change({ ...draft, notes }, 'notes')}
          error={errors.notes}
          multiline
          minRows={2}
        />
        <TextInputField
          id={fieldId(form, 'footer')}
          label={t('documents.footer')}
          helperText={t('documents.footer.help')}
          value={draft.footer}
          onChange={(footer) => change({ ...draft, footer }, 'footer')}
          error={errors.footer}
          multiline
          minRows={1}
        />
      </FormSection>
      <FormSection title={t('documents.section.totals')}>
        {totals ? (
          <>
            <TotalsPanel totals={totals} />
            <VatNotes notes={requiredVatNotes(totals.vatGroups)} />
          </>
        ) : (
          <Box role="status">{t('documents.totals.unavailable')}</Box>
        )}
      </FormSection>
    </Box>
  );
}
