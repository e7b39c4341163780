import nodemailer from 'nodemailer';
import { z } from 'zod';
import {
  outgoingMailSchema,
  type OutgoingMail,
  type OutgoingMailInput,
} from '../../../shared/mail/outgoingMail';
import {
  smtpAccountSchema,
  type SmtpAccount,
  type SmtpAccountInput,
  type SmtpAccountSummary,
} from '../../../shared/mail/smtpAccount';
import { emailField, idField } from '../../../shared/schemas/fields';
import { err, ok, type Result } from '../../../shared/result';
import type { SecretBox, SettingsStore } from '../settings/settingsStore';
import { createAccountStore } from './accountStore';
import {
  accountNotFound,
  invalidRequest,
  passwordUnavailable,
  secretStorageUnavailable,
  settingsFailed,
  type MailError,
} from './mailErrors';
import type { MailSettings } from './mailSettings';
import { mapSmtpError } from './smtpErrors';
import {
  DEFAULT_MAIL_TIMEOUTS,
  smtpTransportOptions,
  type MailTimeouts,
  type MailTls,
} from './smtpTransportOptions';

const SECURITY_WORDS: Record<SmtpAccount['security'], string> = {
  none: 'no encryption',
  starttls: 'STARTTLS',
  tls: 'SSL/TLS',
};

/** The body of "Send test mail": which account and server sent it, so the reader can tell. */
export function testMailText(account: SmtpAccount): string {
  return [
    'Hello,',
    '',
    `this is a test message from Invoicer, sent through the e-mail account "${account.label}"`,
    `(server ${account.host}, port ${account.port}, ${SECURITY_WORDS[account.security]}).`,
    '',
    'If you can read it, the account works and invoices can be sent with it.',
  ].join('\n');
}

export type MailServiceOptions = {
  store: SettingsStore<MailSettings>;
  secrets: SecretBox;
  timeouts?: Partial<MailTimeouts>;
  tls?: MailTls;
};

/** What the server did with a sent mail. A mail some recipients refused still went out. */
export type SentMail = { messageId: string; accepted: string[]; rejected: string[] };

export type MailService = ReturnType<typeof createMailService>;

const passwordSchema = z
  .string({ error: 'The password must be text.' })
  .max(1000, 'The password is too long.');

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'The request is not valid.';
}

function addresses(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry) =>
    typeof entry === 'string' ? entry : String((entry as { address?: unknown }).address ?? ''),
  );
}

/**
 * The main process's mail service: SMTP accounts in the settings store (passwords
 * encrypted by the SecretBox, never returned) and sending through nodemailer. Every method
 * resolves to a Result; nothing it is given makes it throw.
 */
export function createMailService(options: MailServiceOptions) {
  const timeouts: MailTimeouts = { ...DEFAULT_MAIL_TIMEOUTS, ...options.timeouts };
  const tls: MailTls = options.tls ?? {};
  const accounts = createAccountStore(options.store, options.secrets);

  function summary(account: SmtpAccount): SmtpAccountSummary {
    return { ...account, hasPassword: accounts.hasPassword(account.id) };
  }

  // Settings reads and writes are synchronous file operations that may fail (full disk,
  // permissions); each public method turns that into SETTINGS_FAILED instead of a throw.
  async function guarded<T>(
    operation: () => Promise<Result<T, MailError>> | Result<T, MailError>,
  ): Promise<Result<T, MailError>> {
    try {
      return await operation();
    } catch {
      return err(settingsFailed());
    }
  }

  async function deliver(account: SmtpAccount, mail: OutgoingMail) {
    const stored = accounts.readPassword(account.id);
    if (account.user !== '' && stored.kind !== 'password') {
      return err(passwordUnavailable(account.label));
    }
    const password = stored.kind === 'password' ? stored.password : null;
    let transport: ReturnType<typeof nodemailer.createTransport> | undefined;
    try {
      transport = nodemailer.createTransport(
        smtpTransportOptions(account, password, timeouts, tls),
      );
      const info = await transport.sendMail({
        from: { name: account.fromName, address: account.fromAddress },
        ...(account.replyTo === '' ? {} : { replyTo: account.replyTo }),
        to: mail.to,
        ...(mail.cc.length === 0 ? {} : { cc: mail.cc }),
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments.map((file) => ({
          filename: file.filename,
          content: Buffer.from(
            file.content.buffer,
            file.content.byteOffset,
            file.content.byteLength,
          ),
          contentType: file.contentType,
        })),
      });
      return ok<SentMail>({
        messageId: String(info.messageId),
        accepted: addresses(info.accepted),
        rejected: addresses(info.rejected),
      });
    } catch (error) {
      return err(mapSmtpError(error, account));
    } finally {
      transport?.close();
    }
  }

  async function sendParsed(mail: OutgoingMail): Promise<Result<SentMail, MailError>> {
    const account = accounts.readAccounts().find((candidate) => candidate.id === mail.accountId);
    if (account === undefined) return err(accountNotFound());
    return deliver(account, mail);
  }

  return {
    /** The saved accounts, each with whether a password is saved; never the passwords. */
    listAccounts(): Promise<Result<{ accounts: SmtpAccountSummary[] }, MailError>> {
      return guarded(() => ok({ accounts: accounts.readAccounts().map(summary) }));
    },

    /**
     * Saves (adds or replaces) an account. password: a new password to encrypt and keep;
     * undefined keeps the saved one; '' removes it. An account without a user name keeps
     * no password.
     */
    saveAccount(
      account: SmtpAccountInput,
      password?: string,
    ): Promise<Result<SmtpAccountSummary, MailError>> {
      return guarded(() => {
        const parsed = smtpAccountSchema.safeParse(account);
        if (!parsed.success) return err(invalidRequest(firstMessage(parsed.error)));
        const checkedPassword = passwordSchema.optional().safeParse(password);
        if (!checkedPassword.success)
          return err(invalidRequest(firstMessage(checkedPassword.error)));
        const saved = parsed.data;
        const newPassword = saved.user === '' ? '' : checkedPassword.data;
        if (newPassword !== undefined && newPassword !== '' && !options.secrets.isAvailable()) {
          return err(secretStorageUnavailable());
        }
        if (newPassword === '') accounts.removePassword(saved.id);
        else if (newPassword !== undefined) accounts.putPassword(saved.id, newPassword);
        accounts.putAccount(saved);
        return ok(summary(saved));
      });
    },

    /** Deletes an account and its password. */
    deleteAccount(id: string): Promise<Result<{ deleted: boolean }, MailError>> {
      return guarded(() => {
        const parsed = idField('Choose the account to delete.').safeParse(id);
        if (!parsed.success) return err(invalidRequest(firstMessage(parsed.error)));
        return ok({ deleted: accounts.removeAccount(parsed.data) });
      });
    },

    /** Sends a short test message through an account, to check its settings. */
    sendTestMail(accountId: string, to: string): Promise<Result<SentMail, MailError>> {
      return guarded(() => {
        const address = emailField('Test recipient').safeParse(to);
        if (!address.success) return err(invalidRequest(firstMessage(address.error)));
        const id = idField('Choose the account to test.').safeParse(accountId);
        if (!id.success) return err(invalidRequest(firstMessage(id.error)));
        const account = accounts.readAccounts().find((candidate) => candidate.id === id.data);
        if (account === undefined) return err(accountNotFound());
        const mail = outgoingMailSchema.parse({
          accountId: account.id,
          to: [address.data],
          subject: 'Test mail from Invoicer',
          text: testMailText(account),
        });
        return deliver(account, mail);
      });
    },

    /** Sends a mail with its attachments through one of the accounts. */
    send(mail: OutgoingMailInput): Promise<Result<SentMail, MailError>> {
      return guarded(() => {
        const parsed = outgoingMailSchema.safeParse(mail);
        if (!parsed.success) return err(invalidRequest(firstMessage(parsed.error)));
        return sendParsed(parsed.data);
      });
    },
  };
}
