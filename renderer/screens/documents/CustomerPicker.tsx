import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '../../data/database';
import type { StoredCustomer } from '../../data/db';
import { getCustomer, listCustomers } from '../../data/customersRepository';
import { t } from '../../i18n/t';

const SUGGESTIONS = 20;

export type CustomerPickerProps = {
  id: string;
  customerId: string;
  onChange: (customer: StoredCustomer | null) => void;
  error?: string | undefined;
  /** Defaults to "Customer"; a filter passes its own. */
  label?: string | undefined;
  required?: boolean | undefined;
  helperText?: string | undefined;
  size?: 'small' | 'medium' | undefined;
};

/**
 * Chooses the customer of a document by typing part of its name: the suggestions are a
 * prefix search on the customers' name index, never the whole table.
 */
export function CustomerPicker({
  id,
  customerId,
  onChange,
  error,
  label,
  required = true,
  helperText,
  size,
}: CustomerPickerProps) {
  const db = getDb();
  const [input, setInput] = useState('');
  const selected = useLiveQuery(
    () => (customerId ? getCustomer(db, customerId) : Promise.resolve(null)),
    [customerId],
  );
  const page = useLiveQuery(
    () => listCustomers(db, { search: input, limit: SUGGESTIONS }),
    [input],
  );
  const options = page?.rows ?? [];
  return (
    <Autocomplete<StoredCustomer>
      id={id}
      value={selected ?? null}
      options={
        selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options
      }
      loading={page === undefined}
      filterOptions={(found) => found}
      getOptionLabel={(customer) => customer.name}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      onChange={(_event, customer) => onChange(customer)}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      size={size}
      noOptionsText={t('documents.customer.none')}
      loadingText={t('common.loading')}
      renderOption={(props, customer) => (
        <li {...props} key={customer.id}>
          {customer.name}
          {customer.billingAddress.city && (
            <span style={{ opacity: 0.6, marginLeft: 8 }}>{customer.billingAddress.city}</span>
          )}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label ?? t('documents.customer')}
          required={required}
          error={Boolean(error)}
          helperText={error || helperText}
        />
      )}
    />
  );
}
