import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import {
  AGE_BUCKETS,
  type AgeBucket,
  type AgedAmounts,
} from '../../../shared/reports/agedReceivables';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { useFormatters } from '../../app/useFormatters';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import { ChartTable } from './ChartTable';

const WIDTH = 640;
const HEIGHT = 230;
const TOP = 26;
const BOTTOM = 28;
const LEFT = 8;
const RIGHT = 8;

// The reports screen's names of the buckets, so both screens say the same.
const BUCKET_NAMES: Record<AgeBucket, MessageKey> = {
  notDue: 'reports.aged.notDue',
  days1to30: 'reports.aged.days1to30',
  days31to60: 'reports.aged.days31to60',
  days61to90: 'reports.aged.days61to90',
  over90: 'reports.aged.over90',
};

export type AgedReceivablesChartProps = {
  currency: CurrencyCode;
  amounts: AgedAmounts;
};

/**
 * What customers owe, by how long it has been due: not due yet, 1–30, 31–60, 61–90 and over
 * 90 days. Bars drawn by hand in SVG like the revenue chart; every bar is a labelled list
 * item with its amount written above it, and the same figures are in a table.
 */
export function AgedReceivablesChart({ currency, amounts }: AgedReceivablesChartProps) {
  const theme = useTheme();
  const { money } = useFormatters();
  const captionId = useId();
  // Balances of open invoices are above zero; max(…, 1) keeps an empty chart drawable.
  const top = Math.max(1, ...AGE_BUCKETS.map((bucket) => amounts[bucket]));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = TOP + plotHeight;
  const slot = (WIDTH - LEFT - RIGHT) / AGE_BUCKETS.length;
  const barWidth = slot * 0.56;
  const colours: Record<AgeBucket, string> = {
    notDue: theme.palette.success.main,
    days1to30: theme.palette.warning.light,
    days31to60: theme.palette.warning.main,
    days61to90: theme.palette.warning.dark,
    over90: theme.palette.error.main,
  };

  return (
    <Box component="figure" sx={{ m: 0 }} aria-labelledby={captionId}>
      <Typography id={captionId} component="figcaption" variant="subtitle1" gutterBottom>
        {t('dashboard.aged.title', { currency })}
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid={`aged-total-${currency}`}>
        {amounts.total === 0
          ? t('dashboard.aged.nothingOwed')
          : t('dashboard.aged.total', { amount: money(amounts.total, currency) })}
      </Typography>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="list"
        aria-label={t('dashboard.aged.barsLabel', { currency })}
        style={{ maxHeight: 260, display: 'block' }}
      >
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={baseline}
          y2={baseline}
          stroke={theme.palette.divider}
          strokeWidth={1}
        />
        {AGE_BUCKETS.map((bucket, index) => {
          const value = amounts[bucket];
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          const height = value === 0 ? 0 : Math.max((value / top) * plotHeight, 1);
          const name = t(BUCKET_NAMES[bucket]);
          const text = money(value, currency);
          return (
            <g key={bucket} role="listitem" aria-label={`${name}: ${text}`} data-bucket={bucket}>
              <title>{`${name}: ${text}`}</title>
              <rect
                x={x}
                y={baseline - height}
                width={barWidth}
                height={height}
                rx={2}
                fill={colours[bucket]}
              />
              <text
                x={x + barWidth / 2}
                y={baseline - height - 6}
                textAnchor="middle"
                fontSize={12}
                fill={theme.palette.text.primary}
                aria-hidden="true"
              >
                {text}
              </text>
              <text
                x={x + barWidth / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize={12}
                fill={theme.palette.text.secondary}
                aria-hidden="true"
              >
                {name}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        summary={t('dashboard.aged.showTable')}
        label={t('dashboard.aged.tableLabel', { currency })}
        headers={[t('dashboard.aged.age'), t('dashboard.aged.amount')]}
        rows={AGE_BUCKETS.map((bucket) => ({
          key: bucket,
          name: t(BUCKET_NAMES[bucket]),
          amount: money(amounts[bucket], currency),
        }))}
        total={{ name: t('reports.aged.total'), amount: money(amounts.total, currency) }}
      />
    </Box>
  );
}
