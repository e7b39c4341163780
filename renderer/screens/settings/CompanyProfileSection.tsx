import Grid from '@mui/material/Grid';
import type { CompanyProfile } from '../../../shared/schemas/companyProfile';
import { AddressFields } from '../../components/fields/AddressFields';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { LogoField } from './LogoField';

type CompanyProfileSectionProps = {
  value: CompanyProfile;
  onChange: (change: Partial<CompanyProfile>) => void;
  form: string;
  errors: Record<string, string>;
};

type TextPart = 'vatId' | 'taxId' | 'registrationNumber' | 'email' | 'phone' | 'website';

const TEXT_PARTS: { part: TextPart; label: Parameters<typeof t>[0]; type?: 'email' | 'tel' }[] = [
  { part: 'vatId', label: 'field.vatId' },
  { part: 'taxId', label: 'field.taxId' },
  { part: 'registrationNumber', label: 'field.registrationNumber' },
  { part: 'email', label: 'field.email', type: 'email' },
  { part: 'phone', label: 'field.phone', type: 'tel' },
  { part: 'website', label: 'field.website' },
];

/** The trader's details printed as the seller on every document, and the logo. */
export function CompanyProfileSection({
  value,
  onChange,
  form,
  errors,
}: CompanyProfileSectionProps) {
  return (
    <FormSection title={t('settings.section.company')} description={t('settings.companyHelp')}>
      <TextInputField
        id={fieldId(form, 'company.name')}
        label={t('setup.companyName')}
        value={value.name}
        onChange={(name) => onChange({ name })}
        error={errors['company.name']}
        required
      />
      <AddressFields
        legend={t('setup.companyAddress')}
        value={value.address}
        onChange={(address) => onChange({ address })}
        form={form}
        path="company.address"
        errors={errors}
      />
      <Grid container spacing={2}>
        {TEXT_PARTS.map(({ part, label, type }) => (
          <Grid key={part} size={{ xs: 12, sm: 6 }}>
            <TextInputField
              id={fieldId(form, `company.${part}`)}
              label={t(label)}
              value={value[part]}
              onChange={(text) => onChange({ [part]: text })}
              error={errors[`company.${part}`]}
              type={type}
            />
          </Grid>
        ))}
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextInputField
            id={fieldId(form, 'company.sepaCreditorId')}
            label={t('settings.sepaCreditorId')}
            value={value.sepaCreditorId}
            onChange={(sepaCreditorId) => onChange({ sepaCreditorId })}
            error={errors['company.sepaCreditorId']}
            helperText={t('settings.sepaCreditorIdHelp')}
          />
        </Grid>
      </Grid>
      <LogoField
        value={value.logo}
        onChange={(logo) => onChange({ logo })}
        form={form}
        error={
          errors['company.logo'] ??
          errors['company.logo.dataBase64'] ??
          errors['company.logo.mimeType']
        }
      />
    </FormSection>
  );
}
