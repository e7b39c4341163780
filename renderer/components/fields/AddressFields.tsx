import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Grid from '@mui/material/Grid';
import { useMemo } from 'react';
import type { Address } from '../../../shared/schemas/address';
import { t } from '../../i18n/t';
import { fieldId } from '../forms/formIssues';
import { countryOptions } from './choices';
import { SelectField } from './SelectField';
import { TextInputField } from './TextInputField';

export type AddressFieldsProps = {
  /** The group's name, e.g. "Billing address": the fields are found inside it by role. */
  legend: string;
  value: Address;
  onChange: (value: Address) => void;
  /** The form's id prefix and the address's path in the record ('billingAddress'). */
  form: string;
  path: string;
  /** Messages by dotted path, as the repository returns them. */
  errors: Record<string, string>;
  disabled?: boolean | undefined;
};

/** An empty address to start a form with. */
export function emptyAddress(country = ''): Address {
  return { line1: '', line2: '', postalCode: '', city: '', region: '', country };
}

const PARTS = ['line1', 'line2', 'postalCode', 'city', 'region'] as const;
const REQUIRED: ReadonlySet<string> = new Set(['line1', 'city']);
const WIDTHS: Record<(typeof PARTS)[number], number> = {
  line1: 12,
  line2: 12,
  postalCode: 4,
  city: 8,
  region: 6,
};

/** A postal address as a labelled group of fields (street, town, country, …). */
export function AddressFields({
  legend,
  value,
  onChange,
  form,
  path,
  errors,
  disabled,
}: AddressFieldsProps) {
  const countries = useMemo(() => countryOptions(), []);
  const set = (part: keyof Address) => (text: string) => onChange({ ...value, [part]: text });
  const whole = errors[path];
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Box component="legend" sx={{ typography: 'subtitle1', fontWeight: 500, mb: 1, p: 0 }}>
        {legend}
      </Box>
      {whole && <FormHelperText error>{whole}</FormHelperText>}
      <Grid container spacing={2}>
        {PARTS.map((part) => (
          <Grid key={part} size={{ xs: 12, sm: WIDTHS[part] }}>
            <TextInputField
              id={fieldId(form, `${path}.${part}`)}
              label={t(`address.${part}`)}
              value={value[part] ?? ''}
              onChange={set(part)}
              error={errors[`${path}.${part}`]}
              required={REQUIRED.has(part)}
              disabled={disabled}
            />
          </Grid>
        ))}
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            id={fieldId(form, `${path}.country`)}
            label={t('address.country')}
            value={value.country}
            options={countries}
            onChange={set('country')}
            error={errors[`${path}.country`]}
            required
            disabled={disabled}
          />
        </Grid>
      </Grid>
    </Box>
  );
}
