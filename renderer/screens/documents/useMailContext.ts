import { useEffect, useState } from 'react';
import type { IpcError } from '../../../shared/contract/ipcError';
import { getDb } from '../../data/database';
import type { StoredDocument } from '../../data/db';
import { getCompanyMailing, listMessageTemplates } from '../../data/mailingRepository';
import { call } from '../../platform/invoicerApi';
import type { MailContext } from './mailDraft';

export type MailContextState =
  { status: 'loading' } | { status: 'ready'; context: MailContext; accountsError: IpcError | null };

/**
 * Everything the first draft of a document's mail is made from, read when the dialog opens:
 * the customer as it is now, its class, the company's mailing defaults, the templates, and
 * the e-mail accounts of the main process (without passwords). The dialog mounts while
 * open, so every opening reads them afresh.
 */
export function useMailContext(doc: StoredDocument): MailContextState {
  const [state, setState] = useState<MailContextState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const db = getDb();
    void (async () => {
      const [customer, company, templates, accounts] = await Promise.all([
        db.customers.get(doc.customerId),
        getCompanyMailing(db),
        listMessageTemplates(db),
        call('mail.listAccounts', {}),
      ]);
      const customerClass =
        customer?.classId == null
          ? null
          : ((await db.customerClasses.get(customer.classId)) ?? null);
      if (!current) return;
      setState({
        status: 'ready',
        context: {
          customer: customer ?? null,
          customerClass,
          company,
          templates,
          accounts: accounts.ok ? accounts.value.accounts : [],
        },
        accountsError: accounts.ok ? null : accounts.error,
      });
    })();
    return () => {
      current = false;
    };
  }, [doc.customerId]);
  return state;
}
