import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { remainingQuantities } from '../../../shared/creditNotes/creditedSoFar';
import type { DecimalString } from '../../../shared/money/decimal';
import { useFormatters } from '../../app/useFormatters';
import { creditableOf, priorCreditsOf } from '../../data/creditNotePosting';
import { createCreditNoteDraft } from '../../data/creditNotesRepository';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';

type Picked = { ticked: boolean; quantity: string };

/**
 * Chooses what a credit note carries over from a posted invoice: everything not credited
 * yet, or ticked lines with quantities up to what is left of each. Whether a quantity is
 * allowed is the repository's decision; its message is shown here.
 */
export function CreateCreditNoteDialog({
  invoice,
  onClose,
}: {
  invoice: StoredDocument;
  onClose: () => void;
}) {
  const { decimal } = useFormatters();
  const titleId = useId();
  const remaining = useLiveQuery(
    async () => remainingQuantities(creditableOf(invoice), await priorCreditsOf(getDb(), invoice)),
    [invoice],
  );
  const [mode, setMode] = useState<'all' | 'lines'>('all');
  const [picked, setPicked] = useState<Record<string, Picked>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const left = (lineId: string) => remaining?.get(lineId) ?? ('0' as DecimalString);
  const pickOf = (lineId: string): Picked =>
    picked[lineId] ?? { ticked: false, quantity: left(lineId) };

  const create = async () => {
    const lines = invoice.lines
      .filter((line) => pickOf(line.id).ticked)
      .map((line) => ({
        lineId: line.id,
        quantity: pickOf(line.id).quantity.trim() as DecimalString,
      }));
    if (mode === 'lines' && lines.length === 0) {
      setProblem(t('invoices.creditNote.create.noLines'));
      return;
    }
    setBusy(true);
    const result = await createCreditNoteDraft(
      getDb(),
      invoice.id,
      mode === 'all' ? { kind: 'all' } : { kind: 'lines', lines },
    );
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    onClose();
    navigate({ screen: 'invoice', id: result.value.id });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('invoices.creditNote.create.title')}</DialogTitle>
      <DialogContent>
        {problem !== null && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        <RadioGroup
          value={mode}
          onChange={(event) => setMode(event.target.value === 'lines' ? 'lines' : 'all')}
        >
          <FormControlLabel
            value="all"
            control={<Radio />}
            label={t('invoices.creditNote.create.all')}
          />
          <FormControlLabel
            value="lines"
            control={<Radio />}
            label={t('invoices.creditNote.create.lines')}
          />
        </RadioGroup>
        {mode === 'lines' && (
          <Table size="small" aria-label={t('invoices.creditNote.create.linesTable')}>
            <TableHead>
              <TableRow>
                <TableCell />
                <TableCell>{t('invoices.creditNote.create.description')}</TableCell>
                <TableCell align="right">{t('invoices.creditNote.create.left')}</TableCell>
                <TableCell>{t('invoices.creditNote.create.quantity')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {invoice.lines.map((line, index) => {
                const pick = pickOf(line.id);
                const label = t('invoices.creditNote.create.lineLabel', { number: index + 1 });
                return (
                  <TableRow key={line.id}>
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={pick.ticked}
                        disabled={left(line.id) === '0'}
                        slotProps={{ input: { 'aria-label': label } }}
                        onChange={(event) =>
                          setPicked({
                            ...picked,
                            [line.id]: { ...pick, ticked: event.target.checked },
                          })
                        }
                      />
                    </TableCell>
                    <TableCell>{line.description}</TableCell>
                    <TableCell align="right">{decimal(left(line.id))}</TableCell>
                    <TableCell>
                      <TextField
                        size="small"
                        value={pick.quantity}
                        disabled={!pick.ticked}
                        slotProps={{
                          htmlInput: {
                            'aria-label': t('invoices.creditNote.create.quantityOf', {
                              number: index + 1,
                            }),
                            inputMode: 'decimal',
                          },
                        }}
                        onChange={(event) =>
                          setPicked({
                            ...picked,
                            [line.id]: { ...pick, quantity: event.target.value },
                          })
                        }
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void create()} disabled={busy || !remaining}>
          {t('invoices.creditNote.create.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
