import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openInvoicerDb } from '../../../../../renderer/data/db';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../../../../renderer/data/migrations/registry';

// DESIGN §8: every schema version has an upgrade test that opens a database of the version
// before, upgrades it and finds every record. This test holds that rule for every version in
// the registry, present and future: version N needs fixtures/v{N-1}-database.json (a
// database of version N-1 as the app wrote it, every table with records) and its own
// vN.test.ts; and, generically, upgrading that fixture by one step and by all steps to the
// current version loses no record of any table.

type Fixture = Record<string, Record<string, unknown>[]>;

const here = new URL('./', import.meta.url);
const fixtureUrl = (version: number) => new URL(`fixtures/v${version}-database.json`, here);
const readFixture = (version: number) =>
  JSON.parse(readFileSync(fixtureUrl(version), 'utf8')) as Fixture;

/** A database that knows the first `count` schema versions (not opened yet). */
function declaredUpTo(name: string, count: number): Dexie {
  const db = new Dexie(name);
  for (const register of SCHEMA_VERSIONS.slice(0, count)) register(db);
  return db;
}

function tablesOf(count: number): string[] {
  return declaredUpTo(`tables-${randomUUID()}`, count)
    .tables.map((table) => table.name)
    .sort();
}

/** Writes the fixture of `version` into a new database of that version, and closes it. */
async function databaseOf(version: number, fixture: Fixture): Promise<string> {
  const name = `v${version}-fixture-${randomUUID()}`;
  const old = declaredUpTo(name, version);
  await old.open();
  for (const [table, records] of Object.entries(fixture)) await old.table(table).bulkAdd(records);
  expect(old.verno).toBe(version);
  old.close();
  return name;
}

/** Expects every record of the fixture, by its primary key, in the upgraded database. */
async function expectEveryRecord(db: Dexie, fixture: Fixture): Promise<void> {
  for (const [table, records] of Object.entries(fixture)) {
    const store = db.table(table);
    const keyPath = store.schema.primKey.keyPath;
    expect(typeof keyPath, `${table} has a simple primary key`).toBe('string');
    expect(await store.count(), `${table} keeps its count`).toBe(records.length);
    for (const record of records) {
      const key = record[keyPath as string] as string;
      expect(await store.get(key), `${table} ${key}`).toBeDefined();
    }
  }
}

const upgrades = SCHEMA_VERSIONS.map((_, index) => index + 1).filter((version) => version > 1);

describe('the schema registry', () => {
  it('declares version N as its Nth entry, so upgrades run in order', () => {
    SCHEMA_VERSIONS.forEach((_, index) => {
      expect(declaredUpTo(`order-${randomUUID()}`, index + 1).verno).toBe(index + 1);
    });
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
    expect(openInvoicerDb(`current-${randomUUID()}`).verno).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe.each(upgrades)('schema version %i', (version) => {
  const previous = version - 1;

  it(`has a fixture of version ${previous} with records in every one of its tables`, () => {
    expect(existsSync(fixtureUrl(previous)), `fixtures/v${previous}-database.json`).toBe(true);
    const fixture = readFixture(previous);
    expect(Object.keys(fixture).sort()).toEqual(tablesOf(previous));
    for (const [table, records] of Object.entries(fixture)) {
      expect(records.length, `${table} in v${previous}-database.json`).toBeGreaterThan(0);
    }
  });

  it(`has its own upgrade test, v${version}.test.ts`, () => {
    expect(existsSync(new URL(`v${version}.test.ts`, here)), `v${version}.test.ts`).toBe(true);
  });

  it(`upgrading a version ${previous} database to ${version} keeps every record`, async () => {
    const fixture = readFixture(previous);
    const db = declaredUpTo(await databaseOf(previous, fixture), version);
    await db.open();
    expect(db.verno).toBe(version);
    await expectEveryRecord(db, fixture);
    db.close();
  });

  it(`upgrading a version ${previous} database to the current version keeps every record`, async () => {
    const fixture = readFixture(previous);
    const db = openInvoicerDb(await databaseOf(previous, fixture));
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    await expectEveryRecord(db, fixture);
    db.close();
  });
});
