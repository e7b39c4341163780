import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { expect } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../../../renderer/data/migrations/registry';
import { V1_STORES } from '../../../../../renderer/data/migrations/v1';
import { V2_STORES } from '../../../../../renderer/data/migrations/v2';
import { V3_STORES } from '../../../../../renderer/data/migrations/v3';

// The fixtures of versions 3 and 4 (fixtures/vN-database.json) and the database each makes:
// a file, so later code cannot change what an older version held. Version 4 added indexes
// only, so both hold the tables of versions 1 to 3.

const STORES = { ...V1_STORES, ...V2_STORES, ...V3_STORES };
export type FixtureTable = keyof typeof STORES;
export const FIXTURE_TABLES = Object.keys(STORES) as FixtureTable[];
export type Fixture = Record<FixtureTable, Record<string, unknown>[]>;

/** The records of fixtures/v{version}-database.json, by table. */
export function readFixture(version: 3 | 4): Fixture {
  const url = new URL(`./fixtures/v${version}-database.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Fixture;
}

/** Writes the fixture into a new database that knows only schema versions 1 to `version`. */
export async function fixtureDatabase(version: 3 | 4, fixture: Fixture): Promise<string> {
  const name = `v${version}-fixture-${randomUUID()}`;
  const old = new Dexie(name);
  for (const register of SCHEMA_VERSIONS.slice(0, version)) register(old);
  await old.open();
  for (const table of FIXTURE_TABLES) await old.table(table).bulkAdd(fixture[table]);
  expect(old.verno).toBe(version);
  old.close();
  return name;
}

function primaryKeyOf(table: FixtureTable, record: Record<string, unknown>): string | number {
  if (table === 'settings' || table === 'mailingSettings') return String(record.key);
  return table === 'audit' ? Number(record.seq) : String(record.id);
}

/** Expects every record of every table of the fixture in `db`, exactly, and no other. */
export async function expectEveryFixtureRecord(db: Dexie, fixture: Fixture): Promise<void> {
  for (const table of FIXTURE_TABLES) {
    expect(await db.table(table).count(), table).toBe(fixture[table].length);
    for (const expected of fixture[table]) {
      const found = await db.table(table).get(primaryKeyOf(table, expected));
      expect(found, `${table} ${primaryKeyOf(table, expected)}`).toEqual(expected);
    }
  }
}
