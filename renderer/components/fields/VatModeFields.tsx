import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import type { SellerVatModeRecord } from '../../../shared/schemas/settings';
import { DEFAULT_SMALL_BUSINESS_NOTE } from '../../../shared/tax/sellerVatMode';
import { t } from '../../i18n/t';
import { fieldId } from '../forms/formIssues';
import { TextInputField } from './TextInputField';

export type VatModeFieldsProps = {
  value: SellerVatModeRecord;
  onChange: (value: SellerVatModeRecord) => void;
  form: string;
  /** The VAT mode's path in the record ('vatMode'). */
  path: string;
  errors: Record<string, string>;
};

/**
 * How the trader charges VAT: normally, or as a small business exempt from VAT, whose
 * invoices carry no VAT and the exemption note typed here.
 */
export function VatModeFields({ value, onChange, form, path, errors }: VatModeFieldsProps) {
  const labelId = useId();
  return (
    <Stack spacing={2}>
      <FormControl>
        <FormLabel id={labelId}>{t('vatMode.label')}</FormLabel>
        <RadioGroup
          aria-labelledby={labelId}
          value={value.kind}
          onChange={(event) =>
            onChange(
              event.target.value === 'normal'
                ? { kind: 'normal' }
                : { kind: 'smallBusinessExempt', note: DEFAULT_SMALL_BUSINESS_NOTE },
            )
          }
        >
          <FormControlLabel value="normal" control={<Radio />} label={t('vatMode.normal')} />
          <FormControlLabel
            value="smallBusinessExempt"
            control={<Radio />}
            label={t('vatMode.smallBusinessExempt')}
          />
        </RadioGroup>
      </FormControl>
      {value.kind === 'smallBusinessExempt' && (
        <TextInputField
          id={fieldId(form, `${path}.note`)}
          label={t('vatMode.note')}
          value={value.note}
          onChange={(note) => onChange({ kind: 'smallBusinessExempt', note })}
          error={errors[`${path}.note`]}
          helperText={t('vatMode.noteHelp')}
          required
          multiline
          minRows={2}
        />
      )}
    </Stack>
  );
}
