import TextField from '@mui/material/TextField';
import { useCallback, type ReactNode } from 'react';
import type { DecimalString } from '../../../shared/money/decimal';
import { formatDecimal } from '../../../shared/money/format';
import { parseDecimal } from '../../../shared/money/parse';
import { ok } from '../../../shared/result';
import { useParsedInput } from './useParsedInput';

export type DecimalFieldProps = {
  id?: string;
  label: string;
  /** A canonical decimal string ("1234.5"); '' when the field is empty. */
  value: DecimalString;
  locale: string;
  maxFractionDigits: number;
  /** Pads the shown value with zeros to this many decimals (12.5 → 12.50). */
  minFractionDigits?: number | undefined;
  allowNegative?: boolean | undefined;
  onChange: (value: DecimalString) => void;
  /** A message from the form's validation; a parse error of the typed text comes first. */
  error?: string | undefined;
  /** Told when the typed text is not a number (its message), and null once it is again. */
  onParseError?: ((message: string | null) => void) | undefined;
  helperText?: string | undefined;
  placeholder?: string | undefined;
  /** Shown after the number, e.g. "%". */
  unit?: ReactNode;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  fullWidth?: boolean | undefined;
  size?: 'small' | 'medium' | undefined;
};

/**
 * A quantity, unit price or rate typed in the user's locale and stored as a decimal string,
 * parsed strictly by shared/money (too many decimals or a negative are refused with a
 * message, not rounded away).
 */
export function DecimalField({
  id,
  label,
  value,
  locale,
  maxFractionDigits,
  minFractionDigits = 0,
  allowNegative = false,
  onChange,
  error,
  onParseError,
  helperText,
  placeholder,
  unit,
  required,
  disabled,
  fullWidth = true,
  size,
}: DecimalFieldProps) {
  const format = useCallback(
    (decimal: DecimalString) =>
      decimal === ''
        ? ''
        : formatDecimal(decimal, locale, {
            minFractionDigits: Math.min(minFractionDigits, maxFractionDigits),
          }),
    [locale, minFractionDigits, maxFractionDigits],
  );
  const parse = useCallback(
    (text: string) =>
      text.trim() === ''
        ? ok('')
        : parseDecimal(text, { locale, maxFractionDigits, allowNegative }),
    [locale, maxFractionDigits, allowNegative],
  );
  const { parseError, inputProps } = useParsedInput<DecimalString>({
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
        input: unit
          ? { endAdornment: <span style={{ marginLeft: 8, opacity: 0.7 }}>{unit}</span> }
          : {},
        htmlInput: { inputMode: 'decimal', style: { textAlign: 'right' } },
      }}
    />
  );
}
