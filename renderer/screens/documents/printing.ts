import { useEffect, useState } from 'react';
import type { ReplyOf } from '../../../shared/contract/contract';
import type { IpcError } from '../../../shared/contract/ipcError';
import { PAPER_SIZES } from '../../../shared/contract/printContract';
import { err, ok, type Result } from '../../../shared/result';
import { t } from '../../i18n/t';
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

export type Printer = ReplyOf<'printers.list'>['printers'][number];

/**
 * The printers of this computer (null while loading, empty when none or unreadable, the
 * error going to `onError`), with the default chosen, else the first that is not paused.
 */
export function usePrinters(onError: (error: IpcError) => void) {
  const [printers, setPrinters] = useState<Printer[] | null>(null);
  const [printer, setPrinter] = useState('');
  useEffect(() => {
    let current = true;
    void call('printers.list', {}).then((reply) => {
      if (!current) return;
      if (!reply.ok) {
        onError(reply.error);
        setPrinters([]);
        return;
      }
      const list = reply.value.printers;
      setPrinters(list);
      const preferred =
        list.find((entry) => entry.isDefault) ?? list.find((entry) => entry.enabled);
      setPrinter((chosen) =>
        list.some((entry) => entry.name === chosen) ? chosen : (preferred?.name ?? ''),
      );
    });
    return () => {
      current = false;
    };
  }, [onError]);
  return { printers, printer, setPrinter };
}

/** A printer as the list shows it: name, description, and whether default or paused. */
export function printerLabel(entry: Printer): string {
  return [
    entry.description && entry.description !== entry.name
      ? `${entry.name} — ${entry.description}`
      : entry.name,
    entry.isDefault ? t('documents.out.print.default') : '',
    entry.enabled ? '' : t('documents.out.print.paused'),
  ]
    .filter(Boolean)
    .join(' ');
}

/** What print.pdf answered, for a screen that keeps a history of its attempts. */
export type PrintAttempt =
  | { ok: true; printer: string; jobId: string; copies: number; paperSize: PaperSize }
  | { ok: false; printer: string; error: IpcError };
