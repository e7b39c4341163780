import type Dexie from 'dexie';
import { registerV1 } from './v1';
import { registerV2 } from './v2';
import { registerV3 } from './v3';
import { registerV4 } from './v4';
import { registerV5 } from './v5';

/**
 * Every schema version in order, oldest first. A new version is a new file vN.ts with its
 * stores and upgrade function, appended here; old entries are never edited, so a database of
 * any earlier version upgrades step by step.
 */
export const SCHEMA_VERSIONS: readonly ((db: Dexie) => void)[] = [
  registerV1,
  registerV2,
  registerV3,
  registerV4,
  registerV5,
];

/** The version a database has after all upgrades. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;
