import TextField from '@mui/material/TextField';

export type SelectOption<V extends string> = { value: V; label: string; disabled?: boolean };

export type SelectFieldProps<V extends string> = {
  id?: string;
  label: string;
  /** The chosen value; '' when nothing is chosen (shows emptyLabel). */
  value: V | '';
  options: readonly SelectOption<V>[];
  onChange: (value: V | '') => void;
  /**
   * The text of the "nothing chosen" entry, e.g. "None" or "From class Retail: 30 days".
   * Without it the list offers no empty entry.
   */
  emptyLabel?: string | undefined;
  error?: string | undefined;
  helperText?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  fullWidth?: boolean | undefined;
  size?: 'small' | 'medium' | undefined;
};

/**
 * A choice from a list, as the browser's own select: fully keyboard operable, read by every
 * screen reader, and labelled like every other field.
 */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  emptyLabel,
  error,
  helperText,
  required,
  disabled,
  fullWidth = true,
  size,
}: SelectFieldProps<V>) {
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as V | '')}
      error={error !== undefined && error !== ''}
      helperText={error || helperText}
      required={required}
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {(emptyLabel !== undefined || value === '') && <option value="">{emptyLabel ?? ''}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
}
