import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  minorField,
  percentField,
  quantityField,
  vatRateField,
} from '../../../../shared/schemas/amountFields';
import { countryField, COUNTRY_CODES } from '../../../../shared/schemas/countries';
import {
  emailField,
  isoDateField,
  languageField,
  optionalEmailField,
  phoneField,
  requiredText,
  timestampField,
  websiteField,
} from '../../../../shared/schemas/fields';
import { UNIT_CODES, UNIT_LABELS, unitField } from '../../../../shared/schemas/units';
import { parseWith } from '../../../../shared/schemas/validationIssues';

function outcome(schema: z.ZodType, value: unknown): unknown {
  const result = parseWith(schema, value);
  return result.ok ? { value: result.value } : result.error.issues.map((issue) => issue.message);
}

describe('dates', () => {
  const issueDate = isoDateField('Issue date');

  it.each([
    ['2026-03-31', { value: '2026-03-31' }],
    ['2028-02-29', { value: '2028-02-29' }],
    ['', ['Enter the issue date, like 2026-03-31.']],
    [undefined, ['Enter the issue date, like 2026-03-31.']],
    ['31.03.2026', ['Enter the issue date as a date like 2026-03-31.']],
    [20260331, ['Enter the issue date as a date like 2026-03-31.']],
    [
      '2026-02-29',
      ['The issue date 2026-02-29 does not exist; enter a real date like 2026-03-31.'],
    ],
    [
      '2026-04-31',
      ['The issue date 2026-04-31 does not exist; enter a real date like 2026-03-31.'],
    ],
    [
      '0000-01-01',
      ['The issue date 0000-01-01 does not exist; enter a real date like 2026-03-31.'],
    ],
  ])('%j gives %j', (value, expected) => {
    expect(outcome(issueDate, value)).toEqual(expected);
  });

  it('takes timestamps in UTC or with an offset, and nothing else', () => {
    const createdAt = timestampField('Created at');
    expect(parseWith(createdAt, '2026-03-31T09:30:00.000Z').ok).toBe(true);
    expect(parseWith(createdAt, '2026-03-31T11:30:00+02:00').ok).toBe(true);
    expect(outcome(createdAt, '2026-03-31')).toEqual([
      'Created at must be a date and time like 2026-03-31T09:30:00Z.',
    ]);
  });
});

describe('text', () => {
  const name = requiredText({ label: 'Name', max: 5, missing: "Enter the customer's name." });

  it.each([
    ['  Acme ', { value: 'Acme' }],
    ['   ', ["Enter the customer's name."]],
    [undefined, ["Enter the customer's name."]],
    [null, ["Enter the customer's name."]],
    [42, ['Name must be text.']],
    ['Acme Ltd', ['Name can be at most 5 characters long; shorten it.']],
  ])('%j gives %j', (value, expected) => {
    expect(outcome(name, value)).toEqual(expected);
  });
});

describe('e-mail, phone and web addresses', () => {
  it('requires a well-formed e-mail address where one is needed', () => {
    expect(outcome(emailField(), ' jane@example.com ')).toEqual({ value: 'jane@example.com' });
    expect(outcome(emailField(), '')).toEqual(['Enter the e-mail address, like name@example.com.']);
    expect(outcome(emailField(), 'jane@example')).toEqual([
      'Enter an e-mail address like name@example.com.',
    ]);
  });

  it('lets an optional e-mail address be empty but not malformed', () => {
    expect(outcome(optionalEmailField(), '')).toEqual({ value: '' });
    expect(outcome(optionalEmailField(), 'jane at example.com')).toEqual([
      'Enter an e-mail address like name@example.com.',
    ]);
  });

  it.each(['+49 30 1234567', '(030) 123-45', '030/1234567', ''])(
    'accepts the phone number %j',
    (value) => {
      expect(parseWith(phoneField(), value).ok).toBe(true);
    },
  );

  it.each(['call me', '12', '+49 30 1234567 ext. 5'])('refuses the phone number %j', (value) => {
    expect(outcome(phoneField(), value)).toEqual([
      'Enter the phone number with digits, like +49 30 1234567.',
    ]);
  });

  it.each(['www.example.com', 'https://example.com/about', 'example.co.uk', ''])(
    'accepts the website %j',
    (value) => {
      expect(parseWith(websiteField(), value).ok).toBe(true);
    },
  );

  it.each(['example', 'my site.com', 'ftp://example.com'])('refuses the website %j', (value) => {
    expect(parseWith(websiteField(), value).ok).toBe(false);
  });
});

describe('countries, languages and units', () => {
  it('knows the 249 ISO countries and Kosovo, and stores codes in capitals', () => {
    expect(COUNTRY_CODES.size).toBe(250);
    expect(outcome(countryField(), 'de')).toEqual({ value: 'DE' });
    expect(outcome(countryField(), 'UK')).toEqual([
      'Country must be a two-letter country code like DE, FR or GB.',
    ]);
    expect(outcome(countryField(), '')).toEqual(['Choose the country.']);
  });

  it.each([
    ['en', 'en'],
    ['de-de', 'de-DE'],
    ['sr_latn_rs', 'sr-Latn-RS'],
    ['es-419', 'es-419'],
  ])('reads the language tag %s as %s', (typed, stored) => {
    expect(outcome(languageField(), typed)).toEqual({ value: stored });
  });

  it.each(['english', 'e', 'de-DEU', 'en-US-x-private'])('refuses the language tag %s', (typed) => {
    expect(outcome(languageField(), typed)).toEqual([
      'Language must be a language code like en or de-DE.',
    ]);
  });

  it('names every unit and accepts only listed codes', () => {
    expect(UNIT_CODES).toHaveLength(15);
    expect(UNIT_CODES.every((code) => UNIT_LABELS[code].length > 0)).toBe(true);
    expect(UNIT_LABELS.HUR).toBe('hour');
    expect(parseWith(unitField(), 'C62').ok).toBe(true);
    expect(parseWith(unitField(), 'c62').ok).toBe(false);
  });
});

describe('numbers as decimal strings', () => {
  it.each([
    [percentField('Discount'), '100', true],
    [percentField('Discount'), '0', true],
    [percentField('Discount'), '12.3456', true],
    [percentField('Discount'), '100.0001', false],
    [percentField('Discount'), '12.34567', false],
    [vatRateField(), '99.99', true],
    [vatRateField(), '5.5', true],
    [vatRateField(), '-1', false],
    [vatRateField(), '-0', false],
    [percentField('Discount'), '-0', false],
    [quantityField(), '-0', true],
    [quantityField(), '-0.000001', true],
    [quantityField(), '999999999.999999', true],
    [quantityField(), '1000000000', false],
    [quantityField(), '1e3', false],
    [quantityField(), ' 2', false],
  ])('%#: %j valid = %j', (schema, value, valid) => {
    expect(parseWith(schema, value).ok).toBe(valid);
  });
});

describe('amounts in minor units', () => {
  it.each([
    [0, 'any', true],
    [-5, 'any', true],
    [-5, 'nonNegative', false],
    [0, 'positive', false],
    [1, 'positive', true],
    [Number.NaN, 'any', false],
    [Number.POSITIVE_INFINITY, 'any', false],
    [1_000_000_000_000, 'any', true],
    [1_000_000_000_001, 'any', false],
  ] as const)('%j as %s: valid = %j', (value, rule, valid) => {
    expect(parseWith(minorField('Amount', rule), value).ok).toBe(valid);
  });
});
