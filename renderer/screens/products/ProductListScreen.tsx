import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { vatCategoryRules } from '../../../shared/tax/vatCategories';
import { useFormatters } from '../../app/useFormatters';
import { useSettings } from '../../app/useSettings';
import { unitName } from '../../components/fields/choices';
import { ListPager } from '../../components/ListPager';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import type { StoredProduct } from '../../data/db';
import { listProducts } from '../../data/productsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { routeHash } from '../../navigation/routes';

const PAGE_SIZE = 50;

/** The product catalogue by name, searchable by name or item ID, a page at a time. */
export function ProductListScreen(_props: { id: string }) {
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [offset, setOffset] = useState(0);
  const settings = useSettings();
  const format = useFormatters();
  const page = useLiveQuery(
    () => listProducts(getDb(), { search, includeArchived, limit: PAGE_SIZE, offset }),
    [search, includeArchived, offset],
  );
  const vat = (product: StoredProduct) =>
    vatCategoryRules(product.vatCategory).rate === 'positive'
      ? t('products.vatRate', { rate: format.decimal(product.vatRate) })
      : t(`vatCategory.${product.vatCategory}`);

  return (
    <>
      <PageHeader
        title={t('products.title')}
        actions={
          <Button variant="contained" onClick={() => navigate({ screen: 'product', id: 'new' })}>
            {t('products.new')}
          </Button>
        }
      />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: { sm: 'center' } }}
      >
        <TextField
          label={t('products.search')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setOffset(0);
          }}
          helperText={t('products.searchHelp')}
          sx={{ minWidth: 280 }}
          autoComplete="off"
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={includeArchived}
              onChange={(event) => {
                setIncludeArchived(event.target.checked);
                setOffset(0);
              }}
            />
          }
          label={t('common.showArchived')}
        />
      </Stack>
      <TableContainer component={Paper} variant="outlined" sx={{ mb: 1 }}>
        <Table size="small" aria-label={t('products.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('products.column.sku')}</TableCell>
              <TableCell>{t('products.column.name')}</TableCell>
              <TableCell>{t('products.column.unit')}</TableCell>
              <TableCell align="right">{t('products.column.unitPrice')}</TableCell>
              <TableCell>{t('products.column.vat')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page?.rows.map((product) => (
              <TableRow
                key={product.id}
                hover
                onClick={() => navigate({ screen: 'product', id: product.id })}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell>{product.sku}</TableCell>
                <TableCell>
                  <Link
                    href={routeHash({ screen: 'product', id: product.id })}
                    onClick={(event) => event.stopPropagation()}
                    underline="hover"
                  >
                    {product.name}
                  </Link>
                  {product.archived && (
                    <Chip size="small" label={t('common.archived')} sx={{ ml: 1 }} />
                  )}
                </TableCell>
                <TableCell>{unitName(product.unit)}</TableCell>
                <TableCell align="right">
                  {settings ? format.price(product.unitPrice, settings.defaultCurrency) : ''}
                </TableCell>
                <TableCell>{vat(product)}</TableCell>
              </TableRow>
            ))}
            {page && page.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Typography color="text.secondary" sx={{ py: 2 }}>
                    {search ? t('common.noResults', { search }) : t('products.empty')}
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {page && (
        <ListPager
          offset={offset}
          shown={page.rows.length}
          hasMore={page.hasMore}
          pageSize={PAGE_SIZE}
          onOffsetChange={setOffset}
        />
      )}
    </>
  );
}
