import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { ZERO, type Minor } from '../../../shared/money/minor';
import type { DocumentAdjustmentRecord } from '../../../shared/schemas/documentLine';
import { useFormatters } from '../../app/useFormatters';
import { vatCategoryOptions } from '../../components/fields/choices';
import { DecimalField } from '../../components/fields/DecimalField';
import { MoneyField } from '../../components/fields/MoneyField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';

export type AdjustmentsEditorProps = {
  form: string;
  adjustments: readonly DocumentAdjustmentRecord[];
  /** Each adjustment's amount as shared/totals computes it, in order (null: not computable). */
  amounts: readonly Minor[] | null;
  currency: CurrencyCode;
  errors: Record<string, string>;
  reporterFor: (path: string) => (message: string | null) => void;
  onChange: (index: number, adjustment: DocumentAdjustmentRecord | null) => void;
  onAdd: (kind: DocumentAdjustmentRecord['kind']) => void;
};

/**
 * Discounts and charges on the whole document (e.g. "Loyalty discount 5 %", "Shipping").
 * Each belongs to one VAT group, as EN 16931 requires.
 */
export function AdjustmentsEditor({
  form,
  adjustments,
  amounts,
  currency,
  errors,
  reporterFor,
  onChange,
  onAdd,
}: AdjustmentsEditorProps) {
  const { locale, money } = useFormatters();
  return (
    <Stack spacing={2}>
      {adjustments.map((adjustment, index) => {
        const path = (field: string) => `adjustments.${index}.${field}`;
        const id = (field: string) => fieldId(form, path(field));
        const set = (change: Partial<DocumentAdjustmentRecord>) =>
          onChange(index, { ...adjustment, ...change });
        const name = t(
          adjustment.kind === 'allowance'
            ? 'documents.adjustment.allowanceName'
            : 'documents.adjustment.chargeName',
          { number: index + 1 },
        );
        const amount = amounts?.[index];
        return (
          <Paper key={index} variant="outlined" role="group" aria-label={name} sx={{ p: 2 }}>
            <Stack
              direction="row"
              sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5 }}
            >
              <Typography variant="subtitle2" component="h4">
                {name}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Typography variant="body2">
                  {t('documents.adjustment.amountShown', {
                    amount: amount === undefined ? '—' : money(amount, currency),
                  })}
                </Typography>
                <Button size="small" color="error" onClick={() => onChange(index, null)}>
                  {t('documents.adjustment.remove')}
                </Button>
              </Stack>
            </Stack>
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                gridTemplateColumns: { xs: '1fr', md: '1.8fr 1.5fr 1fr 1.4fr 1fr' },
                alignItems: 'start',
              }}
            >
              <TextInputField
                id={id('reason')}
                label={t('documents.adjustment.reason')}
                value={adjustment.reason}
                onChange={(reason) => set({ reason })}
                error={errors[path('reason')]}
                required
                size="small"
              />
              <SelectField<'percent' | 'amount'>
                id={id('value.kind')}
                label={t('documents.adjustment.valueKind')}
                value={adjustment.value.kind}
                options={[
                  { value: 'percent', label: t('documents.line.discount.percent') },
                  { value: 'amount', label: t('documents.line.discount.amount') },
                ]}
                onChange={(kind) =>
                  set({
                    value:
                      kind === 'percent'
                        ? { kind: 'percent', percent: '' }
                        : { kind: 'amount', amount: ZERO },
                  })
                }
                size="small"
              />
              {adjustment.value.kind === 'percent' ? (
                <DecimalField
                  id={id('value.percent')}
                  label={t('documents.adjustment.percent')}
                  value={adjustment.value.percent}
                  locale={locale}
                  maxFractionDigits={4}
                  onChange={(percent) => set({ value: { kind: 'percent', percent } })}
                  onParseError={reporterFor(path('value.percent'))}
                  error={errors[path('value.percent')]}
                  unit="%"
                  size="small"
                />
              ) : (
                <MoneyField
                  id={id('value.amount')}
                  label={t('documents.adjustment.amount')}
                  value={adjustment.value.amount}
                  currency={currency}
                  locale={locale}
                  allowNegative={false}
                  onChange={(value) => set({ value: { kind: 'amount', amount: value ?? ZERO } })}
                  onParseError={reporterFor(path('value.amount'))}
                  error={errors[path('value.amount')]}
                  size="small"
                />
              )}
              <SelectField
                id={id('vatCategory')}
                label={t('field.vatCategory')}
                value={adjustment.vatCategory}
                options={vatCategoryOptions()}
                onChange={(vatCategory) => {
                  if (vatCategory === '') return;
                  set({
                    vatCategory,
                    vatRate: vatCategory === 'standard' ? adjustment.vatRate : '0',
                  });
                }}
                error={errors[path('vatCategory')]}
                size="small"
              />
              <DecimalField
                id={id('vatRate')}
                label={t('field.vatRate')}
                value={adjustment.vatRate}
                locale={locale}
                maxFractionDigits={2}
                onChange={(vatRate) => set({ vatRate })}
                onParseError={reporterFor(path('vatRate'))}
                error={errors[path('vatRate')]}
                unit="%"
                size="small"
              />
            </Box>
            {(adjustment.vatCategory === 'exempt' || errors[path('exemptionReason')]) && (
              <Box sx={{ mt: 2 }}>
                <TextInputField
                  id={id('exemptionReason')}
                  label={t('field.exemptionReason')}
                  value={adjustment.exemptionReason ?? ''}
                  onChange={(exemptionReason) => set({ exemptionReason })}
                  error={errors[path('exemptionReason')]}
                  size="small"
                />
              </Box>
            )}
          </Paper>
        );
      })}
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" size="small" onClick={() => onAdd('allowance')}>
          {t('documents.adjustment.addAllowance')}
        </Button>
        <Button variant="outlined" size="small" onClick={() => onAdd('charge')}>
          {t('documents.adjustment.addCharge')}
        </Button>
      </Stack>
    </Stack>
  );
}
