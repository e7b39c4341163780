import { useLiveQuery } from 'dexie-react-hooks';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { LoadingScreen } from '../../components/LoadingScreen';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import { getCustomer, listCustomerClasses } from '../../data/customersRepository';
import type { StoredCustomer } from '../../data/db';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { CustomerForm } from './CustomerForm';
import { customerDraftOf, newCustomerDraft } from './customerDraft';

/** The customer editor; id 'new' starts a new customer. */
export function CustomerScreen({ id }: { id: string }) {
  const isNew = id === 'new';
  const settings = useSettings();
  const classes = useLiveQuery(() => listCustomerClasses(getDb()), []);
  // Read once: the form keeps what the user types, even if the record changes meanwhile.
  const [customer, setCustomer] = useState<StoredCustomer | null | undefined>(
    isNew ? null : undefined,
  );
  const loaded = useLiveQuery(() => (isNew ? null : getCustomer(getDb(), id)), [id, isNew]);
  if (customer === undefined && loaded !== undefined) setCustomer(loaded);

  if (!settings || classes === undefined || customer === undefined) return <LoadingScreen />;
  if (!isNew && customer === null) {
    return (
      <>
        <PageHeader
          title={t('customer.title')}
          back={{ label: t('nav.customers'), onClick: () => navigate({ screen: 'customers' }) }}
        />
        <Alert severity="warning">{t('common.notFound')}</Alert>
      </>
    );
  }
  return (
    <CustomerForm
      initial={
        customer ? customerDraftOf(customer) : newCustomerDraft(settings.company.address.country)
      }
      settings={settings}
      classes={classes}
    />
  );
}
