import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContractName } from '../../../../shared/contract/contract';
import { CONTRACT_NAMES } from '../../../../shared/contract/contractNames';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { createHandlerTable } from '../../../../electron/handlers/handlerTable';
import {
  createBackupService,
  type BackupServiceSettings,
} from '../../../../electron/services/backups/backupService';
import { createFileService } from '../../../../electron/services/files/fileService';
import type { FileSettings } from '../../../../electron/services/files/fileSettings';
import { createConfSettingsStore } from '../../../../electron/services/settings/confSettingsStore';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { VALID_REQUESTS } from '../../shared/contract/contractSamples';
import { fakeServices } from './fakeServices';
import { FILE_NAME_KEYS, keyOf, leavesOf, replacedAt } from './genericInvalid';
import { invalidRequests } from './invalidRequests';

// Issue 6: whatever the renderer sends, no file is written outside the folder the person
// chose. Every call of the file-writing services (files.*, backups.*) runs against the real
// services on a real disk: once as the browser preview (one export folder) and once as the
// desktop app (dialogs the person answers by accepting what they show, in the folder they
// chose). Every write, rename, folder and deletion the services make through node:fs is
// recorded (and then done), and must lie in that folder or in the app's own data folder.

const touched = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  type Real = typeof real;
  /** `real[name]`, noting the paths `pathsOf` picks from its arguments before each call. */
  const noting = <K extends keyof Real>(name: K, pathsOf: (args: unknown[]) => unknown[]) => {
    const call = real[name] as unknown as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => {
      for (const file of pathsOf(args)) touched.push(String(file));
      return call(...args);
    }) as unknown as Real[K];
  };
  // open() writes with flags such as 'w', 'wx', 'a', 'r+' or O_WRONLY / O_RDWR / O_CREAT.
  const writes = (flags: unknown) =>
    typeof flags === 'number' ? (flags & 0o103) !== 0 : /[wax+]/.test(String(flags ?? 'r'));
  const first = (args: unknown[]) => [args[0]];
  const second = (args: unknown[]) => [args[1]];
  const spied = {
    open: noting('open', (args) => (writes(args[1]) ? [args[0]] : [])),
    writeFile: noting('writeFile', first),
    appendFile: noting('appendFile', first),
    rename: noting('rename', (args) => [args[0], args[1]]),
    copyFile: noting('copyFile', second),
    cp: noting('cp', second),
    mkdir: noting('mkdir', first),
    mkdtemp: noting('mkdtemp', first),
    unlink: noting('unlink', first),
    rm: noting('rm', first),
    rmdir: noting('rmdir', first),
    symlink: noting('symlink', second),
    link: noting('link', second),
    truncate: noting('truncate', first),
  };
  return { ...real, ...spied, default: { ...real, ...spied } };
});

let root: string;
let chosen: string;
let userData: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'invoicer-writes-'));
  chosen = path.join(root, 'chosen');
  userData = path.join(root, 'user-data');
  await mkdir(chosen);
  await mkdir(userData);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** True for the folder itself and anything in it. */
function isInside(folder: string, file: string): boolean {
  const inside = path.relative(folder, path.resolve(file));
  return !inside.startsWith('..') && !path.isAbsolute(inside);
}

/** The file and backup services of one mode, over the real disk; the rest are fakes. */
function tableFor(mode: 'preview' | 'desktop') {
  const store = createConfSettingsStore<FileSettings & BackupServiceSettings>(
    path.join(userData, `settings-${mode}`),
  );
  // A dialog answered by accepting what it shows: the folder it opened in, the name it
  // was given. A name that could lead elsewhere would lead the person elsewhere too.
  const acceptDialog = async (defaultPath: string) => path.resolve(defaultPath);
  const dialogs =
    mode === 'desktop'
      ? { chooseSavePath: acceptDialog, chooseFolder: async () => chosen, defaultDir: chosen }
      : { exportDir: chosen };
  return createHandlerTable({
    ...fakeServices().services,
    files: createFileService({ store, ...dialogs }),
    backups: createBackupService({
      automaticDir: path.join(userData, 'backups'),
      store,
      ...dialogs,
    }),
  });
}

/** The calls of the services that write files; a new one of them is included by its name. */
const WRITING = CONTRACT_NAMES.filter(
  (name) => name.startsWith('files.') || name.startsWith('backups.'),
);

const fragment = fc.constantFrom(
  '..',
  '.',
  '/',
  '\\',
  '../',
  '..\\',
  '%2e%2e%2f',
  ':',
  'C:',
  '~',
  '$HOME',
  '\u0000',
  '\n',
  '\u202e',
  'CON',
  'a',
  'Ä',
  ' ',
  '.pdf',
  '.csv',
  '.invoicer-backup',
  'INV-1',
  '😀',
);
const hostileName = fc.oneof(
  fc.array(fragment, { minLength: 1, maxLength: 10 }).map((parts) => parts.join('')),
  fc.constantFrom('../../../../tmp/evil', '/tmp/evil', '..\\..\\evil', '~/evil', '.'),
);

/** The valid request with every file name in it replaced by a generated one. */
function withHostileNames(name: ContractName): fc.Arbitrary<unknown> {
  const base = VALID_REQUESTS[name];
  const names = leavesOf(base).filter(
    (leaf) => typeof leaf.value === 'string' && FILE_NAME_KEYS.has(keyOf(leaf.path)),
  );
  if (names.length === 0) return fc.constant(base);
  return fc
    .array(hostileName, { minLength: names.length, maxLength: names.length })
    .map((generated) =>
      names.reduce<unknown>(
        (request, leaf, i) =>
          replacedAt(request, leaf.path, `${generated[i]}${extensionOf(leaf.value)}`),
        base,
      ),
    );
}

function extensionOf(value: string | number | boolean): string {
  return typeof value === 'string' ? path.extname(value) : '';
}

const calls = fc
  .constantFrom(...WRITING)
  .chain((name) =>
    fc.tuple(fc.constant(name), fc.oneof(withHostileNames(name), invalidRequests(name))),
  );

describe('the file-writing calls, with generated requests', () => {
  it('write, rename, create and delete nothing outside the chosen folder and the app data', async () => {
    const tables = { preview: tableFor('preview'), desktop: tableFor('desktop') };
    touched.length = 0;
    let written = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('preview', 'desktop' as const),
        calls,
        async (mode, [name, request]) => {
          const table = tables[mode];
          const before = touched.length;
          const reply = await dispatch(table, name, request, { log: () => undefined });
          // A backup that was begun is written to the end, so its file is really made.
          const upload = reply.ok ? (reply.value as { uploadId?: unknown }).uploadId : undefined;
          if (typeof upload === 'string') {
            await dispatch(table, 'backups.append', { uploadId: upload, text: '{"x":1}\n' });
            const finished = await dispatch(table, 'backups.finish', { uploadId: upload });
            if (finished.ok) written += 1;
          } else if (reply.ok && name !== 'backups.list' && name !== 'backups.read') {
            written += 1;
          }
          const outside = touched
            .slice(before)
            .filter((file) => !isInside(chosen, file) && !isInside(userData, file));
          if (outside.length > 0) {
            throw new Error(
              `${mode} ${name} ${fc.stringify(request).slice(0, 300)} touched ${outside.join(', ')}`,
            );
          }
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
    // The property saw real writes, not only refusals.
    expect(written).toBeGreaterThan(100);
    expect(touched.some((file) => isInside(chosen, file))).toBe(true);
    expect(touched.some((file) => isInside(path.join(userData, 'backups'), file))).toBe(true);
    // Nothing else appeared beside the two folders.
    expect((await readdir(root)).sort()).toEqual(['chosen', 'user-data']);
  });
});
