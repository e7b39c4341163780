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
import { useParseErrors } from '../../components/forms/useParseErrors';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { registerPayment } from '../../data/paymentsRepository';
import { t } from '../../i18n/t';

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parse = useParseErrors();
  const excess = amount !== null && amount > invoice.balance;
  /** A change answers the message of its field. */
  const edited =
    <T,>(field: (typeof FIELDS)[number], set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setErrors(({ [field]: _answered, ...rest }) => rest);
    };

  const submit = async () => {
    // Text that is not an amount: its field says why, and the last amount read is not paid.
    const unreadable = parse.hasParseErrorsNow();
    const missing: Record<string, string> = {};
    if (amount === null && !unreadable) missing['amount'] = t('invoices.payment.amountRequired');
    if (date === null) missing['date'] = t('invoices.payment.dateRequired');
    if (method === '') missing['method'] = t('invoices.payment.methodRequired');
    if (unreadable || amount === null || date === null || method === '') {
      setErrors(missing);
      return;
    }
    setBusy(true);
    const result = await registerPayment(getDb(), invoice.id, {
      amount,
      date,
      method,
      reference: reference.trim() === '' ? undefined : reference.trim(),
      note: note.trim() === '' ? undefined : note.trim(),
      overpayment: excess && keepAsCredit ? 'keepAsCredit' : 'refuse',
    });
    setBusy(false);
    if (!result.ok) {
      const fieldErrors: Record<string, string> = {};
      const other: string[] = [];
      for (const issue of result.error.issues ?? []) {
        if ((FIELDS as readonly string[]).includes(issue.path))
          fieldErrors[issue.path] ??= issue.message;
        else other.push(issue.message);
      }
      setErrors(fieldErrors);
      setProblem(
        other.length > 0
          ? other.join(' ')
          : Object.keys(fieldErrors).length === 0
            ? result.error.message
            : null,
      );
      return;
    }
    notify(t('invoices.payment.recorded'));
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('invoices.payment.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {problem !== null && <Alert severity="error">{problem}</Alert>}
          <MoneyField
            label={t('invoices.payment.amount')}
            value={amount}
            currency={invoice.currency}
            locale={locale}
            onChange={edited('amount', setAmount)}
            onParseError={parse.reporterFor('amount')}
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
        <Button onClick={onClose} disabled={busy}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {t('invoices.payment.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
