import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useLiveQuery } from 'dexie-react-hooks';
import { QUOTE_STATUSES, type QuoteStatus } from '../../../shared/documents/quoteStates';
import { ListPager } from '../../components/ListPager';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import { listDocuments } from '../../data/documentsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { DocumentFilters } from '../documents/DocumentFilters';
import { DocumentTable } from '../documents/DocumentTable';
import { quoteStatusName } from '../documents/documentStatus';
import { createListState, queryFilters } from '../documents/listState';
import { StatusChip } from '../documents/StatusChip';

const PAGE_SIZE = 25;

/** The quote list's filters, order and page, kept while the app runs. */
export const useQuoteList = createListState();

/** Quotes a page at a time with the same search, filters and sorting as the invoice list. */
export function QuoteListScreen(_props: { id: string }) {
  const db = getDb();
  const state = useQuoteList();
  const { sort, offset } = state;
  const filters = queryFilters(state);
  const day = today();
  const page = useLiveQuery(
    () => listDocuments(db, { kind: 'quote', ...filters, sort, limit: PAGE_SIZE, offset }, day),
    [JSON.stringify(filters), sort.by, sort.direction, offset, day],
  );
  return (
    <>
      <PageHeader
        title={t('quotes.list.title')}
        actions={
          <Button variant="contained" onClick={() => navigate({ screen: 'quote', id: 'new' })}>
            {t('quotes.new')}
          </Button>
        }
      />
      <DocumentFilters
        useList={useQuoteList}
        searchLabel={t('quotes.list.search')}
        statuses={QUOTE_STATUSES.map((status) => ({
          value: status,
          label: quoteStatusName(status),
        }))}
      />
      <Paper variant="outlined">
        <DocumentTable
          label={t('quotes.list.title')}
          rows={page?.rows ?? []}
          sort={sort}
          onSort={state.sortBy}
          secondDate={{
            label: t('quotes.validUntil'),
            of: (row) => (row.kind === 'quote' ? row.validUntil : null),
            sortable: false,
          }}
          status={(row) => <StatusChip kind="quote" status={row.status as QuoteStatus} />}
          onOpen={(row) => navigate({ screen: 'quote', id: row.id })}
          empty={page === undefined ? t('common.loading') : t('quotes.list.empty')}
        />
      </Paper>
      <Stack sx={{ mt: 1 }}>
        <ListPager
          offset={offset}
          shown={page?.rows.length ?? 0}
          hasMore={page?.hasMore ?? false}
          pageSize={PAGE_SIZE}
          onOffsetChange={state.setOffset}
        />
      </Stack>
    </>
  );
}
