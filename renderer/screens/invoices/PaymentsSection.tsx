import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { negateMinor, ZERO } from '../../../shared/money/minor';
import type { Payment, PaymentKind } from '../../../shared/schemas/payment';
import { useFormatters } from '../../app/useFormatters';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { paymentMethodName } from '../../components/fields/choices';
import { TextInputField } from '../../components/fields/TextInputField';
import { today } from '../../data/clock';
import { customerCreditBalance, applyCustomerCredit } from '../../data/customerCreditRepository';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { listPayments, markAsPaid, reversePayment } from '../../data/paymentsRepository';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import { RegisterPaymentDialog } from './RegisterPaymentDialog';

const KIND_KEYS = {
  payment: 'invoices.payments.kind.payment',
  reversal: 'invoices.payments.kind.reversal',
  refund: 'invoices.payments.kind.refund',
  creditApplication: 'invoices.payments.kind.creditApplication',
  creditFromInvoice: 'invoices.payments.kind.creditFromInvoice',
} as const satisfies Record<PaymentKind, MessageKey>;

/** Records that take from what the invoice counts as paid are listed below zero. */
const TAKES_BACK: ReadonlySet<PaymentKind> = new Set(['reversal', 'refund', 'creditFromInvoice']);
/** Records that move credit, not money, have no payment method worth showing. */
const CREDIT_ONLY: ReadonlySet<PaymentKind> = new Set(['creditApplication', 'creditFromInvoice']);

/**
 * The payment records of a posted invoice (reversals listed beside the payments they undo,
 * refunds and refunds kept as credit below zero) and the actions that add to them: register,
 * mark as paid, reverse, apply customer credit.
 */
export function PaymentsSection({ invoice }: { invoice: StoredDocument }) {
  const { money, date } = useFormatters();
  const payments = useLiveQuery(() => listPayments(getDb(), invoice.id), [invoice.id], []);
  const credit = useLiveQuery(
    () => customerCreditBalance(getDb(), invoice.customerId, invoice.currency),
    [invoice.customerId, invoice.currency],
    ZERO,
  );
  const [registering, setRegistering] = useState(false);
  const [confirmingPaid, setConfirmingPaid] = useState(false);
  const [reversing, setReversing] = useState<Payment | null>(null);
  const [reason, setReason] = useState('');
  const payable = invoice.balance > 0 && invoice.status !== 'cancelled';
  const reversedIds = new Set(payments.map((payment) => payment.reversesPaymentId));
  // Nothing leaves 'cancelled', so a reversal there would only be refused; its money is
  // settled through the refund owed instead.
  const reversible = invoice.status !== 'cancelled';

  const run = async (
    action: () => Promise<{ ok: boolean; error?: { message: string } }>,
    done: string,
  ) => {
    const result = await action();
    if (!result.ok) notify(result.error?.message ?? '', 'error');
    else notify(done);
  };

  return (
    <FormSection
      title={t('invoices.view.payments')}
      actions={
        payable && (
          <Stack direction="row" spacing={1}>
            {credit > 0 && (
              <Button
                onClick={() =>
                  void run(
                    () => applyCustomerCredit(getDb(), invoice.id, { today: today() }),
                    t('invoices.payments.creditApplied'),
                  )
                }
              >
                {t('invoices.payments.applyCredit', { amount: money(credit, invoice.currency) })}
              </Button>
            )}
            <Button onClick={() => setConfirmingPaid(true)}>
              {t('invoices.payments.markPaid')}
            </Button>
            <Button variant="contained" onClick={() => setRegistering(true)}>
              {t('invoices.payments.register')}
            </Button>
          </Stack>
        )
      }
    >
      {payments.length === 0 ? (
        <Typography color="text.secondary">{t('invoices.view.payments.empty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('invoices.view.payments')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('invoices.payments.col.date')}</TableCell>
              <TableCell>{t('invoices.payments.col.kind')}</TableCell>
              <TableCell>{t('invoices.payments.col.method')}</TableCell>
              <TableCell>{t('invoices.payments.col.reference')}</TableCell>
              <TableCell align="right">{t('invoices.payments.col.amount')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {payments.map((payment) => (
              <TableRow key={payment.id}>
                <TableCell>{date(payment.date)}</TableCell>
                <TableCell>{t(KIND_KEYS[payment.kind])}</TableCell>
                <TableCell>
                  {CREDIT_ONLY.has(payment.kind) ? '' : paymentMethodName(payment.method)}
                </TableCell>
                <TableCell>{payment.reference ?? ''}</TableCell>
                <TableCell align="right">
                  {money(
                    TAKES_BACK.has(payment.kind) ? negateMinor(payment.amount) : payment.amount,
                    payment.currency,
                  )}
                </TableCell>
                <TableCell align="right">
                  {reversible && payment.kind === 'payment' && !reversedIds.has(payment.id) && (
                    <Button size="small" onClick={() => setReversing(payment)}>
                      {t('invoices.payments.reverse')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {registering && (
        <RegisterPaymentDialog invoice={invoice} onClose={() => setRegistering(false)} />
      )}
      <ConfirmDialog
        open={confirmingPaid}
        title={t('invoices.payments.markPaid.title')}
        message={t('invoices.payments.markPaid.message', {
          amount: money(invoice.balance, invoice.currency),
        })}
        confirmLabel={t('invoices.payments.markPaid')}
        onConfirm={async () => {
          await run(
            () => markAsPaid(getDb(), invoice.id, { today: today() }),
            t('invoices.payment.recorded'),
          );
          setConfirmingPaid(false);
        }}
        onCancel={() => setConfirmingPaid(false)}
      />
      <ConfirmDialog
        open={reversing !== null}
        title={t('invoices.payments.reverse.title')}
        destructive
        message={
          <Stack spacing={2}>
            <Typography>{t('invoices.payments.reverse.message')}</Typography>
            <TextInputField
              label={t('invoices.payments.reverse.reason')}
              value={reason}
              onChange={setReason}
              size="small"
            />
          </Stack>
        }
        confirmLabel={t('invoices.payments.reverse')}
        onConfirm={async () => {
          const original = reversing;
          if (original === null) return;
          const why =
            reason.trim() === '' ? t('invoices.payments.reverse.defaultReason') : reason.trim();
          await run(
            () => reversePayment(getDb(), original.id, { date: today(), reason: why }),
            t('invoices.payments.reversed'),
          );
          setReversing(null);
          setReason('');
        }}
        onCancel={() => {
          setReversing(null);
          setReason('');
        }}
      />
    </FormSection>
  );
}
