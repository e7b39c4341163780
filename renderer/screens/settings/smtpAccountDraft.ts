import {
  SMTP_SECURITY,
  USUAL_SMTP_PORTS,
  smtpAccountSchema,
  type SmtpAccount,
  type SmtpAccountSummary,
  type SmtpSecurity,
} from '../../../shared/mail/smtpAccount';
import { err, ok, type Result } from '../../../shared/result';
import { parseWith, type FieldIssue } from '../../../shared/schemas/validationIssues';
import { newId } from '../../data/ids';

/**
 * An SMTP account as the editor holds it: the port as typed, and the password field, which
 * starts empty whatever is saved (the saved password never leaves the main process).
 */
export type SmtpAccountDraft = {
  id: string;
  label: string;
  host: string;
  port: string;
  security: SmtpSecurity;
  user: string;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  /** A new password; '' keeps the saved one (or sets none on a new account). */
  password: string;
  /** Whether the main process holds a password for this account. */
  hasPassword: boolean;
  /** Forget the saved password (for a server that no longer asks for one). */
  removePassword: boolean;
};

/** What mail.saveAccount gets: the account, and the password only when it changes. */
export type AccountToSave = { account: SmtpAccount; password?: string };

/** The editor's start: a saved account as it is, or a new one with the usual STARTTLS port. */
export function smtpAccountDraft(
  saved: SmtpAccountSummary | null,
  defaults: { fromName?: string; fromAddress?: string } = {},
): SmtpAccountDraft {
  if (saved !== null) {
    return {
      ...saved,
      port: String(saved.port),
      password: '',
      removePassword: false,
    };
  }
  return {
    id: newId(),
    label: '',
    host: '',
    port: String(USUAL_SMTP_PORTS.starttls),
    security: 'starttls',
    user: '',
    fromName: defaults.fromName ?? '',
    fromAddress: defaults.fromAddress ?? '',
    replyTo: '',
    password: '',
    hasPassword: false,
    removePassword: false,
  };
}

/**
 * The draft after choosing another security: a port still at the usual one of the old
 * security moves to the usual one of the new (587 → 465 for SSL/TLS); a port the person
 * typed stays.
 */
export function withSecurity(draft: SmtpAccountDraft, security: SmtpSecurity): SmtpAccountDraft {
  const usualBefore = String(USUAL_SMTP_PORTS[draft.security]);
  const port = draft.port.trim() === usualBefore ? String(USUAL_SMTP_PORTS[security]) : draft.port;
  return { ...draft, security, port };
}

const PORT_MESSAGE = 'The port must be a whole number from 1 to 65535, like 587.';

/**
 * Checks the draft with the mail service's own schema (shared/mail smtpAccount) and says
 * which password change to send. A user name without any password is refused here: the
 * server would refuse every mail.
 */
export function accountToSave(draft: SmtpAccountDraft): Result<AccountToSave, FieldIssue[]> {
  const port = draft.port.trim();
  const issues: FieldIssue[] = [];
  const parsed = parseWith(smtpAccountSchema, {
    id: draft.id,
    label: draft.label,
    host: draft.host.trim(),
    port: /^\d{1,5}$/.test(port) ? Number(port) : Number.NaN,
    security: draft.security,
    user: draft.user.trim(),
    fromName: draft.fromName.trim(),
    fromAddress: draft.fromAddress.trim(),
    replyTo: draft.replyTo.trim(),
  });
  if (!parsed.ok) {
    issues.push(
      ...parsed.error.issues.map((issue) =>
        issue.path === 'port' ? { path: 'port', message: PORT_MESSAGE } : issue,
      ),
    );
  }
  const user = draft.user.trim();
  const keepsNone = draft.password === '' && (!draft.hasPassword || draft.removePassword);
  if (user !== '' && keepsNone) {
    issues.push({
      path: 'password',
      message: 'Enter the password for this user name; the mail server asks for both.',
    });
  }
  if (issues.length > 0 || !parsed.ok) return err(issues);
  if (draft.password !== '') return ok({ account: parsed.value, password: draft.password });
  if (draft.removePassword || user === '') return ok({ account: parsed.value, password: '' });
  return ok({ account: parsed.value });
}

/** The security choices in the order the editor offers them. */
export const SECURITY_CHOICES: readonly SmtpSecurity[] = SMTP_SECURITY;
