import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The bytes of every file under `dir` (the browser profile: how big the database is on disk). */
export async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directorySize(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}
