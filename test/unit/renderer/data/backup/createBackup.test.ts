import './browserGlobals';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../renderer/data/audit/sha256';
import {
  backupPieces,
  backupText,
  blobSha256Hex,
  type BuiltBackup,
} from '../../../../../renderer/data/backup/createBackup';

function built(data: string): BuiltBackup {
  return {
    header: '{"format":"invoicer-backup"}\n',
    data: new Blob([data]),
    checksum: sha256Hex(data),
    createdAt: '2026-03-16T12:00:00.000Z',
    counts: {},
  };
}

async function pieces(backup: BuiltBackup, max: number): Promise<string[]> {
  const all: string[] = [];
  for await (const piece of backupPieces(backup, max)) all.push(piece);
  return all;
}

describe('sending a backup in pieces', () => {
  it('keeps every character in order, the header first, no piece over the limit', async () => {
    const data = 'abcdefghij'.repeat(7);
    const backup = built(data);
    const sent = await pieces(backup, 12);
    expect(sent[0]).toBe(backup.header);
    expect(sent.join('')).toBe(await backupText(backup));
    expect(sent.slice(1).every((piece) => piece.length > 0 && piece.length <= 12)).toBe(true);
  });

  it('never splits a character, whatever its UTF-8 length, at any slice size', async () => {
    const data = 'aé€🧾'.repeat(40);
    for (const max of [5, 6, 7, 8, 9, 13, 64]) {
      const sent = await pieces(built(data), max);
      expect(sent.slice(1).join('')).toBe(data);
      for (const piece of sent.slice(1)) {
        expect(piece.length).toBeLessThanOrEqual(max);
        // A lone surrogate would not survive UTF-8 encoding in the main process.
        expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
      }
    }
  });

  it('the checksum of the data Blob is that of its text', async () => {
    const data = 'Ελληνική Εταιρεία 🧾 '.repeat(1000);
    expect(await blobSha256Hex(new Blob([data]))).toBe(sha256Hex(data));
    expect(await blobSha256Hex(new Blob([]))).toBe(sha256Hex(''));
  });
});
