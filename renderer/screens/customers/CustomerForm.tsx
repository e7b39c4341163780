import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { AddressFields } from '../../components/fields/AddressFields';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { FormSection } from '../../components/FormSection';
import { errorsByPath, fieldId, summaryErrors } from '../../components/forms/formIssues';
import { useParseErrors } from '../../components/forms/useParseErrors';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import { removeCustomer, saveCustomer } from '../../data/customersRepository';
import type { StoredCustomerClass } from '../../data/db';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { ContactsFields } from './ContactsFields';
import { CustomerDetailsFields } from './CustomerDetailsFields';
import { CustomerDefaultsFields } from './CustomerDefaultsFields';
import { customerDraftOf, customerInput, type CustomerDraft } from './customerDraft';
import { EInvoiceFields } from './EInvoiceFields';
import { MailingSettingsFields } from './MailingSettingsFields';
import { useMailingChoices } from './useMailingChoices';

const FORM = 'customer';

type CustomerFormProps = {
  initial: CustomerDraft;
  settings: BusinessSettings;
  classes: StoredCustomerClass[];
};

/**
 * The customer form. Saving sends everything to the repository, which validates it; on a
 * refusal every field keeps what was typed and shows its message.
 */
export function CustomerForm({ initial, settings, classes }: CustomerFormProps) {
  const [draft, setDraft] = useState(initial);
  // The heading names the record as stored, not as being typed.
  const [savedName, setSavedName] = useState(initial.name);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const { parseErrors, hasParseErrorsNow, reporterFor } = useParseErrors();
  const errors = errorsByPath(issues);
  const change = (part: Partial<CustomerDraft>) =>
    setDraft((previous) => ({ ...previous, ...part }));
  const isNew = draft.id === undefined;
  const customerClass = classes.find((c) => c.id === draft.classId) ?? null;
  const mailingChoices = useMailingChoices();
  const backToList = {
    label: t('nav.customers'),
    onClick: () => navigate({ screen: 'customers' }),
  };

  const save = async () => {
    if (hasParseErrorsNow()) {
      setIssues([]);
      return;
    }
    setSaving(true);
    try {
      const result = await saveCustomer(getDb(), customerInput(draft));
      if (!result.ok) {
        setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
        return;
      }
      setIssues([]);
      notify(t('common.saved'));
      if (isNew) navigate({ screen: 'customer', id: result.value.id });
      else {
        setDraft(customerDraftOf(result.value));
        setSavedName(result.value.name);
      }
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (draft.id === undefined) return;
    const result = await removeCustomer(getDb(), draft.id);
    setConfirmRemove(false);
    if (!result.ok) {
      notify(result.error.message, 'error');
      return;
    }
    notify(result.value.message, result.value.outcome === 'deleted' ? 'success' : 'info');
    navigate({ screen: 'customers' });
  };

  const restore = async () => {
    if (draft.id === undefined) return;
    const result = await saveCustomer(getDb(), { ...customerInput(draft), archived: false });
    if (!result.ok) {
      setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
      return;
    }
    setDraft(customerDraftOf(result.value));
    setSavedName(result.value.name);
    notify(t('customer.restored'));
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('customer.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <PageHeader
        title={isNew ? t('customer.new') : savedName || t('customer.title')}
        subtitle={draft.archived ? <Chip size="small" label={t('common.archived')} /> : undefined}
        back={backToList}
        actions={
          <>
            {!isNew && draft.archived && (
              <Button onClick={() => void restore()}>{t('action.restore')}</Button>
            )}
            {!isNew && !draft.archived && (
              <Button color="error" onClick={() => setConfirmRemove(true)}>
                {t('action.remove')}
              </Button>
            )}
            <Button type="submit" variant="contained" disabled={saving}>
              {t('action.save')}
            </Button>
          </>
        }
      />
      <FormErrorSummary form={FORM} errors={summaryErrors(issues, parseErrors)} />
      <FormSection title={t('customer.section.customer')}>
        <CustomerDetailsFields
          draft={draft}
          onChange={change}
          classes={classes}
          form={FORM}
          errors={errors}
          autoFocus={isNew}
        />
      </FormSection>
      <FormSection title={t('customer.section.addresses')}>
        <AddressFields
          legend={t('customer.billingAddress')}
          value={draft.billingAddress}
          onChange={(billingAddress) => change({ billingAddress })}
          form={FORM}
          path="billingAddress"
          errors={errors}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.hasDeliveryAddress}
              onChange={(event) => change({ hasDeliveryAddress: event.target.checked })}
            />
          }
          label={t('customer.separateDelivery')}
        />
        {draft.hasDeliveryAddress && (
          <AddressFields
            legend={t('customer.deliveryAddress')}
            value={draft.deliveryAddress}
            onChange={(deliveryAddress) => change({ deliveryAddress })}
            form={FORM}
            path="deliveryAddress"
            errors={errors}
          />
        )}
      </FormSection>
      <FormSection title={t('customer.section.contacts')} description={t('contact.help')}>
        <ContactsFields
          contacts={draft.contacts}
          onChange={(contacts) => change({ contacts })}
          form={FORM}
          errors={errors}
        />
      </FormSection>
      <FormSection title={t('customer.section.defaults')} description={t('customer.defaultsHelp')}>
        <CustomerDefaultsFields
          draft={draft}
          onChange={change}
          customerClass={customerClass}
          settings={settings}
          form={FORM}
          errors={errors}
          onParseError={reporterFor}
        />
      </FormSection>
      <FormSection title={t('customer.section.eInvoice')} description={t('customer.eInvoiceHelp')}>
        <EInvoiceFields draft={draft} onChange={change} form={FORM} errors={errors} />
      </FormSection>
      <FormSection
        title={t('settings.mailing.section')}
        description={t('settings.mailing.sectionHelp')}
      >
        <MailingSettingsFields
          value={draft.mailing}
          onChange={(mailing) => change({ mailing })}
          inheritFrom={
            customerClass === null
              ? null
              : { className: customerClass.name, mailing: customerClass.mailing ?? null }
          }
          choices={mailingChoices}
          form={FORM}
          path="mailing"
          errors={errors}
        />
      </FormSection>
      <FormSection title={t('customer.section.notes')}>
        <TextInputField
          id={fieldId(FORM, 'notes')}
          label={t('customer.notes')}
          value={draft.notes}
          onChange={(notes) => change({ notes })}
          error={errors.notes}
          multiline
          minRows={3}
        />
      </FormSection>
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" variant="contained" disabled={saving}>
          {t('action.save')}
        </Button>
      </Stack>
      <ConfirmDialog
        open={confirmRemove}
        title={t('customer.removeTitle', { name: savedName })}
        message={t('customer.removeMessage')}
        confirmLabel={t('customer.removeConfirm')}
        destructive
        onConfirm={remove}
        onCancel={() => setConfirmRemove(false)}
      />
    </Box>
  );
}
