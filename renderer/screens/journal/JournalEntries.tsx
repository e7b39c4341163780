import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { JOURNAL_SOURCE_LABELS, entryTotals } from '../../../shared/journal/journalEntry';
import type { Minor } from '../../../shared/money/minor';
import { useFormatters } from '../../app/useFormatters';
import { getDb } from '../../data/database';
import type { StoredJournalEntry } from '../../data/db';
import { sourceDocumentIds } from '../../data/journalQueries';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { routeHash, type Route } from '../../navigation/routes';

/**
 * The source of an entry: its kind and number, a link to its document (a payment's: its
 * invoice; credit notes open on the invoice route too) where the document is known.
 */
function SourceLabel({ entry, documentId }: { entry: StoredJournalEntry; documentId?: string }) {
  const text = `${JOURNAL_SOURCE_LABELS[entry.sourceType]} ${entry.source.reference}`;
  if (documentId === undefined) return <>{text}</>;
  const route: Route = { screen: 'invoice', id: documentId };
  return (
    <Link
      href={routeHash(route)}
      onClick={(event) => {
        event.preventDefault();
        navigate(route);
      }}
    >
      {text}
    </Link>
  );
}

/** One entry as a small table: its account lines, then the column totals. */
function JournalEntryCard({
  entry,
  documentId,
  accountName,
}: {
  entry: StoredJournalEntry;
  documentId: string | undefined;
  accountName: (code: string) => string;
}) {
  const { money, date } = useFormatters();
  const amount = (value: Minor) => (value === 0 ? '' : money(value, entry.currency));
  const totals = entryTotals(entry);
  const source = `${JOURNAL_SOURCE_LABELS[entry.sourceType]} ${entry.source.reference}`;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={t('journal.entry.label', { date: date(entry.date), source })}
      data-testid="journal-entry"
      sx={{ p: 2 }}
    >
      <Typography variant="subtitle1" component="h3">
        {date(entry.date)} · <SourceLabel entry={entry} documentId={documentId} />
      </Typography>
      {entry.description !== '' && (
        <Typography variant="body2" color="text.secondary">
          {entry.description}
        </Typography>
      )}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('journal.column.account')}</TableCell>
            <TableCell align="right">{t('journal.column.debit')}</TableCell>
            <TableCell align="right">{t('journal.column.credit')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entry.lines.map((line, index) => (
            <TableRow key={index}>
              <TableCell>{accountName(line.account)}</TableCell>
              <TableCell align="right">{amount(line.debit)}</TableCell>
              <TableCell align="right">{amount(line.credit)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 'bold' }}>
              {t('journal.total')}
            </TableCell>
            <TableCell align="right" data-testid="entry-debit-total" sx={{ fontWeight: 'bold' }}>
              {money(totals.debit, entry.currency)}
            </TableCell>
            <TableCell align="right" data-testid="entry-credit-total" sx={{ fontWeight: 'bold' }}>
              {money(totals.credit, entry.currency)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Paper>
  );
}

/** The entries of one page, newest first, or a line saying none match. */
export function JournalEntries({
  entries,
  accountName,
}: {
  entries: StoredJournalEntry[];
  accountName: (code: string) => string;
}) {
  const targets = useLiveQuery(
    () => sourceDocumentIds(getDb(), entries),
    [entries.map((entry) => entry.id).join()],
  );
  if (entries.length === 0) {
    return <Typography color="text.secondary">{t('journal.empty')}</Typography>;
  }
  return (
    <>
      {entries.map((entry) => (
        <JournalEntryCard
          key={entry.id}
          entry={entry}
          documentId={targets?.[entry.id]}
          accountName={accountName}
        />
      ))}
    </>
  );
}
