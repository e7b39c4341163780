import { PAPER_SIZES } from '../../../shared/contract/printContract';
import { err, ok, type Result } from '../../../shared/result';
import { call } from '../../platform/invoicerApi';

export type PaperSize = (typeof PAPER_SIZES)[number];

// Letter is the paper of the United States, Canada, Mexico, the Philippines and a few
// countries of Latin America; everyone else prints on A4.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR']);

/** The paper size a person in this locale most likely has in the printer. */
export function defaultPaperSize(locale: string): PaperSize {
  const region = /-([A-Z]{2})\b/.exec(locale)?.[1];
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

const COPIES_MESSAGE = 'Copies must be a whole number from 1 to 99.';

/** The number of copies as typed: a whole number from 1 to 99, nothing else. */
export function parseCopies(text: string): Result<number, string> {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return err(COPIES_MESSAGE);
  const copies = Number(trimmed);
  return copies >= 1 && copies <= 99 ? ok(copies) : err(COPIES_MESSAGE);
}

export type JobState = 'completed' | 'pending' | 'unknown';

/**
 * Follows a print job until the printing system reports it done, or `timeoutMs` passes
 * (a printer that is off keeps it pending). An unreadable answer ends the wait as unknown.
 */
export async function waitForPrintJob(
  jobId: string,
  { timeoutMs = 60_000, intervalMs = 1_000 } = {},
): Promise<JobState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reply = await call('print.jobStatus', { jobId });
    if (!reply.ok) return 'unknown';
    if (reply.value.state !== 'pending') return reply.value.state;
    if (Date.now() + intervalMs > until) return 'pending';
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
