import { MAX_BATCH_BYTES, MAX_BATCH_FILES } from './filesContract';

/**
 * Splits the files of a batch export into the chunks of files.exportBatch calls, in order:
 * at most MAX_BATCH_FILES files and MAX_BATCH_BYTES of PDF each (a single larger file gets
 * a chunk of its own; the contract then refuses it with a message about its size).
 */
export function chunkBatch<T extends { byteLength: number }>(
  files: readonly T[],
  limits: { maxFiles: number; maxBytes: number } = {
    maxFiles: MAX_BATCH_FILES,
    maxBytes: MAX_BATCH_BYTES,
  },
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    const full = current.length >= limits.maxFiles || bytes + file.byteLength > limits.maxBytes;
    if (current.length > 0 && full) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.byteLength;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
