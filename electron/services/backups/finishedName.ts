import path from 'node:path';
import {
  automaticBackupName,
  BACKUP_FILE_EXTENSION,
  parseAutomaticBackupName,
  type AutomaticBackupReason,
} from '../../../shared/contract/backupsContract';

/**
 * What to do when the name of a finished backup is taken: replace it (the person agreed in
 * the save dialog), number it ("name (2).invoicer-backup", the preview's export folder), or
 * for an automatic backup take the next free millisecond, so its name still says when it was
 * made and still sorts in order.
 */
export type NameMode =
  { kind: 'replace' } | { kind: 'keep' } | { kind: 'automatic'; reason: AutomaticBackupReason };

const MAX_TRIES = 999;

/** 'a.invoicer-backup' → 'a (2).invoicer-backup'. */
export function numberedName(name: string, number: number): string {
  const extension = name.toLowerCase().endsWith(BACKUP_FILE_EXTENSION) ? BACKUP_FILE_EXTENSION : '';
  return `${name.slice(0, name.length - extension.length)} (${number})${extension}`;
}

/** The automatic backup's name `steps` milliseconds later. */
function laterName(name: string, reason: AutomaticBackupReason, steps: number): string {
  const createdAt = parseAutomaticBackupName(name)?.createdAt;
  const at = createdAt === undefined ? Date.now() : Date.parse(createdAt);
  return automaticBackupName(new Date(at + steps).toISOString(), reason);
}

/**
 * The path a finished backup is renamed to: `name` in `folder`, or per `mode` the first
 * free variant of it. Throws an EEXIST error when hundreds of variants are taken.
 */
export async function finishedPath(
  folder: string,
  name: string,
  mode: NameMode,
  exists: (file: string) => Promise<boolean>,
): Promise<string> {
  const wanted = path.join(folder, name);
  if (mode.kind === 'replace') return wanted;
  for (let attempt = 1; attempt <= MAX_TRIES; attempt += 1) {
    const candidate =
      attempt === 1
        ? wanted
        : path.join(
            folder,
            mode.kind === 'keep'
              ? numberedName(name, attempt)
              : laterName(name, mode.reason, attempt - 1),
          );
    if (!(await exists(candidate))) return candidate;
  }
  throw Object.assign(new Error(`too many backups named like ${name}`), { code: 'EEXIST' });
}
