import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DocumentLine } from '../../../shared/schemas/documentLine';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { applyCustomerVatTreatment } from '../../../shared/tax/customerVatTreatment';
import type { SelectOption } from '../../components/fields/SelectField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { lineFromProduct } from '../../data/documentsRepository';
import { t } from '../../i18n/t';
import { blankLine, withLine, withLineMoved, withoutLine } from './draftEditing';
import { LineEditor } from './LineEditor';
import { ProductPicker } from './ProductPicker';
import type { DraftEditor } from './useDraftEditor';

// The category, rate and exemption reason are checked together, so a change of one
// answers a message on any of them.
const VAT_FIELDS: readonly string[] = ['vatCategory', 'vatRate', 'exemptionReason'];

/** The fields of a line whose messages a change answers. */
function touchedFields(before: DocumentLine, after: DocumentLine): string[] {
  const changed = (Object.keys(after) as (keyof DocumentLine)[]).filter(
    (key) => after[key] !== before[key],
  );
  return changed.some((key) => VAT_FIELDS.includes(key)) ? [...changed, ...VAT_FIELDS] : changed;
}

/**
 * The lines of a draft: edit, add from the catalogue or by hand, move and remove. New lines
 * take the customer's VAT treatment (reverse charge, export, …) where it is not domestic.
 */
export function LinesSection({
  form,
  editor,
  errors,
  settings,
}: {
  form: string;
  editor: DraftEditor;
  errors: Record<string, string>;
  settings: BusinessSettings;
}) {
  const { draft, change, totals } = editor;
  const { accounts, roles } = settings.chartOfAccounts;
  const revenueAccounts: SelectOption<string>[] = accounts
    .filter((account) => account.type === 'revenue')
    .map((account) => ({ value: account.code, label: `${account.code} ${account.name}` }));
  const defaultAccount = accounts.find((account) => account.code === roles.revenue);
  const defaultRevenueLabel = t('documents.line.defaultRevenue', {
    account: defaultAccount ? `${defaultAccount.code} ${defaultAccount.name}` : roles.revenue,
  });
  const lastLine = draft.lines[draft.lines.length - 1];
  const addLine = (line: DocumentLine) => {
    change((current) => ({ ...current, lines: [...current.lines, line] }));
    // "Add at least one line" is answered; the other lines' messages stay.
    editor.setIssues((issues) => issues.filter((issue) => issue.path !== 'lines'));
  };

  return (
    <FormSection title={t('documents.section.lines')}>
      {errors.lines && (
        <Alert severity="error" id={fieldId(form, 'lines')} tabIndex={-1}>
          {errors.lines}
        </Alert>
      )}
      {settings.vatMode.kind === 'smallBusinessExempt' && (
        <Alert severity="info">{t('documents.lines.smallBusiness')}</Alert>
      )}
      {draft.lines.length === 0 && (
        <Typography color="text.secondary">{t('documents.lines.empty')}</Typography>
      )}
      {draft.lines.map((line, index) => (
        <LineEditor
          key={line.id}
          form={form}
          line={line}
          index={index}
          count={draft.lines.length}
          currency={draft.currency}
          net={totals?.lines[index]?.net ?? null}
          errors={errors}
          reporterFor={editor.reporterFor}
          revenueAccounts={revenueAccounts}
          defaultRevenueLabel={defaultRevenueLabel}
          onChange={(next) => {
            change(
              (current) => withLine(current, line.id, () => next),
              ...touchedFields(line, next).map((key) => `lines.${line.id}.${key}`),
            );
          }}
          onMove={(by) => change((current) => withLineMoved(current, line.id, by))}
          onRemove={() => change((current) => withoutLine(current, line.id), `lines.${line.id}`)}
        />
      ))}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'center' } }}
      >
        <ProductPicker
          id={fieldId(form, 'addProduct')}
          currency={draft.currency}
          onPick={(product) => addLine(lineFromProduct(product, '1', editor.lineTreatment))}
        />
        <Button
          variant="outlined"
          onClick={() =>
            addLine(
              applyCustomerVatTreatment(
                blankLine(lastLine, settings.vatMode),
                editor.lineTreatment,
              ),
            )
          }
          sx={{ flexShrink: 0 }}
        >
          {t('documents.lines.addWritten')}
        </Button>
      </Stack>
    </FormSection>
  );
}
