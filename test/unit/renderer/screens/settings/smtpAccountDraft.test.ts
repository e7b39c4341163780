import { describe, expect, it } from 'vitest';
import type { SmtpAccountSummary } from '../../../../../shared/mail/smtpAccount';
import {
  accountToSave,
  smtpAccountDraft,
  withSecurity,
  type SmtpAccountDraft,
} from '../../../../../renderer/screens/settings/smtpAccountDraft';

const saved: SmtpAccountSummary = {
  id: 'acc-1',
  label: 'Office',
  host: 'smtp.example.com',
  port: 587,
  security: 'starttls',
  user: 'me@example.com',
  fromName: 'Müller Consulting',
  fromAddress: 'me@example.com',
  replyTo: '',
  hasPassword: true,
};

function draft(change: Partial<SmtpAccountDraft> = {}): SmtpAccountDraft {
  return { ...smtpAccountDraft(saved), ...change };
}

function pathsOf(result: ReturnType<typeof accountToSave>): string[] {
  return result.ok ? [] : result.error.map((issue) => issue.path);
}

describe('the SMTP account editor', () => {
  it('never starts with a password in its field, saved or not', () => {
    expect(smtpAccountDraft(saved).password).toBe('');
    expect(smtpAccountDraft(saved).hasPassword).toBe(true);
    const fresh = smtpAccountDraft(null, { fromName: 'Me', fromAddress: 'me@x.example' });
    expect(fresh).toMatchObject({ password: '', hasPassword: false, port: '587', fromName: 'Me' });
  });

  it('keeps the saved password when the field is left empty, and sends a new one when typed', () => {
    const kept = accountToSave(draft());
    expect(kept.ok && 'password' in kept.value).toBe(false);
    const changed = accountToSave(draft({ password: 'n3w' }));
    expect(changed.ok && changed.value.password).toBe('n3w');
  });

  it('forgets the saved password only when asked, and then needs the user name gone too', () => {
    expect(pathsOf(accountToSave(draft({ removePassword: true })))).toEqual(['password']);
    const noLogin = accountToSave(draft({ removePassword: true, user: '' }));
    expect(noLogin.ok && noLogin.value.password).toBe('');
  });

  it('a new account with a user name needs its password', () => {
    const fresh = {
      ...smtpAccountDraft(null),
      label: 'New',
      host: 'mail.example.com',
      user: 'me',
      fromName: 'Me',
      fromAddress: 'me@x.example',
    };
    expect(pathsOf(accountToSave(fresh))).toEqual(['password']);
    expect(accountToSave({ ...fresh, password: 'secret' }).ok).toBe(true);
  });

  it.each([
    ['port', { port: '58 7' }],
    ['port', { port: '70000' }],
    ['port', { port: '' }],
    ['host', { host: 'smtp example com' }],
    ['host', { host: '' }],
    ['label', { label: '' }],
    ['fromAddress', { fromAddress: 'me@' }],
    ['replyTo', { replyTo: 'not mail' }],
    ['fromName', { fromName: 'Me\nBcc: x@y.example' }],
  ] as const)('refuses a wrong %s with its field named', (path, change) => {
    expect(pathsOf(accountToSave(draft(change)))).toContain(path);
  });

  it('moves a port left at the usual one along with the security, and keeps a typed one', () => {
    expect(withSecurity(draft(), 'tls').port).toBe('465');
    expect(withSecurity(draft(), 'none').port).toBe('25');
    expect(withSecurity(draft({ port: '2525' }), 'tls').port).toBe('2525');
  });
});
