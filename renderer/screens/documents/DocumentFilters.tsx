import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { DocumentListStatus } from '../../data/documentQueries';
import { DateField } from '../../components/fields/DateField';
import { SelectField, type SelectOption } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { t } from '../../i18n/t';
import { CustomerPicker } from './CustomerPicker';
import type { ListState } from './listState';

/**
 * The filters of a document list: search by number or customer name as typed, status,
 * customer and a range of issue dates. Each is answered on an index by the repository.
 */
export function DocumentFilters({
  useList,
  statuses,
  searchLabel,
}: {
  useList: UseBoundStore<StoreApi<ListState>>;
  statuses: SelectOption<DocumentListStatus>[];
  searchLabel: string;
}) {
  const state = useList();
  const filtered =
    state.search !== '' ||
    state.status !== '' ||
    state.customerId !== '' ||
    state.from !== null ||
    state.to !== null;
  return (
    <Box
      role="search"
      aria-label={t('documents.filters')}
      sx={{
        display: 'grid',
        gap: 2,
        mb: 2,
        alignItems: 'start',
        gridTemplateColumns: { xs: '1fr', md: '2fr 1.2fr 2fr 1.2fr 1.2fr auto' },
      }}
    >
      <TextInputField
        label={searchLabel}
        value={state.search}
        onChange={(search) => state.setFilter('search', search)}
        type="text"
        size="small"
      />
      <SelectField<DocumentListStatus>
        label={t('documents.filter.status')}
        value={state.status}
        options={statuses}
        emptyLabel={t('documents.filter.anyStatus')}
        onChange={(status) => state.setFilter('status', status)}
        size="small"
      />
      <CustomerPicker
        id="document-filter-customer"
        customerId={state.customerId}
        onChange={(customer) => state.setFilter('customerId', customer?.id ?? '')}
        label={t('documents.filter.customer')}
        required={false}
        size="small"
      />
      <DateField
        label={t('documents.filter.from')}
        value={state.from}
        onChange={(from) => state.setFilter('from', from)}
        max={state.to ?? undefined}
        size="small"
      />
      <DateField
        label={t('documents.filter.to')}
        value={state.to}
        onChange={(to) => state.setFilter('to', to)}
        min={state.from ?? undefined}
        size="small"
      />
      <Button onClick={state.reset} disabled={!filtered} sx={{ mt: 0.5 }}>
        {t('documents.filter.clear')}
      </Button>
    </Box>
  );
}
