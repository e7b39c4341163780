import fc from 'fast-check';
import type { ContractName } from '../../../../shared/contract/contract';
import { BACKUP_CHUNK_CHARS, MAX_BACKUP_BYTES } from '../../../../shared/contract/backupsContract';
import {
  badFileName,
  broken,
  notNumber,
  notText,
  unsafePart,
  type Arb,
} from './invalidRequestParts';

// Invalid requests of the backup calls (backups.*), for invalidRequests.ts.

// Backups: names that would leave the folder or are not the app's own, ids the service never
// gave out, counts and offsets out of range.
const badBackupFileName: Arb = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 30 }), unsafePart, fc.string({ maxLength: 30 }))
    .map(([a, bad, b]) => `${a}${bad}${b}.invoicer-backup`),
  fc.constantFrom('backup.json', 'backup.invoicer-backup.exe', '.invoicer-backup', 'x'),
  badFileName,
);
const badAutomaticName: Arb = fc.oneof(
  fc.constantFrom(
    '../invoicer-2026-03-16T12-00-00-000Z-daily.invoicer-backup',
    'invoicer-2026-03-16T12-00-00-000Z-daily.invoicer-backup/../../etc/passwd',
    'invoicer-2026-03-16T12-00-00-000Z-manual.invoicer-backup',
    'invoicer-2026-13-16T12-00-00-000Z-daily.invoicer-backup',
    '/etc/passwd',
    'Invoicer backup.invoicer-backup',
  ),
  fc.string({ maxLength: 60 }),
  notText,
);
const badUploadId: Arb = fc.oneof(
  fc.constantFrom('', '0123456789abcdef', '0123456789ABCDEF01234567', '../0123456789abcdef0123'),
  fc.string({ maxLength: 30 }).filter((text) => !/^[0-9a-f]{24}$/.test(text)),
  notText,
);

/** The calls of this area that take a request (one without is in invalidRequests.ts). */
export type BackupCall = Exclude<Extract<ContractName, `backups.${string}`>, 'backups.list'>;

/** Requests of `name` with one thing broken, built from its valid sample `base`. */
export function brokenBackupRequests(name: BackupCall, base: Record<string, unknown>): Arb {
  switch (name) {
    case 'backups.beginFile':
      return broken(base, { suggestedName: badBackupFileName }, ['suggestedName']);
    case 'backups.beginAutomatic':
      return broken(
        base,
        { reason: fc.oneof(fc.constantFrom('manual', 'Daily', '', 'daily '), notText) },
        ['reason'],
      );
    case 'backups.append':
      return broken(
        base,
        {
          uploadId: badUploadId,
          text: fc.oneof(fc.constant(''), fc.constant('x'.repeat(BACKUP_CHUNK_CHARS + 1)), notText),
        },
        ['uploadId', 'text'],
      );
    case 'backups.finish':
    case 'backups.abort':
      return broken(base, { uploadId: badUploadId }, ['uploadId']);
    case 'backups.read':
      return broken(
        base,
        {
          name: badAutomaticName,
          offset: fc.oneof(
            fc.integer({ max: -1 }),
            fc.constant(MAX_BACKUP_BYTES + 1),
            fc.constant(0.5),
            notNumber,
          ),
        },
        ['name', 'offset'],
      );
    case 'backups.setKeepLast':
      return broken(
        base,
        {
          keepLast: fc.oneof(
            fc.integer({ max: 0 }),
            fc.integer({ min: 366 }),
            fc.constant(2.5),
            notNumber,
          ),
        },
        ['keepLast'],
      );
  }
}
