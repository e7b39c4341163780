import { z } from 'zod';
import { typeMessages } from './fields';

/**
 * The units a line or product may be measured in, as UN/ECE Recommendation 20 codes (the
 * codes EN 16931 e-invoices carry in BT-130), with the English name a person picks from.
 */
export const UNITS = [
  { code: 'C62', label: 'piece' },
  { code: 'HUR', label: 'hour' },
  { code: 'DAY', label: 'day' },
  { code: 'WEE', label: 'week' },
  { code: 'MON', label: 'month' },
  { code: 'MIN', label: 'minute' },
  { code: 'KGM', label: 'kilogram' },
  { code: 'MTR', label: 'metre' },
  { code: 'KMT', label: 'kilometre' },
  { code: 'MTK', label: 'square metre' },
  { code: 'LTR', label: 'litre' },
  { code: 'SET', label: 'set' },
  { code: 'PR', label: 'pair' },
  { code: 'XPK', label: 'package' },
  { code: 'LS', label: 'lump sum' },
] as const;

export type UnitCode = (typeof UNITS)[number]['code'];

/** The codes alone, in the order pickers list them. */
export const UNIT_CODES = UNITS.map((unit) => unit.code) as [UnitCode, ...UnitCode[]];

/** The English name of each unit code ('HUR' → 'hour'). */
export const UNIT_LABELS: Readonly<Record<UnitCode, string>> = Object.fromEntries(
  UNITS.map((unit) => [unit.code, unit.label]),
) as Record<UnitCode, string>;

/** True for one of the unit codes above. */
export function isUnitCode(value: unknown): value is UnitCode {
  return typeof value === 'string' && (UNIT_CODES as readonly string[]).includes(value);
}

/** A unit chosen from UNITS. */
export function unitField(label = 'Unit') {
  const message = `Choose a ${label.toLowerCase()} from the list, such as piece or hour.`;
  return z.enum(UNIT_CODES, typeMessages(message, message));
}
