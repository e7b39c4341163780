import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Minor } from '../../../shared/money/minor';
import type { PaymentMethod } from '../../../shared/payments/paymentMethod';
import { refundOwedSplit } from '../../../shared/payments/settleRefundOwed';
import { useFormatters } from '../../app/useFormatters';
import { notify } from '../../app/notifications';
import { DateField } from '../../components/fields/DateField';
import { MoneyField } from '../../components/fields/MoneyField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { paymentMethodOptions } from '../../components/fields/choices';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { registerRefund } from '../../data/refundsRepository';
import { t } from '../../i18n/t';
import { useMoneyMovementForm } from './useMoneyMovementForm';

export type RefundDialogProps = {
  invoice: StoredDocument;
  onClose: () => void;
};

/** The dialog's fields; a refusal's message about anything else is shown above them. */
const FIELDS = ['amount', 'date', 'method', 'reference', 'note'] as const;

/**
 * Money paid back to the customer out of a credited invoice's refund owed. The amount starts
 * at what can be refunded; whether an amount is allowed is the repository's decision, and its
 * message is shown next to the amount. Text that cannot be read as an amount is refused at
 * the field: the amount last read must not be paid back. A refused refund saves nothing.
 */
export function RefundDialog({ invoice, onClose }: RefundDialogProps) {
  const { locale, money } = useFormatters();
  const titleId = useId();
  const split = refundOwedSplit(invoice);
  const [amount, setAmount] = useState<Minor | null>(split.settleable);
  const [date, setDate] = useState<IsoDate | null>(today());
  const [method, setMethod] = useState<PaymentMethod | ''>(invoice.paymentMethod);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const form = useMoneyMovementForm({ fields: FIELDS, parsed: ['amount'] });
  const { errors, edited } = form;

  const submit = async () => {
    const stops = form.stops({
      amount: amount === null ? t('invoices.refund.amountRequired') : undefined,
      date: date === null ? t('invoices.refund.dateRequired') : undefined,
      method: method === '' ? t('invoices.refund.methodRequired') : undefined,
    });
    if (stops || amount === null || date === null || method === '') return;
    await form.save(
      () =>
        registerRefund(getDb(), invoice.id, {
          amount,
          date,
          method,
          reference: reference.trim() === '' ? undefined : reference.trim(),
          note: note.trim() === '' ? undefined : note.trim(),
        }),
      () => {
        notify(t('invoices.refund.recorded'));
        onClose();
      },
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('invoices.refund.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <DialogContentText>
            {t('invoices.refund.owed', { amount: money(split.owed, invoice.currency) })}
          </DialogContentText>
          {split.outside > 0 && (
            <DialogContentText>
              {t('invoices.refund.settledOutside', {
                settleable: money(split.settleable, invoice.currency),
                outside: money(split.outside, invoice.currency),
              })}
            </DialogContentText>
          )}
          {form.problem !== null && <Alert severity="error">{form.problem}</Alert>}
          <MoneyField
            label={t('invoices.refund.amount')}
            value={amount}
            currency={invoice.currency}
            locale={locale}
            onChange={edited('amount', setAmount)}
            onParseError={form.reporterFor('amount')}
            allowNegative={false}
            error={errors['amount']}
            required
          />
          <DateField
            label={t('invoices.refund.date')}
            value={date}
            onChange={edited('date', setDate)}
            error={errors['date']}
            required
          />
          <SelectField
            label={t('invoices.refund.method')}
            value={method}
            options={paymentMethodOptions()}
            onChange={edited('method', setMethod)}
            error={errors['method']}
            required
          />
          <TextInputField
            label={t('invoices.refund.reference')}
            value={reference}
            onChange={edited('reference', setReference)}
            error={errors['reference']}
          />
          <TextInputField
            label={t('invoices.refund.note')}
            value={note}
            onChange={edited('note', setNote)}
            error={errors['note']}
            multiline
            minRows={2}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={form.busy}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={form.busy}>
          {t('invoices.refund.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
