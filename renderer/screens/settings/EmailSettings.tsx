import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { SmtpAccountSummary } from '../../../shared/mail/smtpAccount';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { getDb } from '../../data/database';
import { getCompanyMailing, listMessageTemplates } from '../../data/mailingRepository';
import { t } from '../../i18n/t';
import { CompanyMailingSection } from './CompanyMailingSection';
import { EmailAccountsSection } from './EmailAccountsSection';
import { MessageTemplatesSection } from './MessageTemplatesSection';

/**
 * Settings → E-mail: accounts (kept by the main process, each saved on its own), the message
 * templates and the company's mailing defaults (kept in the database with the documents).
 * Apart from the business settings form above, since each part is saved by itself.
 */
export function EmailSettings({ settings }: { settings: BusinessSettings }) {
  const [accounts, setAccounts] = useState<SmtpAccountSummary[]>([]);
  const mailing = useLiveQuery(() => getCompanyMailing(getDb()), []);
  const templates = useLiveQuery(() => listMessageTemplates(getDb()), []);
  const onAccounts = useCallback((list: SmtpAccountSummary[]) => setAccounts(list), []);
  return (
    <section aria-labelledby="settings-email-heading">
      <Typography id="settings-email-heading" variant="h5" component="h2" sx={{ mt: 4, mb: 2 }}>
        {t('settings.email.title')}
      </Typography>
      <EmailAccountsSection
        defaults={{ fromName: settings.company.name, fromAddress: settings.company.email }}
        onAccounts={onAccounts}
      />
      <MessageTemplatesSection
        companyName={settings.company.name}
        currency={settings.defaultCurrency}
      />
      {mailing !== undefined && templates !== undefined && (
        <CompanyMailingSection
          key={JSON.stringify(mailing)}
          saved={mailing}
          accounts={accounts}
          templates={templates}
        />
      )}
    </section>
  );
}
