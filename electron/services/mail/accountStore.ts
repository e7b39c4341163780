import { smtpAccountSchema, type SmtpAccount } from '../../../shared/mail/smtpAccount';
import type { SecretBox, SettingsStore } from '../settings/settingsStore';
import type { MailSettings } from './mailSettings';

/** A password as the account store hands it out: decrypted, missing, or unreadable. */
export type StoredPassword =
  { kind: 'none' } | { kind: 'unreadable' } | { kind: 'password'; password: string };

/**
 * The SMTP accounts and their encrypted passwords in the settings store. What it reads is
 * checked, not trusted: the file may have been edited by hand or written by another
 * version, so an entry that is not a valid account is left out rather than passed on.
 */
export function createAccountStore(store: SettingsStore<MailSettings>, secrets: SecretBox) {
  function readAccounts(): SmtpAccount[] {
    const raw: unknown = store.get('mail.accounts');
    if (!Array.isArray(raw)) return [];
    const accounts: SmtpAccount[] = [];
    const ids = new Set<string>();
    for (const entry of raw) {
      const parsed = smtpAccountSchema.safeParse(entry);
      if (!parsed.success || ids.has(parsed.data.id)) continue;
      ids.add(parsed.data.id);
      accounts.push(parsed.data);
    }
    return accounts;
  }

  // Own string properties only: an id such as '__proto__' or 'constructor' must find
  // nothing rather than something inherited.
  function readPasswords(): Map<string, string> {
    const raw: unknown = store.get('mail.passwords');
    const passwords = new Map<string, string>();
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return passwords;
    for (const [id, cipher] of Object.entries(raw)) {
      if (typeof cipher === 'string') passwords.set(id, cipher);
    }
    return passwords;
  }

  function writePasswords(passwords: Map<string, string>): void {
    store.set('mail.passwords', Object.fromEntries(passwords));
  }

  return {
    readAccounts,

    hasPassword(id: string): boolean {
      return readPasswords().has(id);
    },

    /** Inserts or replaces the account with this id. */
    putAccount(account: SmtpAccount): void {
      const others = readAccounts().filter((existing) => existing.id !== account.id);
      store.set('mail.accounts', [...others, account]);
    },

    /** Removes the account and its password; false if there was no such account. */
    removeAccount(id: string): boolean {
      const accounts = readAccounts();
      const remaining = accounts.filter((account) => account.id !== id);
      store.set('mail.accounts', remaining);
      const passwords = readPasswords();
      if (passwords.delete(id)) writePasswords(passwords);
      return remaining.length !== accounts.length;
    },

    /** Encrypts and saves a password; the caller has checked that the box is available. */
    putPassword(id: string, password: string): void {
      const passwords = readPasswords();
      passwords.set(id, secrets.encrypt(password));
      writePasswords(passwords);
    },

    removePassword(id: string): void {
      const passwords = readPasswords();
      if (passwords.delete(id)) writePasswords(passwords);
    },

    readPassword(id: string): StoredPassword {
      const cipher = readPasswords().get(id);
      if (cipher === undefined) return { kind: 'none' };
      try {
        return { kind: 'password', password: secrets.decrypt(cipher) };
      } catch {
        // Another user's keychain, a reinstalled system, a hand-edited file: ask again.
        return { kind: 'unreadable' };
      }
    },
  };
}

export type AccountStore = ReturnType<typeof createAccountStore>;
