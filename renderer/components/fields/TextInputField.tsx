import TextField from '@mui/material/TextField';

export type TextInputFieldProps = {
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  helperText?: string | undefined;
  /** Shown in the empty field, e.g. the value inherited from a customer class. */
  placeholder?: string | undefined;
  required?: boolean | undefined;
  disabled?: boolean | undefined;
  multiline?: boolean | undefined;
  minRows?: number | undefined;
  type?: 'text' | 'email' | 'tel' | 'url' | undefined;
  autoComplete?: string | undefined;
  maxLength?: number | undefined;
  fullWidth?: boolean | undefined;
  size?: 'small' | 'medium' | undefined;
  autoFocus?: boolean | undefined;
};

/** A text field whose error, when given, replaces the helper text and marks the input invalid. */
export function TextInputField({
  id,
  label,
  value,
  onChange,
  error,
  helperText,
  placeholder,
  required,
  disabled,
  multiline,
  minRows,
  type = 'text',
  autoComplete = 'off',
  maxLength,
  fullWidth = true,
  size,
  autoFocus,
}: TextInputFieldProps) {
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== undefined && error !== ''}
      helperText={error || helperText}
      placeholder={placeholder}
      required={required}
      disabled={disabled}
      multiline={multiline}
      minRows={minRows}
      type={type}
      autoComplete={autoComplete}
      fullWidth={fullWidth}
      size={size}
      autoFocus={autoFocus}
      slotProps={{
        htmlInput: { maxLength },
        // A placeholder must be visible even before the field is focused.
        inputLabel: placeholder ? { shrink: true } : {},
      }}
    />
  );
}
