import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { languageOptions } from '../../components/fields/choices';
import { SelectField } from '../../components/fields/SelectField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { getCustomer } from '../../data/customersRepository';
import { getDb } from '../../data/database';
import { t } from '../../i18n/t';
import { PartyAddress } from './PartyAddress';
import type { DraftEditor } from './useDraftEditor';

/**
 * Who a credit note is for: the customer of the invoice it corrects, in the invoice's
 * currency; neither can change. Only the language of the document can be chosen.
 */
export function CreditCustomerSection({
  form,
  editor,
  errors,
}: {
  form: string;
  editor: DraftEditor;
  errors: Record<string, string>;
}) {
  const { draft, change } = editor;
  const customer = useLiveQuery(() => getCustomer(getDb(), draft.customerId), [draft.customerId]);
  return (
    <FormSection
      title={t('documents.section.customer')}
      description={t('documents.credit.customer.help', { currency: draft.currency })}
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <Box aria-label={t('documents.customer.address')} role="group">
          <Typography variant="caption" color="text.secondary">
            {t('documents.customer.address')}
          </Typography>
          {customer ? (
            <PartyAddress
              party={{
                name: customer.name,
                address: customer.billingAddress,
                vatId: customer.vatId,
              }}
            />
          ) : (
            <Typography>{customer === null ? t('documents.credit.customer.gone') : ''}</Typography>
          )}
          {errors.customerId && (
            <Typography color="error" variant="body2">
              {errors.customerId}
            </Typography>
          )}
        </Box>
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          <SelectField
            id={fieldId(form, 'language')}
            label={t('field.language')}
            value={draft.language}
            options={languageOptions(draft.language)}
            onChange={(language) => language !== '' && change({ ...draft, language }, 'language')}
            error={errors.language}
          />
        </Box>
      </Box>
    </FormSection>
  );
}
