import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ReactNode } from 'react';
import type { IpcError } from '../../../shared/contract/ipcError';
import { ipcErrorText } from './ipcErrorText';

/** A failed export, print or send: what to do in words, the details below, and an action. */
export function OutError({ error, action }: { error: IpcError; action?: ReactNode }) {
  const { headline, detail } = ipcErrorText(error);
  return (
    <Alert
      severity={error.code === 'CANCELLED' ? 'info' : 'error'}
      role="alert"
      action={action}
      data-error-code={error.code}
    >
      <AlertTitle>{headline}</AlertTitle>
      {detail}
    </Alert>
  );
}
