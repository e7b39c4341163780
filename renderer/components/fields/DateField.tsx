import TextField from '@mui/material/TextField';
import { isIsoDate, type IsoDate } from '../../../shared/dates/isoDate';

export type DateFieldProps = {
  id?: string;
  label: string;
  value: IsoDate | null;
  /** The chosen date, or null when the field is cleared or holds an incomplete date. */
  onChange: (value: IsoDate | null) => void;
  error?: string | undefined;
  helperText?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  /** Earliest and latest date the picker offers. */
  min?: IsoDate | undefined;
  max?: IsoDate | undefined;
  fullWidth?: boolean | undefined;
  size?: 'small' | 'medium' | undefined;
};

/**
 * A calendar date with the browser's own date input, which shows the date the way the
 * operating system's locale writes it and always hands over YYYY-MM-DD.
 */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  helperText,
  required,
  disabled,
  min,
  max,
  fullWidth = true,
  size,
}: DateFieldProps) {
  return (
    <TextField
      id={id}
      type="date"
      label={label}
      value={value ?? ''}
      onChange={(event) => {
        const text = event.target.value;
        onChange(isIsoDate(text) ? text : null);
      }}
      error={error !== undefined && error !== ''}
      helperText={error || helperText}
      required={required}
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { min, max } }}
    />
  );
}
