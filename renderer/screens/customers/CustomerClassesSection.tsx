import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeTerms, languageName, paymentMethodName } from '../../components/fields/choices';
import { getDb } from '../../data/database';
import { deleteCustomerClass } from '../../data/customersRepository';
import type { StoredCustomerClass } from '../../data/db';
import { t } from '../../i18n/t';
import { CustomerClassDialog } from './CustomerClassDialog';
import { vatTreatmentName } from './vatTreatmentChoices';

/** What a class sets, in a few words: "EUR · 30 days net · German · Reverse charge". */
function classDefaults(customerClass: StoredCustomerClass): string {
  const parts = [
    customerClass.currency,
    customerClass.paymentTerms && describeTerms(customerClass.paymentTerms),
    customerClass.language && languageName(customerClass.language),
    customerClass.defaultPaymentMethod && paymentMethodName(customerClass.defaultPaymentMethod),
    customerClass.vatTreatment && vatTreatmentName(customerClass.vatTreatment),
  ].filter((part): part is string => typeof part === 'string' && part !== '');
  return parts.length > 0 ? parts.join(' · ') : t('classes.noDefaults');
}

/** The customer classes under the customer list: a table, and a dialog to add or edit one. */
export function CustomerClassesSection({ classes }: { classes: StoredCustomerClass[] }) {
  const titleId = useId();
  // undefined: dialog closed; null: a new class; else the class being edited.
  const [editing, setEditing] = useState<StoredCustomerClass | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<StoredCustomerClass | null>(null);

  const remove = async () => {
    if (!deleting) return;
    const result = await deleteCustomerClass(getDb(), deleting.id);
    setDeleting(null);
    if (result.ok) notify(t('classes.deleted', { name: deleting.name }));
    else notify(result.error.message, 'error');
  };

  return (
    <Paper component="section" aria-labelledby={titleId} variant="outlined" sx={{ p: 3, mt: 4 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div>
          <Typography id={titleId} variant="h6" component="h3">
            {t('classes.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('classes.help')}
          </Typography>
        </div>
        <Button variant="outlined" onClick={() => setEditing(null)} sx={{ flexShrink: 0 }}>
          {t('classes.new')}
        </Button>
      </Stack>
      {classes.length === 0 ? (
        <Typography color="text.secondary">{t('classes.empty')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('classes.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('classes.column.name')}</TableCell>
                <TableCell>{t('classes.column.defaults')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {classes.map((customerClass) => (
                <TableRow key={customerClass.id}>
                  <TableCell>{customerClass.name}</TableCell>
                  <TableCell>{classDefaults(customerClass)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      onClick={() => setEditing(customerClass)}
                      aria-label={t('classes.edit', { name: customerClass.name })}
                    >
                      {t('action.edit')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      onClick={() => setDeleting(customerClass)}
                      aria-label={t('classes.delete', { name: customerClass.name })}
                    >
                      {t('action.delete')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing !== undefined && (
        <CustomerClassDialog initial={editing} onClose={() => setEditing(undefined)} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('classes.deleteTitle', { name: deleting?.name ?? '' })}
        message={t('classes.deleteMessage')}
        confirmLabel={t('action.delete')}
        destructive
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      />
    </Paper>
  );
}
