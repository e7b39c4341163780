import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useFormatters } from '../../app/useFormatters';
import { t } from '../../i18n/t';
import type { BatchOutcome } from './batchPost';

/**
 * The summary of a batch post: numbers given, in the issue-date order they were given in,
 * and the invoices refused with the reason; each named with its customer and issue date.
 */
export function BatchPostSummary({
  outcome,
  onClose,
}: {
  outcome: BatchOutcome | null;
  onClose: () => void;
}) {
  const titleId = useId();
  const { date } = useFormatters();
  return (
    <Dialog
      open={outcome !== null}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>{t('invoices.batch.summaryTitle')}</DialogTitle>
      <DialogContent>
        {outcome && (
          <>
            <Typography variant="subtitle2" component="h3">
              {t('invoices.batch.postedHeading', { count: outcome.posted.length })}
            </Typography>
            <List dense aria-label={t('invoices.batch.postedList')}>
              {outcome.posted.map((item) => (
                <ListItem key={item.id}>
                  <ListItemText
                    primary={item.number}
                    secondary={t('documents.batch.postedDetail', {
                      customer: item.customerName,
                      date: date(item.issueDate),
                    })}
                  />
                </ListItem>
              ))}
            </List>
            {outcome.refused.length > 0 && (
              <>
                <Typography variant="subtitle2" component="h3" color="error">
                  {t('invoices.batch.refusedHeading', { count: outcome.refused.length })}
                </Typography>
                <List dense aria-label={t('invoices.batch.refusedList')}>
                  {outcome.refused.map((item) => (
                    <ListItem key={item.id}>
                      <ListItemText
                        primary={t('documents.batch.refusedName', {
                          name: item.name,
                          date: date(item.issueDate),
                        })}
                        secondary={item.message}
                      />
                    </ListItem>
                  ))}
                </List>
              </>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained" autoFocus>
          {t('action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
