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
import { ListPager } from '../../components/ListPager';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import { listCustomerClasses, listCustomers } from '../../data/customersRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { routeHash } from '../../navigation/routes';
import { CustomerClassesSection } from './CustomerClassesSection';

const PAGE_SIZE = 50;

/** Customers by name, a page at a time, with search by name and archived ones on demand. */
export function CustomerListScreen(_props: { id: string }) {
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [offset, setOffset] = useState(0);
  const page = useLiveQuery(
    () => listCustomers(getDb(), { search, includeArchived, limit: PAGE_SIZE, offset }),
    [search, includeArchived, offset],
  );
  const classes = useLiveQuery(() => listCustomerClasses(getDb()), []);
  const className = (id: string | null) => classes?.find((c) => c.id === id)?.name ?? '';

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        actions={
          <Button variant="contained" onClick={() => navigate({ screen: 'customer', id: 'new' })}>
            {t('customers.new')}
          </Button>
        }
      />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: { sm: 'center' } }}
      >
        <TextField
          label={t('customers.search')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setOffset(0);
          }}
          helperText={t('customers.searchHelp')}
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
        <Table size="small" aria-label={t('customers.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('customers.column.name')}</TableCell>
              <TableCell>{t('customers.column.city')}</TableCell>
              <TableCell>{t('customers.column.email')}</TableCell>
              <TableCell>{t('customers.column.class')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page?.rows.map((customer) => (
              <TableRow
                key={customer.id}
                hover
                onClick={() => navigate({ screen: 'customer', id: customer.id })}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell>
                  <Link
                    href={routeHash({ screen: 'customer', id: customer.id })}
                    onClick={(event) => event.stopPropagation()}
                    underline="hover"
                  >
                    {customer.name}
                  </Link>
                  {customer.archived && (
                    <Chip size="small" label={t('common.archived')} sx={{ ml: 1 }} />
                  )}
                </TableCell>
                <TableCell>{customer.billingAddress.city}</TableCell>
                <TableCell>{customer.email}</TableCell>
                <TableCell>{className(customer.classId)}</TableCell>
              </TableRow>
            ))}
            {page && page.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={4}>
                  <Typography color="text.secondary" sx={{ py: 2 }}>
                    {search ? t('common.noResults', { search }) : t('customers.empty')}
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
      <CustomerClassesSection classes={classes ?? []} />
    </>
  );
}
