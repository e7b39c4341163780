import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SmtpAccountInput } from '../../../shared/mail/smtpAccount';
import {
  createMailService,
  type MailServiceOptions,
} from '../../../electron/services/mail/mailService';
import type { MailSettings } from '../../../electron/services/mail/mailSettings';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';
import { createTestSecretBox } from '../support/testSecretBox';

/** An account of the test SMTP server on 127.0.0.1. */
export function localAccount(
  port: number,
  overrides: Partial<SmtpAccountInput> = {},
): SmtpAccountInput {
  return {
    id: 'acc-local',
    label: 'Local test server',
    host: '127.0.0.1',
    port,
    security: 'starttls',
    user: 'trader',
    fromName: 'Müller & Söhne GmbH',
    fromAddress: 'billing@mueller.example',
    replyTo: 'office@mueller.example',
    ...overrides,
  };
}

/** A mail service over a fresh settings folder; `cleanup` removes the folder. */
export async function mailServiceInTempDir(
  options: Omit<MailServiceOptions, 'store' | 'secrets'> & {
    secrets?: MailServiceOptions['secrets'];
  } = {},
) {
  const dir = await mkdtemp(path.join(tmpdir(), 'invoicer-mail-'));
  const store = createConfSettingsStore<MailSettings>(dir);
  const secrets = options.secrets ?? createTestSecretBox();
  const service = createMailService({ ...options, store, secrets });
  return {
    dir,
    store,
    secrets,
    service,
    settingsFile: path.join(dir, 'settings.json'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
