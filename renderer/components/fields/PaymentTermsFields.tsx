import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { PaymentTerms } from '../../../shared/terms/paymentTerms';
import { t } from '../../i18n/t';
import { fieldId } from '../forms/formIssues';
import { SelectField } from './SelectField';

export type PaymentTermsFieldsProps = {
  /** The terms; null when they are inherited (from a class or the company). */
  value: PaymentTerms | null;
  onChange: (value: PaymentTerms | null) => void;
  form: string;
  /** The terms' path in the record ('paymentTerms'). */
  path: string;
  errors: Record<string, string>;
  /** The "nothing chosen" entry, e.g. "From class Retail: 30 days net"; omit when required. */
  inheritedLabel?: string | undefined;
  /** Told when the typed days are not a whole number (its message), null once they are. */
  onParseError?: ((message: string | null) => void) | undefined;
};

/**
 * Payment terms as a kind ("days after the invoice date", "after the end of the month")
 * and a number of days. Whether the days are in range is the schema's check; here the text
 * only has to be a whole number.
 */
export function PaymentTermsFields({
  value,
  onChange,
  form,
  path,
  errors,
  inheritedLabel,
  onParseError,
}: PaymentTermsFieldsProps) {
  const [daysText, setDaysText] = useState(value ? String(value.days) : '');
  const [shownFor, setShownFor] = useState(value?.days);
  const [parseError, setParseError] = useState<string | null>(null);
  if (value?.days !== shownFor) {
    setShownFor(value?.days);
    setDaysText(value ? String(value.days) : '');
    setParseError(null);
  }
  const commitDays = () => {
    if (!value) return;
    const text = daysText.trim();
    if (!/^\d{1,6}$/.test(text)) {
      const message =
        text === ''
          ? t('field.paymentTerms.daysMissing')
          : t('field.paymentTerms.daysInvalid', { text });
      setParseError(message);
      onParseError?.(message);
      return;
    }
    setParseError(null);
    onParseError?.(null);
    const days = Number(text);
    setShownFor(days);
    if (days !== value.days) onChange({ ...value, days });
  };
  const daysError = parseError ?? errors[`${path}.days`];
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <SelectField
        id={fieldId(form, `${path}.kind`)}
        label={t('field.paymentTerms')}
        value={value?.kind ?? ''}
        options={[
          { value: 'net', label: t('paymentTerms.net') },
          { value: 'endOfMonth', label: t('paymentTerms.endOfMonth') },
        ]}
        emptyLabel={inheritedLabel}
        onChange={(kind) => {
          setParseError(null);
          onParseError?.(null);
          onChange(kind === '' ? null : { kind, days: value?.days ?? 14 });
        }}
        error={errors[`${path}.kind`] ?? errors[path]}
      />
      {value && (
        <TextField
          id={fieldId(form, `${path}.days`)}
          label={t('field.paymentTerms.days')}
          value={daysText}
          onChange={(event) => setDaysText(event.target.value)}
          onBlur={commitDays}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitDays();
          }}
          error={daysError !== undefined}
          helperText={daysError}
          autoComplete="off"
          sx={{ width: { sm: 160 }, flexShrink: 0 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      )}
    </Stack>
  );
}
