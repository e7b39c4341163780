import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import {
  INHERIT_ALL_MAILING_SETTINGS,
  type InheritableMailingSettings,
} from '../../../shared/mail/mailingSettings';
import type { PaymentMethod } from '../../../shared/payments/paymentMethod';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import type { CustomerVatTreatment } from '../../../shared/tax/customerVatTreatment';
import type { PaymentTerms } from '../../../shared/terms/paymentTerms';
import { notify } from '../../app/notifications';
import { useSettings } from '../../app/useSettings';
import {
  currencyOptions,
  describeTerms,
  languageName,
  languageOptions,
  paymentMethodName,
  paymentMethodOptions,
} from '../../components/fields/choices';
import { PaymentTermsFields } from '../../components/fields/PaymentTermsFields';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { errorsByPath, fieldId, summaryErrors } from '../../components/forms/formIssues';
import { useParseErrors } from '../../components/forms/useParseErrors';
import { companyDefaults, saveCustomerClass } from '../../data/customerClassesRepository';
import { getDb } from '../../data/database';
import type { StoredCustomerClass } from '../../data/db';
import { t } from '../../i18n/t';
import { MailingSettingsFields } from './MailingSettingsFields';
import { useMailingChoices } from './useMailingChoices';
import { vatTreatmentName, vatTreatmentOptions } from './vatTreatmentChoices';

const FORM = 'customerClass';

type ClassDraft = {
  name: string;
  currency: string;
  paymentTerms: PaymentTerms | null;
  language: string;
  defaultPaymentMethod: PaymentMethod | '';
  vatTreatment: CustomerVatTreatment | '';
  mailing: InheritableMailingSettings;
};

/** Adds (initial null) or edits a customer class; each default empty means the company's. */
export function CustomerClassDialog({
  initial,
  onClose,
}: {
  initial: StoredCustomerClass | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const settings = useSettings();
  const [draft, setDraft] = useState<ClassDraft>({
    name: initial?.name ?? '',
    currency: initial?.currency ?? '',
    paymentTerms: initial?.paymentTerms ?? null,
    language: initial?.language ?? '',
    defaultPaymentMethod: initial?.defaultPaymentMethod ?? '',
    // Classes stored before the field existed have none: their customers sell domestically.
    vatTreatment: initial?.vatTreatment ?? '',
    // Classes stored before mailing settings existed take the company's.
    mailing: initial?.mailing ?? { ...INHERIT_ALL_MAILING_SETTINGS },
  });
  const mailingChoices = useMailingChoices();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const { parseErrors, hasParseErrorsNow, reporterFor } = useParseErrors();
  const errors = errorsByPath(issues);
  const change = (part: Partial<ClassDraft>) => setDraft((previous) => ({ ...previous, ...part }));
  const company = settings ? companyDefaults(settings) : null;
  const inherit = (value: string | undefined) =>
    value === undefined ? t('field.none') : t('classes.inherit', { value });

  const save = async () => {
    if (hasParseErrorsNow()) return;
    const result = await saveCustomerClass(getDb(), {
      id: initial?.id,
      name: draft.name,
      currency: draft.currency === '' ? null : draft.currency,
      paymentTerms: draft.paymentTerms,
      language: draft.language === '' ? null : draft.language,
      defaultPaymentMethod: draft.defaultPaymentMethod === '' ? null : draft.defaultPaymentMethod,
      vatTreatment: draft.vatTreatment === '' ? null : draft.vatTreatment,
      mailing: draft.mailing,
    });
    if (!result.ok) {
      setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
      return;
    }
    notify(t('common.saved'));
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id={titleId}>
          {initial ? t('classes.dialogEdit') : t('classes.dialogNew')}
        </DialogTitle>
        <DialogContent>
          <FormErrorSummary form={FORM} errors={summaryErrors(issues, parseErrors)} />
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextInputField
              id={fieldId(FORM, 'name')}
              label={t('classes.name')}
              value={draft.name}
              onChange={(name) => change({ name })}
              error={errors.name}
              required
              autoFocus
            />
            <SelectField
              id={fieldId(FORM, 'currency')}
              label={t('field.currency')}
              value={draft.currency}
              options={currencyOptions(draft.currency)}
              emptyLabel={inherit(company?.currency)}
              onChange={(currency) => change({ currency })}
              error={errors.currency}
            />
            <PaymentTermsFields
              value={draft.paymentTerms}
              onChange={(paymentTerms) => change({ paymentTerms })}
              form={FORM}
              path="paymentTerms"
              errors={errors}
              inheritedLabel={inherit(company ? describeTerms(company.paymentTerms) : undefined)}
              onParseError={reporterFor('paymentTerms.days')}
            />
            <SelectField
              id={fieldId(FORM, 'language')}
              label={t('field.language')}
              value={draft.language}
              options={languageOptions(draft.language)}
              emptyLabel={inherit(company ? languageName(company.language) : undefined)}
              onChange={(language) => change({ language })}
              error={errors.language}
            />
            <SelectField
              id={fieldId(FORM, 'defaultPaymentMethod')}
              label={t('customer.paymentMethod')}
              value={draft.defaultPaymentMethod}
              options={paymentMethodOptions()}
              emptyLabel={inherit(company ? paymentMethodName(company.paymentMethod) : undefined)}
              onChange={(defaultPaymentMethod) => change({ defaultPaymentMethod })}
              error={errors.defaultPaymentMethod}
            />
            <SelectField
              id={fieldId(FORM, 'vatTreatment')}
              label={t('customer.vatTreatment')}
              value={draft.vatTreatment}
              options={vatTreatmentOptions()}
              // The company has no setting of its own: without one, customers sell domestically.
              emptyLabel={inherit(company ? vatTreatmentName('domestic') : undefined)}
              onChange={(vatTreatment) => change({ vatTreatment })}
              error={errors.vatTreatment}
              helperText={t('customer.vatTreatmentHelp')}
            />
            <Typography variant="subtitle2" component="h3">
              {t('settings.mailing.section')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('settings.mailing.classSectionHelp')}
            </Typography>
            <MailingSettingsFields
              value={draft.mailing}
              onChange={(mailing) => change({ mailing })}
              inheritFrom={null}
              choices={mailingChoices}
              form={FORM}
              path="mailing"
              errors={errors}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
