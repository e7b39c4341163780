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
import type { InvoiceStatus } from '../../../shared/documents/invoiceStates';
import type { Minor } from '../../../shared/money/minor';
import { refundOwed } from '../../../shared/payments/invoiceSettlement';
import type { PaymentMethod } from '../../../shared/payments/paymentMethod';
import { refundableAmount } from '../../../shared/payments/settleRefundOwed';
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

export type RefundDialogProps = {
  invoice: StoredDocument;
  onClose: () => void;
};

/**
 * Money paid back to the customer out of a credited invoice's refund owed. The amount starts
 * at what can be refunded; whether an amount is allowed is the repository's decision, and its
 * message is shown next to the amount. A refused refund saves nothing.
 */
export function RefundDialog({ invoice, onClose }: RefundDialogProps) {
  const { locale, money } = useFormatters();
  const titleId = useId();
  const figures = { ...invoice, status: invoice.status as InvoiceStatus };
  const [amount, setAmount] = useState<Minor | null>(refundableAmount(figures));
  const [date, setDate] = useState<IsoDate | null>(today());
  const [method, setMethod] = useState<PaymentMethod | ''>(invoice.paymentMethod);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const missing: Record<string, string> = {};
    if (amount === null) missing['amount'] = t('invoices.refund.amountRequired');
    if (date === null) missing['date'] = t('invoices.refund.dateRequired');
    if (method === '') missing['method'] = t('invoices.refund.methodRequired');
    if (amount === null || date === null || method === '') {
      setErrors(missing);
      setProblem(null);
      return;
    }
    setBusy(true);
    const result = await registerRefund(getDb(), invoice.id, {
      amount,
      date,
      method,
      reference: reference.trim() === '' ? undefined : reference.trim(),
      note: note.trim() === '' ? undefined : note.trim(),
    });
    setBusy(false);
    if (!result.ok) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of result.error.issues ?? []) fieldErrors[issue.path] ??= issue.message;
      setErrors(fieldErrors);
      setProblem(Object.keys(fieldErrors).length === 0 ? result.error.message : null);
      return;
    }
    notify(t('invoices.refund.recorded'));
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('invoices.refund.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <DialogContentText>
            {t('invoices.refund.owed', { amount: money(refundOwed(invoice), invoice.currency) })}
          </DialogContentText>
          {problem !== null && <Alert severity="error">{problem}</Alert>}
          <MoneyField
            label={t('invoices.refund.amount')}
            value={amount}
            currency={invoice.currency}
            locale={locale}
            onChange={setAmount}
            allowNegative={false}
            error={errors['amount']}
            required
          />
          <DateField
            label={t('invoices.refund.date')}
            value={date}
            onChange={setDate}
            error={errors['date']}
            required
          />
          <SelectField
            label={t('invoices.refund.method')}
            value={method}
            options={paymentMethodOptions()}
            onChange={setMethod}
            error={errors['method']}
            required
          />
          <TextInputField
            label={t('invoices.refund.reference')}
            value={reference}
            onChange={setReference}
            error={errors['reference']}
            maxLength={200}
          />
          <TextInputField
            label={t('invoices.refund.note')}
            value={note}
            onChange={setNote}
            error={errors['note']}
            multiline
            minRows={2}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {t('invoices.refund.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
