import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { useFormatters } from '../../app/useFormatters';
import { getDb } from '../../data/database';
import type { StoredProduct } from '../../data/db';
import { listProducts } from '../../data/productsRepository';
import { t } from '../../i18n/t';

const SUGGESTIONS = 20;

/**
 * Adds a catalogue product as a new line: type part of its name or item ID and pick it. The
 * field empties again after each pick, ready for the next product.
 */
export function ProductPicker({
  id,
  currency,
  onPick,
}: {
  id: string;
  currency: CurrencyCode;
  onPick: (product: StoredProduct) => void;
}) {
  const db = getDb();
  const { decimal } = useFormatters();
  const [input, setInput] = useState('');
  const page = useLiveQuery(() => listProducts(db, { search: input, limit: SUGGESTIONS }), [input]);
  return (
    <Autocomplete<StoredProduct>
      id={id}
      value={null}
      options={page?.rows ?? []}
      loading={page === undefined}
      filterOptions={(found) => found}
      getOptionLabel={(product) => `${product.sku} – ${product.name}`}
      onChange={(_event, product) => {
        if (product) onPick(product);
        setInput('');
      }}
      inputValue={input}
      onInputChange={(_event, text, reason) => setInput(reason === 'reset' ? '' : text)}
      blurOnSelect
      noOptionsText={t('documents.product.none')}
      loadingText={t('common.loading')}
      renderOption={(props, product) => (
        <li {...props} key={product.id}>
          <span style={{ flexGrow: 1 }}>
            {product.sku} – {product.name}
          </span>
          <span style={{ opacity: 0.7, marginLeft: 16 }}>
            {decimal(product.unitPrice, { minFractionDigits: 2 })} {currency}
          </span>
        </li>
      )}
      renderInput={(params) => (
        <TextField {...params} label={t('documents.product.add')} size="small" />
      )}
      sx={{ minWidth: 320, flexGrow: 1 }}
    />
  );
}
