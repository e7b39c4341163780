import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';
import type { SettingsStore } from '../../../electron/services/settings/settingsStore';
import type { MailSettings } from '../../../electron/services/mail/mailSettings';
import type { AppSettings } from '../../../electron/services/settings/appSettings';

type Example = { 'window.bounds': { width: number; height: number }; 'export.lastFolder': string };

const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'invoicer-settings-'));
  dirs.push(dir);
  return dir;
}

describe('the conf settings store', () => {
  it('gets what was set, across store instances, and nothing after delete', async () => {
    const dir = await tempDir();
    const first = createConfSettingsStore<Example>(dir);

    first.set('window.bounds', { width: 1200, height: 800 });
    first.set('export.lastFolder', '/home/trader/Invoices');
    const second = createConfSettingsStore<Example>(dir);
    const read = [second.get('window.bounds'), second.get('export.lastFolder')];
    second.delete('export.lastFolder');

    expect(read).toEqual([{ width: 1200, height: 800 }, '/home/trader/Invoices']);
    expect(first.get('export.lastFolder')).toBeUndefined();
  });

  it('treats dotted keys as one key, not a path', async () => {
    const dir = await tempDir();
    const store = createConfSettingsStore<Example>(dir);

    store.set('window.bounds', { width: 1, height: 2 });

    const json = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'));
    expect(Object.keys(json)).toEqual(['window.bounds']);
  });

  it('writes a file only its owner can read', async () => {
    const dir = await tempDir();
    createConfSettingsStore<Example>(dir).set('export.lastFolder', '/tmp');

    const mode = (await stat(path.join(dir, 'settings.json'))).mode;

    if (process.platform !== 'win32') expect(mode & 0o077).toBe(0);
  });

  it('moves a damaged settings file aside and starts empty instead of failing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'settings.json'), '{"export.lastFolder": "/tmp", oops', 'utf8');
    const store = createConfSettingsStore<Example>(dir);

    const value = store.get('export.lastFolder');
    store.set('export.lastFolder', '/home');

    expect(value).toBeUndefined();
    expect(store.get('export.lastFolder')).toBe('/home');
    const files = await readdir(dir);
    const damaged = files.filter((name) => name.startsWith('settings.json.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(await readFile(path.join(dir, damaged[0]!), 'utf8')).toContain('oops');
  });

  it('one store of all app settings serves each service with its own keys (typing)', async () => {
    const dir = await tempDir();
    // AppSettings as it grows: the mail keys and those of other services.
    const app: SettingsStore<AppSettings & Example> = createConfSettingsStore(dir);
    const mail: SettingsStore<MailSettings> = app;
    const other: SettingsStore<Example> = app;

    mail.set('mail.passwords', {});
    other.set('export.lastFolder', '/tmp');

    expect(app.get('mail.passwords')).toEqual({});
    expect(app.get('export.lastFolder')).toBe('/tmp');
  });
});
