import Grid from '@mui/material/Grid';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { fieldId } from '../../components/forms/formIssues';
import type { StoredCustomerClass } from '../../data/db';
import { t } from '../../i18n/t';
import type { CustomerDraft } from './customerDraft';

type CustomerDetailsFieldsProps = {
  draft: CustomerDraft;
  onChange: (change: Partial<CustomerDraft>) => void;
  classes: StoredCustomerClass[];
  form: string;
  errors: Record<string, string>;
  autoFocus: boolean;
};

/** Who the customer is: name, class, e-mail, phone, VAT ID and tax number. */
export function CustomerDetailsFields({
  draft,
  onChange: change,
  classes,
  form,
  errors,
  autoFocus,
}: CustomerDetailsFieldsProps) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 8 }}>
        <TextInputField
          id={fieldId(form, 'name')}
          label={t('customer.name')}
          value={draft.name}
          onChange={(name) => change({ name })}
          error={errors.name}
          required
          autoFocus={autoFocus}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <SelectField
          id={fieldId(form, 'classId')}
          label={t('customer.class')}
          value={draft.classId}
          options={classes.map((c) => ({ value: c.id, label: c.name }))}
          emptyLabel={t('field.none')}
          onChange={(classId) => change({ classId })}
          error={errors.classId}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'email')}
          label={t('field.email')}
          value={draft.email}
          onChange={(email) => change({ email })}
          error={errors.email}
          type="email"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'phone')}
          label={t('field.phone')}
          value={draft.phone}
          onChange={(phone) => change({ phone })}
          error={errors.phone}
          type="tel"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'vatId')}
          label={t('field.vatId')}
          value={draft.vatId}
          onChange={(vatId) => change({ vatId })}
          error={errors.vatId}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'taxId')}
          label={t('field.taxId')}
          value={draft.taxId}
          onChange={(taxId) => change({ taxId })}
          error={errors.taxId}
        />
      </Grid>
    </Grid>
  );
}
