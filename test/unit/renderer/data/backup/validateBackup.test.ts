import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  composeBackupText,
  splitBackupText,
} from '../../../../../renderer/data/backup/backupFormat';
import {
  checkBackupData,
  checkRows,
  revivePlainRow,
  type BackupExpectations,
} from '../../../../../renderer/data/backup/validateBackup';

const schemas = { notes: z.object({ id: z.string(), text: z.string().max(5) }) };
const expectations: BackupExpectations = {
  currentSchemaVersion: 2,
  tablesAt: (version) => (version === 1 || version === 2 ? { notes: 'id' } : null),
  schemas,
};

function backup(rows: unknown[], version = 2, declared = rows.length) {
  const data = JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'x',
      databaseVersion: version,
      tables: [{ name: 'notes', schema: 'id', rowCount: declared }],
      data: [{ tableName: 'notes', inbound: true, rows }],
    },
  });
  const text = composeBackupText(
    {
      appVersion: '1',
      schemaVersion: version,
      createdAt: '2026-01-01T00:00:00Z',
      reason: 'manual',
      counts: { notes: declared },
    },
    data,
  );
  const split = splitBackupText(text);
  if (!split.ok) throw new Error(split.error.message);
  return split.value;
}

describe('checking the data part', () => {
  it('returns every row of a valid backup', () => {
    const rows = [
      { id: 'a', text: 'hi' },
      { id: 'b', text: 'yo' },
    ];
    const checked = checkBackupData(backup(rows), expectations);
    expect(checked.ok && [...checked.value.rows]).toEqual([['notes', rows]]);
    expect(checked.ok && checked.value.needsUpgrade).toBe(false);
  });

  it('names the first invalid record and counts the others', () => {
    const rows = [
      { id: 'a', text: 'too long' },
      { id: 'b', text: 'ok' },
      { id: 'c', text: 'long too' },
    ];
    const checked = checkBackupData(backup(rows), expectations);
    expect(checked.ok ? null : checked.error).toMatchObject({
      code: 'INVALID_RECORD',
      table: 'notes',
      recordKey: 'a',
      message: expect.stringMatching(
        /record a of notes fails the checks \(text\).* 1 more records of notes/,
      ),
    });
  });

  it('an older version is checked for shape only and marked for the migrations', () => {
    const checked = checkBackupData(
      backup([{ id: 'a', text: 'too long for now' }], 1),
      expectations,
    );
    expect(checked.ok && checked.value.needsUpgrade).toBe(true);
  });

  it('refuses a newer version and an unknown one', () => {
    expect(checkBackupData(backup([], 3), expectations)).toMatchObject({
      ok: false,
      error: { code: 'NEWER_VERSION' },
    });
    const none = { ...expectations, tablesAt: () => null };
    expect(checkBackupData(backup([], 2), none)).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED' },
    });
  });

  it('refuses rows without a key, with a repeated key, or not objects', () => {
    for (const rows of [
      [{ text: 'x' }],
      [
        { id: 'a', text: 'x' },
        { id: 'a', text: 'y' },
      ],
      ['a'],
      [null],
      [[1]],
    ]) {
      expect(checkRows('notes', rows, 'id', schemas)).toMatchObject({
        ok: false,
        error: { code: 'DAMAGED' },
      });
    }
  });

  it('a table Invoicer has no schema for cannot be restored', () => {
    expect(checkRows('other', [{ id: 'a' }], 'id', schemas)).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED' },
    });
  });
});

describe('Typeson notes on rows', () => {
  it('notes of plain arrays are dropped', () => {
    const row = {
      id: 'a',
      lines: [1],
      deep: { 'a.b': [2] },
      $types: { lines: 'arrayNonindexKeys', 'deep.a~1b': 'arrayNonindexKeys' },
    };
    expect(revivePlainRow(row)).toEqual({ id: 'a', lines: [1], deep: { 'a.b': [2] } });
    expect(revivePlainRow({ id: 'a' })).toEqual({ id: 'a' });
  });

  it('any other type, or a note on something that is not an array, refuses the row', () => {
    expect(revivePlainRow({ id: 'a', at: 1, $types: { at: 'date' } })).toBeNull();
    expect(revivePlainRow({ id: 'a', x: 1, $types: { x: 'arrayNonindexKeys' } })).toBeNull();
    expect(revivePlainRow({ id: 'a', $types: true })).toBeNull();
  });
});
