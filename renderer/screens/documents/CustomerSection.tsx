import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PaymentMethod } from '../../../shared/payments/paymentMethod';
import { currencyCode } from '../../../shared/money/currencies';
import type { SellerVatMode } from '../../../shared/tax/sellerVatMode';
import {
  currencyOptions,
  languageOptions,
  paymentMethodOptions,
} from '../../components/fields/choices';
import { SelectField } from '../../components/fields/SelectField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { getCustomer, getCustomerClass } from '../../data/customersRepository';
import { getDb } from '../../data/database';
import { t } from '../../i18n/t';
import { vatTreatmentInSentence } from '../customers/vatTreatmentChoices';
import { CustomerPicker } from './CustomerPicker';
import { PartyAddress } from './PartyAddress';
import type { DraftEditor } from './useDraftEditor';

const CUSTOMER_PROBLEMS = [
  'customer.name',
  'customer.address',
  'customer.country',
  'customer.vatId',
];

/**
 * Who the document is for. Choosing the customer fills currency, payment terms, payment
 * method and language from the customer, its class or the company; each can be changed.
 * Its VAT treatment (reverse charge, export, …) is said here and applied to the lines.
 */
export function CustomerSection({
  form,
  editor,
  errors,
  vatMode,
}: {
  form: string;
  editor: DraftEditor;
  errors: Record<string, string>;
  vatMode: SellerVatMode;
}) {
  const { draft, change } = editor;
  const customer = useLiveQuery(
    () => (draft.customerId ? getCustomer(getDb(), draft.customerId) : Promise.resolve(null)),
    [draft.customerId],
  );
  const customerClass = useLiveQuery(
    () => (customer?.classId ? getCustomerClass(getDb(), customer.classId) : Promise.resolve(null)),
    [customer?.classId],
  );
  const problems = CUSTOMER_PROBLEMS.map((path) => errors[path]).filter(Boolean);
  const defaults = editor.customerDefaults;
  // A small business exempt from VAT charges none, whatever the customer: nothing to say.
  const vatNote =
    customer && defaults && vatMode.kind === 'normal'
      ? t('documents.customer.vat', {
          treatment: vatTreatmentInSentence(defaults.vatTreatment),
          source:
            defaults.source.vatTreatment === 'class' && customerClass
              ? t('documents.customer.vat.fromClass', { name: customerClass.name })
              : defaults.source.vatTreatment === 'customer'
                ? t('documents.customer.vat.fromCustomer')
                : t('documents.customer.vat.fromCompany'),
        })
      : null;
  return (
    <FormSection title={t('documents.section.customer')}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <Box>
          <CustomerPicker
            id={fieldId(form, 'customerId')}
            customerId={draft.customerId}
            onChange={(picked) => void editor.chooseCustomer(picked)}
            error={errors.customerId}
            helperText={t('documents.customer.help')}
          />
          {customer && (
            <Box sx={{ mt: 1.5, ml: 1.5 }} aria-label={t('documents.customer.address')}>
              <Typography variant="caption" color="text.secondary">
                {t('documents.customer.address')}
              </Typography>
              <PartyAddress
                party={{
                  name: customer.name,
                  address: customer.billingAddress,
                  vatId: customer.vatId,
                }}
              />
            </Box>
          )}
          {vatNote && (
            <Box sx={{ mt: 1, ml: 1.5 }}>
              <Typography variant="body2" data-testid="customer-vat-treatment">
                {vatNote}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {t('documents.customer.vat.help')}
              </Typography>
            </Box>
          )}
          {problems.map((message) => (
            <FormHelperText key={message} error sx={{ ml: 1.5 }}>
              {message}
            </FormHelperText>
          ))}
        </Box>
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
          <SelectField
            id={fieldId(form, 'currency')}
            label={t('field.currency')}
            value={draft.currency}
            options={currencyOptions(draft.currency)}
            onChange={(code) =>
              code !== '' && change({ ...draft, currency: currencyCode(code) }, 'currency')
            }
            error={errors.currency}
          />
          <SelectField<PaymentMethod>
            id={fieldId(form, 'paymentMethod')}
            label={t('field.paymentMethod')}
            value={draft.paymentMethod}
            options={paymentMethodOptions()}
            onChange={(method) =>
              method !== '' && change({ ...draft, paymentMethod: method }, 'paymentMethod')
            }
            error={errors.paymentMethod}
          />
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
