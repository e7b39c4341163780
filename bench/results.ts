// The figures of a run: median and 95th percentile of each metric's samples, the targets of
// issue #7, bench/results.json and the table printed at the end.

export type Metric = { median: number; p95: number; unit: string };

export type Target = { limit: number; atLeast?: boolean };

/** Medians the issue asks for (2-core machine); pdf_speedup is a floor, the rest ceilings. */
export const TARGETS: Record<string, Target> = {
  post_invoice_ms: { limit: 15 },
  list_first_page_ms: { limit: 30 },
  filter_status_ms: { limit: 30 },
  filter_customer_ms: { limit: 30 },
  search_number_ms: { limit: 30 },
  search_customer_ms: { limit: 30 },
  dashboard_ms: { limit: 50 },
  cold_load_ms: { limit: 800 },
  heap_mb: { limit: 200 },
  initial_js_gzip_kb: { limit: 300 },
  pdf_ms: { limit: 10 },
  pdf_speedup: { limit: 4, atLeast: true },
};

/** The order of issue #7's list, for the table and results.json; others follow. */
export const METRIC_ORDER = [
  'post_invoice_ms',
  'list_first_page_ms',
  'filter_status_ms',
  'filter_customer_ms',
  'search_number_ms',
  'search_customer_ms',
  'dashboard_ms',
  'cold_load_ms',
  'pdf_ms',
  'pdf_worker_ms',
  'pdf_chromium_ms',
  'pdf_speedup',
  'pdf_worker_speedup',
  'bulk_export_1000_s',
  'initial_js_gzip_kb',
  'heap_mb',
];

/** The metrics in METRIC_ORDER. */
export function inOrder(metrics: Record<string, Metric>): Record<string, Metric> {
  const rank = (name: string) => {
    const index = METRIC_ORDER.indexOf(name);
    return index < 0 ? METRIC_ORDER.length : index;
  };
  return Object.fromEntries(Object.entries(metrics).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The value at quantile q of the samples (nearest rank: an actual sample, never between). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

function round(value: number): number {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/** A metric from its samples. */
export function metricOf(samples: readonly number[], unit: string): Metric {
  return { median: round(quantile(samples, 0.5)), p95: round(quantile(samples, 0.95)), unit };
}

/** Whether a metric meets its target (undefined: the issue sets none). */
export function meets(name: string, metric: Metric): boolean | undefined {
  const target = TARGETS[name];
  if (!target) return undefined;
  return target.atLeast ? metric.median >= target.limit : metric.median <= target.limit;
}

/** The table printed at the end, also pasted into the README. */
export function resultTable(metrics: Record<string, Metric>, runs: Record<string, number>): string {
  const rows = Object.entries(metrics).map(([name, metric]) => {
    const target = TARGETS[name];
    const goal = target ? `${target.atLeast ? '≥' : '≤'} ${target.limit}` : '';
    const verdict = meets(name, metric);
    return [
      name,
      String(metric.median),
      String(metric.p95),
      metric.unit,
      String(runs[name] ?? ''),
      goal,
      verdict === undefined ? '' : verdict ? 'met' : 'MISSED',
    ];
  });
  const head = ['metric', 'median', 'p95', 'unit', 'runs', 'target', ''];
  const widths = head.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column >= 1 && column <= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((width, column) => (column >= 1 && column <= 2 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
