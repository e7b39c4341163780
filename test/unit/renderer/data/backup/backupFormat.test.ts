import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../../renderer/data/audit/sha256';
import {
  composeBackupText,
  splitBackupText,
} from '../../../../../renderer/data/backup/backupFormat';

const header = {
  appVersion: '0.1.0',
  schemaVersion: 2,
  createdAt: '2026-03-16T12:00:00.000Z',
  reason: 'manual' as const,
  counts: { customers: 1 },
};
const data = '{"formatName":"dexie","data":{"name":"Ελληνική Εταιρεία 🧾"}}';

describe('the backup file: a header line, then the data part', () => {
  it('splits back into the header it was composed with and the same data', () => {
    const split = splitBackupText(composeBackupText(header, data));
    expect(split).toEqual({
      ok: true,
      value: {
        header: {
          format: 'invoicer-backup',
          formatVersion: 1,
          ...header,
          checksum: { algorithm: 'SHA-256', value: sha256Hex(data) },
        },
        data,
      },
    });
  });

  it('the checksum is the SHA-256 of the UTF-8 bytes of the data part', () => {
    for (const part of [data, '', 'abc', 'é']) {
      const split = splitBackupText(composeBackupText(header, part));
      expect(split.ok && split.value.header.checksum.value).toBe(
        createHash('sha256').update(part, 'utf8').digest('hex'),
      );
    }
  });

  it('a line break inside a header value keeps the header on one line', () => {
    const text = composeBackupText({ ...header, appVersion: '1.0\n{"x":1}' }, data);
    const split = splitBackupText(text);
    expect(split.ok && split.value.header.appVersion).toBe('1.0\n{"x":1}');
    expect(split.ok && split.value.data).toBe(data);
  });

  it('refuses what is not an Invoicer backup', () => {
    for (const text of [
      '',
      'hello',
      '{"format":"other"}\n{}',
      '{}\n{}',
      'null\n',
      '{broken\n{}',
      data,
    ]) {
      const split = splitBackupText(text);
      expect(split.ok ? null : split.error.code).toBe('NOT_A_BACKUP');
    }
  });

  it('refuses a data part that was cut short or changed by one character', () => {
    const text = composeBackupText(header, data);
    for (const bad of [text.slice(0, -1), text.replace('Εταιρεία', 'Εταιρεια'), `${text} `]) {
      const split = splitBackupText(bad);
      expect(split.ok ? null : split.error).toMatchObject({
        code: 'DAMAGED',
        message: expect.stringMatching(/checksum/),
      });
    }
  });

  it('refuses a header of ours it cannot read as damaged, and a newer format as newer', () => {
    const text = composeBackupText(header, data);
    const noCounts = text.replace('"counts":{"customers":1},', '');
    expect(splitBackupText(noCounts)).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    const newer = text.replace('"formatVersion":1', '"formatVersion":7');
    expect(splitBackupText(newer)).toMatchObject({ ok: false, error: { code: 'NEWER_VERSION' } });
    const newerShape = '{"format":"invoicer-backup","formatVersion":2,"compressed":true}\nxyz';
    expect(splitBackupText(newerShape)).toMatchObject({
      ok: false,
      error: { code: 'NEWER_VERSION' },
    });
  });
});
