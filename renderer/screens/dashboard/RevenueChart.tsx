import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useId } from 'react';
import type { CurrencyCode } from '../../../shared/money/currencies';
import { minorToDecimalString, type Minor } from '../../../shared/money/minor';
import { useFormatters } from '../../app/useFormatters';
import { t } from '../../i18n/t';
import { ChartTable } from './ChartTable';

const WIDTH = 640;
const HEIGHT = 230;
const TOP = 26;
const BOTTOM = 28;
const LEFT = 8;
const RIGHT = 8;

export type RevenueChartProps = {
  currency: CurrencyCode;
  /** 12 months, oldest first: 'YYYY-MM' and the net revenue of that month. */
  months: readonly { month: string; net: Minor }[];
};

/** "Mar" for '2026-03', in the user's locale. */
function monthName(month: string, locale: string, style: 'short' | 'long'): string {
  const [year, number] = month.split('-').map(Number);
  const instant = new Date(Date.UTC(year ?? 2000, (number ?? 1) - 1, 15));
  return new Intl.DateTimeFormat(locale, {
    month: style,
    ...(style === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(instant);
}

/** A short amount for a bar label ("€2.3K"); the exact figure is in the bar's title and table. */
function compactMoney(amount: Minor, currency: CurrencyCode, locale: string): string {
  // Given as a decimal string, so no float ever carries the amount.
  const text = minorToDecimalString(amount, currency) as Intl.StringNumericLiteral;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(text);
}

/**
 * Net revenue by month as a small bar chart drawn by hand in SVG, with the same figures in
 * a table for screen readers and for anyone who wants the exact amounts.
 */
export function RevenueChart({ currency, months }: RevenueChartProps) {
  const theme = useTheme();
  const { locale, money } = useFormatters();
  const captionId = useId();
  const top = Math.max(0, ...months.map((m) => m.net));
  const bottom = Math.min(0, ...months.map((m) => m.net));
  const span = top - bottom || 1;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + ((top - value) / span) * plotHeight;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(months.length, 1);
  const barWidth = slot * 0.64;
  const zero = y(0);
  const summary = t('dashboard.revenue.summary', {
    first: months[0] ? monthName(months[0].month, locale, 'long') : '',
    last: months.at(-1) ? monthName(months.at(-1)!.month, locale, 'long') : '',
    highest: money(top as Minor, currency),
  });

  return (
    <Box component="figure" sx={{ m: 0 }} aria-labelledby={captionId}>
      <Typography id={captionId} component="figcaption" variant="subtitle1" gutterBottom>
        {t('dashboard.revenue.title', { currency })}
      </Typography>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={summary}
        style={{ maxHeight: 260, display: 'block' }}
      >
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={zero}
          y2={zero}
          stroke={theme.palette.divider}
          strokeWidth={1}
        />
        {months.map((entry, index) => {
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          const barTop = Math.min(y(entry.net), zero);
          const height = Math.max(Math.abs(y(entry.net) - zero), entry.net === 0 ? 0 : 1);
          const label = `${monthName(entry.month, locale, 'long')}: ${money(entry.net, currency)}`;
          return (
            <g key={entry.month} data-month={entry.month}>
              <rect
                x={x}
                y={barTop}
                width={barWidth}
                height={height}
                rx={2}
                fill={entry.net < 0 ? theme.palette.error.main : theme.palette.primary.main}
              >
                <title>{label}</title>
              </rect>
              {entry.net !== 0 && (
                <text
                  x={x + barWidth / 2}
                  y={entry.net > 0 ? barTop - 6 : barTop + height + 14}
                  textAnchor="middle"
                  fontSize={11}
                  fill={theme.palette.text.primary}
                  aria-hidden="true"
                >
                  {compactMoney(entry.net, currency, locale)}
                </text>
              )}
              <text
                x={x + barWidth / 2}
                y={HEIGHT - 8}
                textAnchor="middle"
                fontSize={12}
                fill={theme.palette.text.secondary}
              >
                {monthName(entry.month, locale, 'short')}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        summary={t('dashboard.revenue.showTable')}
        label={t('dashboard.revenue.tableLabel', { currency })}
        headers={[t('dashboard.revenue.month'), t('dashboard.revenue.net')]}
        rows={months.map((entry) => ({
          key: entry.month,
          name: monthName(entry.month, locale, 'long'),
          amount: money(entry.net, currency),
        }))}
      />
    </Box>
  );
}
