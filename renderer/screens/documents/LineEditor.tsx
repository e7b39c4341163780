import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CurrencyCode } from '../../../shared/money/currencies';
import type { Minor } from '../../../shared/money/minor';
import type { DocumentLine } from '../../../shared/schemas/documentLine';
import type { UnitCode } from '../../../shared/schemas/units';
import { useFormatters } from '../../app/useFormatters';
import { unitOptions, vatCategoryOptions } from '../../components/fields/choices';
import { DecimalField } from '../../components/fields/DecimalField';
import { SelectField, type SelectOption } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { LineDiscountFields } from './LineDiscountFields';

export type LineEditorProps = {
  form: string;
  line: DocumentLine;
  /** 0-based position, shown as "Line 1". */
  index: number;
  count: number;
  currency: CurrencyCode;
  /** The line's net as shared/totals computes it, or null while it cannot be computed. */
  net: Minor | null;
  /** Messages by the editor's path ('lines.<id>.quantity'). */
  errors: Record<string, string>;
  reporterFor: (path: string) => (message: string | null) => void;
  revenueAccounts: SelectOption<string>[];
  defaultRevenueLabel: string;
  onChange: (line: DocumentLine) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One line of a draft: what, how many, at what price, discount, VAT and revenue account. */
export function LineEditor({
  form,
  line,
  index,
  count,
  currency,
  net,
  errors,
  reporterFor,
  revenueAccounts,
  defaultRevenueLabel,
  onChange,
  onMove,
  onRemove,
}: LineEditorProps) {
  const { locale, money } = useFormatters();
  const path = (field: string) => `lines.${line.id}.${field}`;
  const error = (field: string) => errors[path(field)];
  const id = (field: string) => fieldId(form, path(field));
  const set = <K extends keyof DocumentLine>(key: K, value: DocumentLine[K]) =>
    onChange({ ...line, [key]: value });
  const name = t('documents.line.name', { number: index + 1 });

  return (
    <Paper variant="outlined" role="group" aria-label={name} sx={{ p: 2 }} data-line-id={line.id}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5 }}
      >
        <Typography variant="subtitle2" component="h4">
          {name}
          {line.productId && (
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              {t('documents.line.fromCatalogue')}
            </Typography>
          )}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" data-testid="line-net" sx={{ mr: 1 }}>
            {t('documents.line.net', { amount: net === null ? '—' : money(net, currency) })}
          </Typography>
          <Button size="small" onClick={() => onMove(-1)} disabled={index === 0}>
            {t('documents.line.moveUp')}
          </Button>
          <Button size="small" onClick={() => onMove(1)} disabled={index === count - 1}>
            {t('documents.line.moveDown')}
          </Button>
          <Button size="small" color="error" onClick={onRemove}>
            {t('documents.line.remove')}
          </Button>
        </Stack>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: '3fr 1fr 1fr 1.3fr' },
          alignItems: 'start',
        }}
      >
        <TextInputField
          id={id('description')}
          label={t('documents.line.description')}
          value={line.description}
          onChange={(value) => set('description', value)}
          error={error('description')}
          multiline
          required
          size="small"
        />
        <DecimalField
          id={id('quantity')}
          label={t('documents.line.quantity')}
          value={line.quantity}
          locale={locale}
          maxFractionDigits={6}
          allowNegative
          onChange={(value) => set('quantity', value)}
          onParseError={reporterFor(path('quantity'))}
          error={error('quantity')}
          required
          size="small"
        />
        <SelectField<UnitCode>
          id={id('unit')}
          label={t('field.unit')}
          value={line.unit}
          options={unitOptions()}
          onChange={(value) => value !== '' && set('unit', value)}
          error={error('unit')}
          size="small"
        />
        <DecimalField
          id={id('unitPrice')}
          label={t('documents.line.unitPrice')}
          value={line.unitPrice}
          locale={locale}
          maxFractionDigits={6}
          minFractionDigits={2}
          onChange={(value) => set('unitPrice', value)}
          onParseError={reporterFor(path('unitPrice'))}
          error={error('unitPrice')}
          unit={currency}
          required
          size="small"
        />
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          mt: 2,
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1.3fr 1fr 1.7fr' },
          alignItems: 'start',
        }}
      >
        <LineDiscountFields
          line={line}
          currency={currency}
          idOf={id}
          errorOf={error}
          reporterFor={(field) => reporterFor(path(field))}
          onChange={onChange}
        />
        <SelectField
          id={id('vatCategory')}
          label={t('field.vatCategory')}
          value={line.vatCategory}
          options={vatCategoryOptions()}
          onChange={(category) => {
            if (category === '') return;
            // Every category but standard carries no VAT; set the rate the user would have to.
            const vatRate = category === 'standard' ? line.vatRate : '0';
            onChange({ ...line, vatCategory: category, vatRate });
          }}
          error={error('vatCategory')}
          size="small"
        />
        <DecimalField
          id={id('vatRate')}
          label={t('field.vatRate')}
          value={line.vatRate}
          locale={locale}
          maxFractionDigits={2}
          onChange={(value) => set('vatRate', value)}
          onParseError={reporterFor(path('vatRate'))}
          error={error('vatRate')}
          unit="%"
          required
          size="small"
        />
        <SelectField
          id={id('revenueAccount')}
          label={t('field.revenueAccount')}
          value={line.revenueAccount ?? ''}
          options={revenueAccounts}
          emptyLabel={defaultRevenueLabel}
          onChange={(value) => set('revenueAccount', value === '' ? null : value)}
          error={error('revenueAccount')}
          size="small"
        />
      </Box>
      {(line.vatCategory === 'exempt' || error('exemptionReason')) && (
        <Box sx={{ mt: 2 }}>
          <TextInputField
            id={id('exemptionReason')}
            label={t('field.exemptionReason')}
            value={line.exemptionReason ?? ''}
            onChange={(value) => set('exemptionReason', value)}
            error={error('exemptionReason')}
            size="small"
          />
        </Box>
      )}
    </Paper>
  );
}
