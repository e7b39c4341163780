import path from 'node:path';
import { isSafeFileName } from '../../../shared/contract/fileNames';
import type { ExportFs } from './exportFs';

/** What to do when the name exists: replace it (the person agreed in a dialog) or keep it. */
export type Existing = 'replace' | 'keep';

const MAX_NUMBERED = 999;

/**
 * The path of `name` inside `folder`, or null when the name would leave the folder or is no
 * plain file name: separators, '..', absolute paths, NUL and other control characters, and
 * anything safeFileName would change. The check of last resort before every write.
 */
export function pathInside(folder: string, name: string): string | null {
  if (!path.isAbsolute(folder) || !isSafeFileName(name)) return null;
  if (name === '.' || name === '..' || name.includes('/') || name.includes('\\')) return null;
  const base = path.resolve(folder);
  const target = path.join(base, name);
  return path.dirname(target) === base && path.basename(target) === name ? target : null;
}

// The suffix a number goes before: the extensions at the end of a name (each a dot and a
// letter first), so the app's two-part suffixes stay whole ('.factur-x.pdf', '.xrechnung.xml')
// while a stem's own dots ('Acme Ltd.', '2026.01') stay in the stem.
const SUFFIX = /(?:\.[a-z][a-z0-9-]*)+$/i;

/** 'INV-1 Acme.pdf' → 'INV-1 Acme (2).pdf'; 'INV-1 Acme.factur-x.pdf' → 'INV-1 Acme (2).factur-x.pdf'. */
function numbered(name: string, number: number): string {
  const suffix = SUFFIX.exec(name);
  const at = suffix && suffix.index > 0 ? suffix.index : name.length;
  return `${name.slice(0, at)} (${number})${name.slice(at)}`;
}

async function freeName(fs: ExportFs, folder: string, name: string): Promise<string> {
  for (let number = 1; number <= MAX_NUMBERED; number += 1) {
    const candidate = path.join(folder, number === 1 ? name : numbered(name, number));
    if (!(await fs.exists(candidate))) return candidate;
  }
  throw Object.assign(new Error(`${MAX_NUMBERED} files named like ${name} exist`), {
    code: 'EEXIST',
  });
}

/**
 * Writes `data` as `name` in `folder` atomically: into a temporary file of the same folder
 * (same file system, so the rename is atomic), flushed, then renamed into place. Readers
 * see the old file or the whole new one; a failure leaves no temporary file behind.
 * With 'keep', an existing name becomes "name (2).pdf" and so on. Returns the path written.
 * Throws the file system's error; the caller maps it.
 */
export async function writeAtomically(
  fs: ExportFs,
  folder: string,
  name: string,
  data: Uint8Array,
  existing: Existing,
): Promise<string> {
  const target = path.join(folder, name);
  // A short fixed-form name: a 250-byte document name plus a suffix would exceed 255 bytes.
  const temp = path.join(folder, `.invoicer-${fs.randomSuffix()}.tmp`);
  await fs.writeNew(temp, data);
  try {
    const final = existing === 'replace' ? target : await freeName(fs, folder, name);
    await fs.rename(temp, final);
    return final;
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}
