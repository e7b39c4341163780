import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DEFAULT_CHART_OF_ACCOUNTS, findAccount } from '../../../shared/journal/chartOfAccounts';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { useSettings } from '../../app/useSettings';
import { ListPager } from '../../components/ListPager';
import { LoadingScreen } from '../../components/LoadingScreen';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import {
  journalTrialBalance,
  listJournalEntries,
  NO_JOURNAL_FILTER,
  type JournalFilter,
} from '../../data/journalQueries';
import { t } from '../../i18n/t';
import { ExportStatus } from '../reports/ExportStatus';
import { saveCsv, useFileExport, type SaveResult } from '../reports/useFileExport';
import { JournalEntries } from './JournalEntries';
import {
  journalEntriesCsv,
  journalFileName,
  trialBalanceCsv,
  type JournalExportKind,
} from './journalExports';
import { TrialBalanceView } from './TrialBalanceView';

const PAGE_SIZE = 20;

/**
 * The books: journal entries newest first with filters, and the trial balance of them;
 * either exports as CSV, with the filters as they are set.
 */
export function JournalScreen(_props: { id: string }) {
  const settings = useSettings();
  const accounts = (settings?.chartOfAccounts ?? DEFAULT_CHART_OF_ACCOUNTS).accounts;
  const [tab, setTab] = useState<'entries' | 'trialBalance'>('entries');
  const [filter, setFilter] = useState<JournalFilter>(NO_JOURNAL_FILTER);
  const [offset, setOffset] = useState(0);
  const page = useLiveQuery(
    () => listJournalEntries(getDb(), filter, offset, PAGE_SIZE),
    [filter, offset],
  );
  const balances = useLiveQuery(() => journalTrialBalance(getDb(), filter), [filter]);
  const accountName = (code: string) => {
    const account = findAccount(accounts, code);
    return account ? `${code} ${account.name}` : code;
  };
  const change = (patch: Partial<JournalFilter>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setOffset(0);
  };
  const exporter = useFileExport();
  const exportCsv = (kind: JournalExportKind) => {
    // The filters as they are now, even if they change while the export runs.
    const chosen = filter;
    const save = async (): Promise<SaveResult> => {
      const db = getDb();
      const csv =
        kind === 'entries'
          ? await journalEntriesCsv(db, chosen, accounts)
          : { ok: true as const, value: await trialBalanceCsv(db, chosen, accounts) };
      return csv.ok ? saveCsv(journalFileName(kind, chosen), csv.value) : csv;
    };
    void exporter.run(save, (path) => t('journal.export.saved', { path }));
  };
  return (
    <>
      <PageHeader
        title={t('journal.title')}
        actions={
          <Button variant="outlined" onClick={() => exportCsv(tab)} disabled={exporter.busy}>
            {exporter.busy
              ? t('journal.export.busy')
              : t(tab === 'entries' ? 'journal.export.entries' : 'journal.export.trialBalance')}
          </Button>
        }
      />
      <ExportStatus exporter={exporter} sx={{ mb: 2 }} />
      <Stack
        component="form"
        role="search"
        aria-label={t('journal.filter.label')}
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ mb: 2 }}
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          label={t('journal.filter.from')}
          type="date"
          value={filter.from}
          onChange={(event) => change({ from: event.target.value as IsoDate | '' })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label={t('journal.filter.to')}
          type="date"
          value={filter.to}
          onChange={(event) => change({ to: event.target.value as IsoDate | '' })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          select
          label={t('journal.filter.account')}
          value={filter.account}
          onChange={(event) => change({ account: event.target.value })}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{t('journal.filter.allAccounts')}</MenuItem>
          {accounts.map((account) => (
            <MenuItem key={account.code} value={account.code}>
              {`${account.code} ${account.name}`}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('journal.filter.document')}
          value={filter.documentNumber}
          onChange={(event) => change({ documentNumber: event.target.value })}
        />
      </Stack>
      <Tabs
        value={tab}
        onChange={(_event, value: 'entries' | 'trialBalance') => setTab(value)}
        aria-label={t('journal.tabs.label')}
        sx={{ mb: 2 }}
      >
        <Tab value="entries" label={t('journal.tab.entries')} />
        <Tab value="trialBalance" label={t('journal.tab.trialBalance')} />
      </Tabs>
      <Stack spacing={2}>
        {tab === 'entries' ? (
          page === undefined ? (
            <LoadingScreen />
          ) : (
            <>
              <JournalEntries entries={page.entries} accountName={accountName} />
              <ListPager
                offset={offset}
                shown={page.entries.length}
                hasMore={page.hasMore}
                pageSize={PAGE_SIZE}
                onOffsetChange={setOffset}
              />
            </>
          )
        ) : balances === undefined ? (
          <LoadingScreen />
        ) : (
          <TrialBalanceView balances={balances} accountName={accountName} />
        )}
      </Stack>
    </>
  );
}
