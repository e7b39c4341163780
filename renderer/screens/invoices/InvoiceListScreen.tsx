import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { InvoiceStatus } from '../../../shared/documents/invoiceStates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ListPager } from '../../components/ListPager';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import { listDocuments } from '../../data/documentsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { BatchExportDialog, useBatchExport } from '../documents/BatchExportDialog';
import { DocumentFilters } from '../documents/DocumentFilters';
import { DocumentTable } from '../documents/DocumentTable';
import {
  INVOICE_LIST_STATUSES,
  invoiceShownStatus,
  invoiceStatusName,
} from '../documents/documentStatus';
import { createListState, queryFilters } from '../documents/listState';
import { StatusChip } from '../documents/StatusChip';
import { BatchPostSummary } from './BatchPostDialogs';
import { postSelectedDrafts, type BatchOutcome } from './batchPost';

const PAGE_SIZE = 25;

/** The invoice list's filters, order, page and selection, kept while the app runs. */
export const useInvoiceList = createListState();

/**
 * Invoices a page at a time, straight from the indexes: search by number or customer as
 * typed, filters by status, customer and issue dates, sortable columns, a batch post of
 * the selected drafts and a batch export of the selected invoices' PDFs.
 */
export function InvoiceListScreen(_props: { id: string }) {
  const db = getDb();
  const state = useInvoiceList();
  const { sort, offset, selected } = state;
  const filters = queryFilters(state);
  const day = today();
  const page = useLiveQuery(
    () => listDocuments(db, { kind: 'invoice', ...filters, sort, limit: PAGE_SIZE, offset }, day),
    [JSON.stringify(filters), sort.by, sort.direction, offset, day],
  );
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<BatchOutcome | null>(null);
  const batchExport = useBatchExport();

  const postSelected = async () => {
    const result = await postSelectedDrafts(db, selected, today());
    setConfirming(false);
    state.setSelected([]);
    setOutcome(result);
  };

  return (
    <>
      <PageHeader
        title={t('invoices.list.title')}
        actions={
          <Button variant="contained" onClick={() => navigate({ screen: 'invoice', id: 'new' })}>
            {t('invoices.new')}
          </Button>
        }
      />
      <DocumentFilters
        useList={useInvoiceList}
        searchLabel={t('invoices.list.search')}
        statuses={INVOICE_LIST_STATUSES.map((status) => ({
          value: status,
          label: invoiceStatusName(status),
        }))}
      />
      {selected.length > 0 && (
        <Paper
          variant="outlined"
          sx={{ p: 1.5, mb: 2 }}
          role="region"
          aria-label={t('invoices.batch.bar')}
        >
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography>{t('invoices.batch.selected', { count: selected.length })}</Typography>
            <Button variant="contained" onClick={() => setConfirming(true)}>
              {t('invoices.batch.post')}
            </Button>
            <Button variant="outlined" onClick={() => batchExport.start(selected)}>
              {t('documents.out.batch.export')}
            </Button>
            <Button onClick={() => state.setSelected([])}>{t('invoices.batch.clear')}</Button>
          </Stack>
        </Paper>
      )}
      <Paper variant="outlined">
        <DocumentTable
          label={t('invoices.list.title')}
          rows={page?.rows ?? []}
          sort={sort}
          onSort={state.sortBy}
          secondDate={{ label: t('documents.dueDate'), of: (row) => row.dueDate, sortable: true }}
          status={(row) => (
            <StatusChip
              kind="invoice"
              status={invoiceShownStatus(
                { status: row.status as InvoiceStatus, dueDate: row.dueDate, balance: row.balance },
                day,
              )}
            />
          )}
          onOpen={(row) => navigate({ screen: 'invoice', id: row.id })}
          selection={{ selected, toggle: state.toggle, setSelected: state.setSelected }}
          empty={page === undefined ? t('common.loading') : t('invoices.list.empty')}
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
      <ConfirmDialog
        open={confirming}
        title={t('invoices.batch.confirmTitle')}
        message={t('invoices.batch.confirmMessage', { count: selected.length })}
        confirmLabel={t('invoices.batch.post')}
        destructive
        onConfirm={postSelected}
        onCancel={() => setConfirming(false)}
      />
      <BatchPostSummary outcome={outcome} onClose={() => setOutcome(null)} />
      <BatchExportDialog state={batchExport.state} onClose={batchExport.close} />
    </>
  );
}
