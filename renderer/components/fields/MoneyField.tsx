import TextField from '@mui/material/TextField';
import { useCallback } from 'react';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { formatAmount } from '../../../shared/money/format';
import type { Minor } from '../../../shared/money/minor';
import { parseMoney } from '../../../shared/money/parse';
import { ok } from '../../../shared/result';
import { useParsedInput } from './useParsedInput';

export type MoneyFieldProps = {
  id?: string;
  label: string;
  /** The amount in minor units; null when the field is empty. */
  value: Minor | null;
  currency: CurrencyCode;
  locale: string;
  onChange: (value: Minor | null) => void;
  /** A message from the form's validation; a parse error of the typed text comes first. */
  error?: string | undefined;
  /** Told when the typed text is not an amount (its message), and null once it is again. */
  onParseError?: ((message: string | null) => void) | undefined;
  /** Shown under the field when there is no error. */
  helperText?: string | undefined;
  placeholder?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  allowNegative?: boolean | undefined;
  fullWidth?: boolean | undefined;
  size?: 'small' | 'medium' | undefined;
};

/**
 * An amount of money typed in the user's locale ("1.234,50" in de-DE), shown without the
 * currency symbol and with the currency code beside it. Parsed strictly by shared/money:
 * ambiguous input is refused with a message, never guessed.
 */
export function MoneyField({
  id,
  label,
  value,
  currency,
  locale,
  onChange,
  error,
  onParseError,
  helperText,
  placeholder,
  required,
  disabled,
  allowNegative = true,
  fullWidth = true,
  size,
}: MoneyFieldProps) {
  const format = useCallback(
    (amount: Minor | null) => (amount === null ? '' : formatAmount(amount, currency, locale)),
    [currency, locale],
  );
  const parse = useCallback(
    (text: string) =>
      text.trim() === '' ? ok(null) : parseMoney(text, { locale, currency, allowNegative }),
    [currency, locale, allowNegative],
  );
  const { parseError, inputProps } = useParsedInput<Minor | null>({
    value,
    format,
    parse,
    onChange,
    onParseError,
  });
  const message = parseError ?? error;
  return (
    <TextField
      id={id}
      label={label}
      {...inputProps}
      error={message !== undefined && message !== ''}
      helperText={message || helperText}
      placeholder={placeholder}
      required={required}
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      autoComplete="off"
      slotProps={{
        input: { endAdornment: <CurrencyAdornment currency={currency} /> },
        htmlInput: { inputMode: 'decimal', style: { textAlign: 'right' } },
      }}
    />
  );
}

function CurrencyAdornment({ currency }: { currency: string }) {
  return (
    <span aria-hidden="true" style={{ marginLeft: 8, opacity: 0.7 }}>
      {currency}
    </span>
  );
}
