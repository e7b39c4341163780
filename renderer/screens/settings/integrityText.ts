import type { CurrencyCode } from '../../../shared/money/currencies';
import type { Formatters } from '../../app/useFormatters';
import type { AuditedSource, IntegrityFailure } from '../../data/audit/verifyIntegrity';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';

// The sentence Settings → Integrity shows for the first record that does not match: which
// record, what it was for (document number, or payment with amount and invoice), when it
// was posted, and why it does not match.

const REASONS: Record<IntegrityFailure['reason'], MessageKey> = {
  contentChanged: 'settings.integrity.reason.contentChanged',
  sourceMissing: 'settings.integrity.reason.sourceMissing',
  recordChanged: 'settings.integrity.reason.recordChanged',
  recordDamaged: 'settings.integrity.reason.recordDamaged',
  chainBroken: 'settings.integrity.reason.chainBroken',
  recordMissing: 'settings.integrity.reason.recordMissing',
  notRecorded: 'settings.integrity.reason.notRecorded',
};

/**
 * The failure as one sentence: "Record 7 (Invoice INV-2026-0042, posted 16/03/2026, 12:00)
 * does not match: it was changed after it was posted; …".
 */
export function failureText(failure: IntegrityFailure, formatters: Formatters): string {
  const reason = t(REASONS[failure.reason]);
  const source = failure.source ? sourceText(failure.source, formatters) : null;
  if (failure.seq === null) {
    return t('settings.integrity.unrecorded', { source: source ?? '', reason });
  }
  if (source === null) return t('settings.integrity.recordFailed', { seq: failure.seq, reason });
  const when = failure.at ? timestampText(failure.at, formatters.locale) : null;
  const detail =
    when === null
      ? source
      : t(
          failure.source?.type === 'payment'
            ? 'settings.integrity.recordedAt'
            : 'settings.integrity.postedAt',
          { source, when },
        );
  return t('settings.integrity.sourceFailed', { seq: failure.seq, source: detail, reason });
}

function sourceText(source: AuditedSource, formatters: Formatters): string {
  if (source.type !== 'payment') {
    const kind = t(
      source.type === 'invoice' ? 'settings.integrity.invoice' : 'settings.integrity.creditNote',
    );
    return source.number === null
      ? t('settings.integrity.deleted', { kind })
      : t('settings.integrity.document', { kind, number: source.number });
  }
  if (source.payment === null) {
    return t('settings.integrity.deleted', { kind: t('settings.integrity.payment') });
  }
  const { kind, amount, currency } = source.payment;
  return t('settings.integrity.paymentOf', {
    kind: t(`invoices.payments.kind.${kind}`),
    amount: formatters.money(amount, currency as CurrencyCode),
    invoice: source.invoiceNumber ?? '—',
  });
}

/** Date and time in the locale, in the computer's time zone (where the user posted). */
function timestampText(at: string, locale: string): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return at;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(
    instant,
  );
}
