import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useFormatters } from '../../app/useFormatters';
import { FormSection } from '../../components/FormSection';
import { getDb } from '../../data/database';
import { sendHistory } from '../../data/sendLog';
import type { SendChannel, SendLogEntry } from '../../data/sendLogSchema';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import { errorCodeHeadline } from './ipcErrorText';

const CHANNEL_KEYS: Record<SendChannel, MessageKey> = {
  pdf: 'documents.out.history.channel.pdf',
  print: 'documents.out.history.channel.print',
  email: 'documents.out.history.channel.email',
};

/** The sentence above the history: not sent yet, or when and how it last went out. */
export function sendSummary(
  history: readonly SendLogEntry[],
  when: (at: string) => string,
): string {
  const last = history.find((entry) => entry.outcome === 'sent');
  if (last === undefined) {
    return history.length === 0
      ? t('documents.out.history.never')
      : t('documents.out.history.onlyFailed');
  }
  return t('documents.out.history.last', {
    how: t(CHANNEL_KEYS[last.channel]),
    when: when(last.at),
  });
}

function Outcome({ entry }: { entry: SendLogEntry }) {
  if (entry.outcome === 'sent') {
    return <Chip size="small" color="success" label={t('documents.out.history.sent')} />;
  }
  return (
    <>
      <Chip size="small" color="error" label={t('documents.out.history.failed')} />
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {entry.errorCode === undefined ? entry.message : errorCodeHeadline(entry.errorCode)}
      </Typography>
    </>
  );
}

/**
 * A document's send history (DESIGN §4): every export, print and e-mail with when, how, to
 * whom and whether it worked, newest first. It updates as soon as an attempt is recorded.
 */
export function SendHistorySection({ documentId }: { documentId: string }) {
  const { locale } = useFormatters();
  const history = useLiveQuery(() => sendHistory(getDb(), documentId), [documentId]);
  const when = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (at: string) => format.format(new Date(at));
  }, [locale]);
  return (
    <FormSection
      title={t('documents.out.history.title')}
      description={history === undefined ? t('common.loading') : sendSummary(history, when)}
    >
      {history !== undefined && history.length > 0 && (
        <Table size="small" aria-label={t('documents.out.history.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('documents.out.history.when')}</TableCell>
              <TableCell>{t('documents.out.history.how')}</TableCell>
              <TableCell>{t('documents.out.history.to')}</TableCell>
              <TableCell>{t('documents.out.history.outcome')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(entry.at)}</TableCell>
                <TableCell>{t(CHANNEL_KEYS[entry.channel])}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>
                  {entry.target}
                  {entry.outcome === 'sent' && entry.message !== undefined && (
                    <Typography variant="body2" color="text.secondary">
                      {entry.message}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Outcome entry={entry} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </FormSection>
  );
}
