import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { MailingSettings } from '../../../shared/mail/mailingSettings';
import type { MessageTemplate } from '../../../shared/mail/messageTemplates';
import type { SmtpAccountSummary } from '../../../shared/mail/smtpAccount';
import { getDb } from '../../data/database';
import {
  DEFAULT_COMPANY_MAILING,
  getCompanyMailing,
  listMessageTemplates,
} from '../../data/mailingRepository';
import { call } from '../../platform/invoicerApi';

/** What a customer's or class's mailing settings choose from and inherit. */
export type MailingChoices = {
  company: MailingSettings;
  templates: MessageTemplate[];
  /** The main process's accounts; empty where it cannot be reached (vite dev). */
  accounts: SmtpAccountSummary[];
};

/**
 * The company's mailing defaults and the message templates (live, from the database) and
 * the e-mail accounts (once, from the main process) for the mailing settings fields.
 */
export function useMailingChoices(): MailingChoices {
  const company = useLiveQuery(() => getCompanyMailing(getDb()), []);
  const templates = useLiveQuery(() => listMessageTemplates(getDb()), []);
  const [accounts, setAccounts] = useState<SmtpAccountSummary[]>([]);
  useEffect(() => {
    let current = true;
    void call('mail.listAccounts', {}).then((reply) => {
      if (current && reply.ok) setAccounts(reply.value.accounts);
    });
    return () => {
      current = false;
    };
  }, []);
  return {
    company: company ?? DEFAULT_COMPANY_MAILING,
    templates: templates ?? [],
    accounts,
  };
}
