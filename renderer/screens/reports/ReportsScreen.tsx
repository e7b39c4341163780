import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  PERIOD_KINDS,
  periodOf,
  shiftPeriod,
  type PeriodKind,
  type ReportPeriod,
} from '../../../shared/reports/reportPeriod';
import { useFormatters } from '../../app/useFormatters';
import { useSettings } from '../../app/useSettings';
import { LoadingScreen } from '../../components/LoadingScreen';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import { getReports } from '../../data/reportsRepository';
import { t } from '../../i18n/t';
import { REPORT_KINDS } from './reportFiles';
import type { ReportPdfSettings } from './reportPdfInput';
import { ReportSection } from './ReportSections';

/**
 * Aged receivables as of today; VAT and sales for a month, quarter or year the user picks.
 * Each report exports as CSV and as a print-friendly PDF, and prints.
 */
export function ReportsScreen(_props: { id: string }) {
  const day = today();
  const formatters = useFormatters();
  const { date } = formatters;
  const settings = useSettings();
  const [period, setPeriod] = useState<ReportPeriod>(() => periodOf(day, 'month'));
  const reports = useLiveQuery(
    () => getReports(getDb(), day, period),
    [day, period.from, period.to],
  );
  const periodText = t('reports.period.range', {
    label: period.label,
    from: date(period.from),
    to: date(period.to),
  });
  const pdfContext = (label: string): ReportPdfSettings | null =>
    settings
      ? {
          company: settings.company,
          formatters,
          period: periodText,
          periodLabel: label,
          today: day,
        }
      : null;
  return (
    <>
      <PageHeader title={t('reports.title')} />
      <Stack
        role="group"
        aria-label={t('reports.period.label')}
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 3, alignItems: { sm: 'center' } }}
      >
        <ToggleButtonGroup
          exclusive
          size="small"
          value={period.kind}
          aria-label={t('reports.period.kind')}
          onChange={(_event, kind: PeriodKind | null) => {
            if (kind !== null) setPeriod(periodOf(period.from, kind));
          }}
        >
          {PERIOD_KINDS.map((kind) => (
            <ToggleButton key={kind} value={kind}>
              {t(`reports.period.${kind}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Button onClick={() => setPeriod(shiftPeriod(period, -1))}>
          ← {t('reports.period.previous')}
        </Button>
        <Typography data-testid="report-period" aria-live="polite">
          {periodText}
        </Typography>
        <Button onClick={() => setPeriod(shiftPeriod(period, 1))}>
          {t('reports.period.next')} →
        </Button>
      </Stack>
      {reports === undefined ? (
        <LoadingScreen />
      ) : (
        <Stack spacing={4}>
          {REPORT_KINDS.map((kind) => {
            // Receivables are aged as of today, whatever period is chosen.
            const label = kind === 'aged' ? day : period.label;
            return (
              <ReportSection
                key={kind}
                kind={kind}
                reports={reports}
                formatters={formatters}
                label={label}
                pdfContext={pdfContext(label)}
              />
            );
          })}
        </Stack>
      )}
    </>
  );
}
