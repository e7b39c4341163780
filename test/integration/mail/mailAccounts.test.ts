import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestSecretBox } from '../support/testSecretBox';
import { localAccount, mailServiceInTempDir } from './mailTestAccounts';

const PASSWORD = 'S3cret-p@ssw0rd-for-the-test';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function setup(options: Parameters<typeof mailServiceInTempDir>[0] = {}) {
  const created = await mailServiceInTempDir(options);
  cleanups.push(created.cleanup);
  return created;
}

describe('SMTP accounts in the settings store', () => {
  it('lists a saved account with hasPassword and never the password', async () => {
    const { service } = await setup();

    const saved = await service.saveAccount(localAccount(587), PASSWORD);
    const listed = await service.listAccounts();

    expect(saved).toMatchObject({ ok: true, value: { id: 'acc-local', hasPassword: true } });
    expect(listed).toEqual({
      ok: true,
      value: {
        accounts: [
          {
            id: 'acc-local',
            label: 'Local test server',
            host: '127.0.0.1',
            port: 587,
            security: 'starttls',
            user: 'trader',
            fromName: 'Müller & Söhne GmbH',
            fromAddress: 'billing@mueller.example',
            replyTo: 'office@mueller.example',
            hasPassword: true,
          },
        ],
      },
    });
    expect(JSON.stringify([saved, listed])).not.toContain(PASSWORD);
  });

  it('keeps the password only encrypted in a file only its owner can read', async () => {
    const { service, settingsFile, secrets } = await setup();

    await service.saveAccount(localAccount(587), PASSWORD);

    const text = await readFile(settingsFile, 'utf8');
    expect(text).not.toContain(PASSWORD);
    const cipher = JSON.parse(text)['mail.passwords']['acc-local'];
    expect(secrets.decrypt(cipher)).toBe(PASSWORD);
    if (process.platform !== 'win32') {
      const { stat } = await import('node:fs/promises');
      expect((await stat(settingsFile)).mode & 0o077).toBe(0);
    }
  });

  it('keeps the saved password when the account is saved without one, and removes it for ""', async () => {
    const { service, store, secrets } = await setup();
    await service.saveAccount(localAccount(587), PASSWORD);

    await service.saveAccount(localAccount(465, { security: 'tls', label: 'Renamed' }));
    const kept = store.get('mail.passwords')?.['acc-local'];
    await service.saveAccount(localAccount(465), '');
    const listed = await service.listAccounts();

    expect(secrets.decrypt(kept ?? '')).toBe(PASSWORD);
    expect(store.get('mail.passwords')).toEqual({});
    expect(listed.ok && listed.value.accounts[0]?.hasPassword).toBe(false);
  });

  it('an account without a user name keeps no password', async () => {
    const { service } = await setup();

    const saved = await service.saveAccount(
      localAccount(25, { user: '', security: 'none' }),
      PASSWORD,
    );

    expect(saved).toMatchObject({ ok: true, value: { hasPassword: false, user: '' } });
  });

  it('refuses to save a password when the system has no keychain, and saves nothing', async () => {
    const { service } = await setup({ secrets: createTestSecretBox({ available: false }) });

    const saved = await service.saveAccount(localAccount(587), PASSWORD);
    const listed = await service.listAccounts();

    expect(saved).toMatchObject({ ok: false, error: { code: 'SECRET_STORAGE_UNAVAILABLE' } });
    expect(listed).toEqual({ ok: true, value: { accounts: [] } });
  });

  it('replaces an account with the same id instead of adding a second', async () => {
    const { service } = await setup();
    await service.saveAccount(localAccount(587), PASSWORD);
    await service.saveAccount(localAccount(587, { id: 'acc-two', label: 'Second' }), PASSWORD);

    await service.saveAccount(localAccount(2525, { label: 'First, changed' }));
    const listed = await service.listAccounts();

    expect(listed.ok && listed.value.accounts.map((a) => [a.id, a.label, a.port])).toEqual([
      ['acc-two', 'Second', 587],
      ['acc-local', 'First, changed', 2525],
    ]);
  });

  it('deletes an account together with its password', async () => {
    const { service, store } = await setup();
    await service.saveAccount(localAccount(587), PASSWORD);

    const deleted = await service.deleteAccount('acc-local');
    const again = await service.deleteAccount('acc-local');

    expect(deleted).toEqual({ ok: true, value: { deleted: true } });
    expect(again).toEqual({ ok: true, value: { deleted: false } });
    expect(store.get('mail.accounts')).toEqual([]);
    expect(store.get('mail.passwords')).toEqual({});
  });

  it.each([
    [
      'a port out of range',
      { port: 70000 },
      'The port must be a whole number from 1 to 65535, like 587.',
    ],
    ['no server', { host: '' }, "Enter the mail server's name, like smtp.example.com."],
    [
      'a server name with a space',
      { host: 'smtp example.com' },
      '"smtp example.com" is not a server name; enter one like smtp.example.com.',
    ],
    [
      'an unknown security',
      { security: 'ssl' },
      'Choose how the connection is secured: none, STARTTLS or SSL/TLS.',
    ],
    [
      'a sender address that is none',
      { fromAddress: 'billing' },
      'Enter an e-mail address like name@example.com.',
    ],
    [
      'a sender name with a line break',
      { fromName: 'Evil\r\nBcc: x@y.z' },
      'Sender name may not contain line breaks or tabs.',
    ],
  ])('refuses an account with %s, saying why', async (_name, change, message) => {
    const { service } = await setup();

    const saved = await service.saveAccount({ ...localAccount(587), ...change } as never, PASSWORD);

    expect(saved).toEqual({ ok: false, error: { code: 'INVALID_REQUEST', message } });
  });

  it('refuses input of the wrong type without throwing', async () => {
    const { service } = await setup();

    const results = await Promise.all([
      service.saveAccount(null as never),
      service.saveAccount(localAccount(587), 42 as never),
      service.deleteAccount({ id: 'x' } as never),
      service.sendTestMail('acc-local', 'not an address'),
      service.sendTestMail('', 'me@example.com'),
    ]);

    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'INVALID_REQUEST',
      'INVALID_REQUEST',
      'INVALID_REQUEST',
      'INVALID_REQUEST',
      'INVALID_REQUEST',
    ]);
  });

  it('leaves out damaged entries of a hand-edited settings file and ignores inherited keys', async () => {
    const { service, store } = await setup();
    await service.saveAccount(localAccount(587), PASSWORD);
    const good = store.get('mail.accounts')?.[0];
    store.set('mail.accounts', [good, { id: 'broken', port: 'x' }, 'junk', good] as never);
    store.set('mail.passwords', { 'acc-local': 42 } as never);

    const listed = await service.listAccounts();
    const proto = await service.send({
      accountId: '__proto__',
      to: ['a@example.com'],
      subject: 's',
      text: 't',
      attachments: [],
    });

    expect(listed.ok && listed.value.accounts.map((a) => [a.id, a.hasPassword])).toEqual([
      ['acc-local', false],
    ]);
    expect(proto).toMatchObject({ ok: false, error: { code: 'ACCOUNT_NOT_FOUND' } });
  });

  it('reports SETTINGS_FAILED instead of throwing when the settings cannot be written', async () => {
    const { service, store } = await setup();
    store.set = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };

    const saved = await service.saveAccount(localAccount(587), PASSWORD);

    expect(saved).toMatchObject({ ok: false, error: { code: 'SETTINGS_FAILED' } });
  });
});
