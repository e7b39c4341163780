import { afterEach, describe, expect, it } from 'vitest';
import { nowIso, nowIsoAfter, setClock, today } from '../../../../renderer/data/clock';
import { nameSearchKey, numberSearchKey } from '../../../../renderer/data/searchKeys';

afterEach(() => setClock(null));

describe('clock', () => {
  it('today is the local calendar date of the clock', () => {
    setClock(() => new Date(2026, 2, 31, 23, 59));
    expect(today()).toBe('2026-03-31');
    setClock(() => new Date(2026, 3, 1, 0, 1));
    expect(today()).toBe('2026-04-01');
  });

  it('nowIsoAfter is later than the previous stamp even within one millisecond', () => {
    setClock(() => new Date('2026-03-16T12:00:00.000Z'));
    expect(nowIso()).toBe('2026-03-16T12:00:00.000Z');
    expect(nowIsoAfter('2026-03-16T12:00:00.000Z')).toBe('2026-03-16T12:00:00.001Z');
    expect(nowIsoAfter('2026-03-16T11:00:00.000Z')).toBe('2026-03-16T12:00:00.000Z');
    expect(nowIsoAfter(undefined)).toBe('2026-03-16T12:00:00.000Z');
  });
});

describe('search keys', () => {
  it('folds case, accents, spacing and Greek final sigma', () => {
    expect(nameSearchKey('  Müller   GmbH ')).toBe('muller gmbh');
    expect(nameSearchKey('ΟΔΟΣ Ερμού')).toBe('οδοσ ερμου');
    expect(nameSearchKey('Øresund')).toBe('øresund');
    expect(numberSearchKey(' INV-2026-0001 ')).toBe('inv-2026-0001');
  });
});
