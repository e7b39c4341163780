import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useFormatters } from '../../app/useFormatters';
import { LoadingScreen } from '../../components/LoadingScreen';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDashboardFigures, type CurrencyFigures } from '../../data/dashboardRepository';
import { getDb } from '../../data/database';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { AgedReceivablesChart } from './AgedReceivablesChart';
import { FigureCard } from './FigureCard';
import { RecentDocuments } from './RecentDocuments';
import { RevenueChart } from './RevenueChart';

/** The key figures of one currency: outstanding, overdue, money received. */
function CurrencyFigureCards({ figures, single }: { figures: CurrencyFigures; single: boolean }) {
  const { money } = useFormatters();
  const amount = (value: CurrencyFigures['outstanding']) => money(value, figures.currency);
  const suffix = single ? '' : ` (${figures.currency})`;
  return (
    <>
      <FigureCard
        label={t('dashboard.outstanding') + suffix}
        value={amount(figures.outstanding)}
        detail={t('dashboard.outstanding.detail', { count: figures.outstandingCount })}
        testId={`outstanding-${figures.currency}`}
      />
      <FigureCard
        label={t('dashboard.overdue') + suffix}
        value={amount(figures.overdueAmount)}
        detail={t('dashboard.overdue.detail', { count: figures.overdueCount })}
        tone={figures.overdueCount > 0 ? 'warning' : 'normal'}
        testId={`overdue-${figures.currency}`}
      />
      <FigureCard
        label={t('dashboard.paidThisMonth') + suffix}
        value={amount(figures.paidThisMonth)}
        testId={`paid-month-${figures.currency}`}
      />
      <FigureCard
        label={t('dashboard.paidThisYear') + suffix}
        value={amount(figures.paidThisYear)}
        testId={`paid-year-${figures.currency}`}
      />
    </>
  );
}

/**
 * The trader's day at a glance: what is owed, what is late, what came in, what is waiting
 * to be posted, what changed last, revenue over the past twelve months and how long the
 * open balances have been due.
 */
export function DashboardScreen(_props: { id: string }) {
  const day = today();
  const figures = useLiveQuery(() => getDashboardFigures(getDb(), day), [day]);
  if (figures === undefined) return <LoadingScreen />;
  const single = figures.currencies.length <= 1;
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        actions={
          <>
            <Button variant="contained" onClick={() => navigate({ screen: 'invoice', id: 'new' })}>
              {t('invoices.new')}
            </Button>
            <Button variant="outlined" onClick={() => navigate({ screen: 'quote', id: 'new' })}>
              {t('quotes.new')}
            </Button>
          </>
        }
      />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          mb: 3,
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(5, 1fr)' },
        }}
      >
        {figures.currencies.map((entry) => (
          <CurrencyFigureCards key={entry.currency} figures={entry} single={single} />
        ))}
        <FigureCard
          label={t('dashboard.drafts')}
          value={figures.draftsWaiting}
          detail={
            figures.draftsByKind.creditNote > 0
              ? t('dashboard.drafts.detailWithCredit', {
                  invoices: figures.draftsByKind.invoice,
                  quotes: figures.draftsByKind.quote,
                  creditNotes: figures.draftsByKind.creditNote,
                })
              : t('dashboard.drafts.detail', {
                  invoices: figures.draftsByKind.invoice,
                  quotes: figures.draftsByKind.quote,
                })
          }
          testId="drafts"
        />
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          mb: 3,
          gridTemplateColumns: { lg: '1fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={3}>
            {figures.currencies.map((entry) => (
              <RevenueChart
                key={entry.currency}
                currency={entry.currency}
                months={entry.revenueByMonth}
              />
            ))}
          </Stack>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={3}>
            {figures.currencies.map((entry) => (
              <AgedReceivablesChart
                key={entry.currency}
                currency={entry.currency}
                amounts={entry.aged}
              />
            ))}
          </Stack>
        </Paper>
      </Box>
      <Paper
        variant="outlined"
        sx={{ p: 2 }}
        component="section"
        aria-label={t('dashboard.recent.title')}
      >
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {t('dashboard.recent.title')}
        </Typography>
        <RecentDocuments docs={figures.recentDocuments} today={day} />
      </Paper>
    </>
  );
}
