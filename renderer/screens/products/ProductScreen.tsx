import Alert from '@mui/material/Alert';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { LoadingScreen } from '../../components/LoadingScreen';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import type { StoredProduct } from '../../data/db';
import { getProduct } from '../../data/productsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { ProductForm } from './ProductForm';
import { newProductDraft, productDraftOf } from './productDraft';

/** The product editor; id 'new' starts a new product. */
export function ProductScreen({ id }: { id: string }) {
  const isNew = id === 'new';
  const settings = useSettings();
  // Read once: the form keeps what the user types, even if the record changes meanwhile.
  const [product, setProduct] = useState<StoredProduct | null | undefined>(
    isNew ? null : undefined,
  );
  const loaded = useLiveQuery(() => (isNew ? null : getProduct(getDb(), id)), [id, isNew]);
  if (product === undefined && loaded !== undefined) setProduct(loaded);

  if (!settings || product === undefined) return <LoadingScreen />;
  if (!isNew && product === null) {
    return (
      <>
        <PageHeader
          title={t('product.title')}
          back={{ label: t('nav.products'), onClick: () => navigate({ screen: 'products' }) }}
        />
        <Alert severity="warning">{t('common.notFound')}</Alert>
      </>
    );
  }
  return (
    <ProductForm
      initial={product ? productDraftOf(product) : newProductDraft()}
      settings={settings}
    />
  );
}
