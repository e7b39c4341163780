import './browserGlobals';
import { describe, expect, it } from 'vitest';
import {
  DAILY_INTERVAL_MS,
  dailyBackupDue,
} from '../../../../../renderer/data/backup/automaticSchedule';

const now = Date.parse('2026-03-16T12:00:00Z');

describe('when a daily backup is due', () => {
  it('with no automatic backup yet', () => {
    expect(dailyBackupDue(null, null, now)).toBe(true);
  });

  it('when the newest automatic backup is a day old or more, of any reason', () => {
    expect(dailyBackupDue('2026-03-15T12:00:00.000Z', null, now)).toBe(true);
    expect(dailyBackupDue('2026-03-15T12:00:00.001Z', null, now)).toBe(false);
    expect(dailyBackupDue('2026-03-16T08:00:00.000Z', null, now)).toBe(false);
  });

  it('not again within a day of finding nothing to back up', () => {
    expect(dailyBackupDue(null, now - DAILY_INTERVAL_MS + 1, now)).toBe(false);
    expect(dailyBackupDue(null, now - DAILY_INTERVAL_MS, now)).toBe(true);
  });
});
