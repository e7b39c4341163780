import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Minor } from '../../../shared/money/minor';
import type { PaymentMethod } from '../../../shared/payments/paymentMethod';
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
import { registerPayment } from '../../data/paymentsRepository';
import { t } from '../../i18n/t';
import { useMoneyMovementForm } from './useMoneyMovementForm';

export type RegisterPaymentDialogProps = {
  invoice: StoredDocument;
  onClose: () => void;
};

/** The dialog's fields; a refusal's message about anything else is shown above them. */
const FIELDS = ['amount', 'date', 'method', 'reference', 'note'] as const;

/**
 * Money received for a posted invoice. The amount starts at the balance; whether an amount is
 * allowed (zero or less, partial, minimum, above the balance) is the repository's decision,
 * and its message is shown next to the amount. Text that cannot be read as an amount is
 * refused at the field and nothing is recorded: the last amount read must not be paid.
 */
export function RegisterPaymentDialog({ invoice, onClose }: RegisterPaymentDialogProps) {
  const { locale } = useFormatters();
  const titleId = useId();
  const [amount, setAmount] = useState<Minor | null>(invoice.balance);
  const [date, setDate] = useState<IsoDate | null>(today());
  const [method, setMethod] = useState<PaymentMethod | ''>(invoice.paymentMethod);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [keepAsCredit, setKeepAsCredit] = useState(false);
  const form = useMoneyMovementForm({ fields: FIELDS, parsed: ['amount'] });
  const { errors, edited } = form;
  const excess = amount !== null && amount > invoice.balance;

  const submit = async () => {
    const stops = form.stops({
      amount: amount === null ? t('invoices.payment.amountRequired') : undefined,
      date: date === null ? t('invoices.payment.dateRequired') : undefined,
      method: method === '' ? t('invoices.payment.methodRequired') : undefined,
    });
    if (stops || amount === null || date === null || method === '') return;
    await form.save(
      () =>
        registerPayment(getDb(), invoice.id, {
          amount,
          date,
          method,
          reference: reference.trim() === '' ? undefined : reference.trim(),
          note: note.trim() === '' ? undefined : note.trim(),
          overpayment: excess && keepAsCredit ? 'keepAsCredit' : 'refuse',
        }),
      () => {
        notify(t('invoices.payment.recorded'));
        onClose();
      },
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('invoices.payment.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {form.problem !== null && <Alert severity="error">{form.problem}</Alert>}
          <MoneyField
            label={t('invoices.payment.amount')}
            value={amount}
            currency={invoice.currency}
            locale={locale}
            onChange={edited('amount', setAmount)}
            onParseError={form.reporterFor('amount')}
            error={errors['amount']}
            required
          />
          {excess && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={keepAsCredit}
                  onChange={(event) => setKeepAsCredit(event.target.checked)}
                />
              }
              label={t('invoices.payment.keepAsCredit')}
            />
          )}
          <DateField
            label={t('invoices.payment.date')}
            value={date}
            onChange={edited('date', setDate)}
            error={errors['date']}
            required
          />
          <SelectField
            label={t('invoices.payment.method')}
            value={method}
            options={paymentMethodOptions()}
            onChange={edited('method', setMethod)}
            error={errors['method']}
            required
          />
          <TextInputField
            label={t('invoices.payment.reference')}
            value={reference}
            onChange={edited('reference', setReference)}
            error={errors['reference']}
          />
          <TextInputField
            label={t('invoices.payment.note')}
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
          {t('invoices.payment.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
