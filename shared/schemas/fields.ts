import { z } from 'zod';
import { daysInMonth, isIsoDate } from '../dates/isoDate';

// The building blocks of every entity schema. Each factory takes the field's label as a
// person sees it next to the input ("Issue date", "VAT ID"), so every message names its
// field; zod's own wording ("Invalid input: expected string") never reaches the user.

/** The label in the middle of a sentence: "Issue date" → "issue date", "VAT ID" stays. */
export function midSentence(label: string): string {
  return /^[A-Z](?![A-Z])/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * A trimmed string with one check that names its first problem, so a field gets one message.
 * (Zod's `abort: true` would do the same per check, but it also stops every cross-field
 * check of the objects around the field, which forms need to run.)
 */
export function checkedText(
  typeError: Parameters<typeof z.string>[0],
  problem: (value: string) => string | null,
) {
  return z
    .string(typeError)
    .trim()
    .superRefine((value, ctx) => {
      const message = problem(value);
      if (message !== null) ctx.addIssue({ code: 'custom', message, input: value });
    });
}

/** True for a value a form leaves when nothing was entered: undefined, null or blank text. */
export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** A zod `error` option: one message when the value is missing, another when it has the wrong type. */
export function typeMessages(missing: string, wrongType: string) {
  return { error: (issue: { input?: unknown }) => (isBlank(issue.input) ? missing : wrongType) };
}

/** An id of a stored record or the reference to one; `missing` is what the user should do. */
export function idField(missing: string) {
  return checkedText(typeMessages(missing, missing), (value) => {
    if (value === '') return missing;
    if (value.length > 100) {
      return 'This reference is too long to be a record id; choose the record again.';
    }
    // No id the app makes holds one; such a reference came from somewhere else.
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f]/.test(value)
      ? 'This reference holds characters no record id has; choose the record again.'
      : null;
  });
}

type TextOptions = {
  label: string;
  /** The most characters the field holds. */
  max: number;
  /** What to say when the field is empty, e.g. "Enter the customer's name". */
  missing?: string;
  /** A rule the whole text must match, and what to say when it does not. */
  pattern?: { regex: RegExp; message: string };
};

function tooLong(label: string, max: number): string {
  return `${label} can be at most ${max} characters long; shorten it.`;
}

/** Text that must be entered; surrounding spaces are removed before the check. */
export function requiredText({ label, max, missing, pattern }: TextOptions) {
  const empty = missing ?? `Enter the ${midSentence(label)}.`;
  return checkedText(typeMessages(empty, `${label} must be text.`), (value) => {
    if (value === '') return empty;
    if (value.length > max) return tooLong(label, max);
    return pattern && !pattern.regex.test(value) ? pattern.message : null;
  });
}

/** Text that may be left empty (stored as ''); surrounding spaces are removed. */
export function optionalText({ label, max }: Omit<TextOptions, 'missing' | 'pattern'>) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, tooLong(label, max))
    .default('');
}

/** A language tag such as 'en' or 'de-DE', returned in its usual case ('de-de' → 'de-DE'). */
export function languageField(label = 'Language') {
  const wrong = `${label} must be a language code like en or de-DE.`;
  return z
    .string(typeMessages(`Choose the ${midSentence(label)}.`, wrong))
    .trim()
    .overwrite(canonicalLanguageTag)
    .refine((value) => LANGUAGE_TAG.test(value), wrong);
}

// Language, optional script, optional region: en, de-DE, sr-Latn-RS, es-419.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

function canonicalLanguageTag(tag: string): string {
  return tag
    .split(/[-_]/)
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 4) return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      return part.toUpperCase();
    })
    .join('-');
}

/** True or false, e.g. "archived". */
export function flagField(label: string) {
  return z.boolean({ error: `${label} must be either yes or no.` });
}

/** A calendar date 'YYYY-MM-DD' that exists (no 30 February). */
export function isoDateField(label: string) {
  const name = midSentence(label);
  const problem = (value: unknown): string => {
    if (isBlank(value)) return `Enter the ${name}, like 2026-03-31.`;
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    if (!match) return `Enter the ${name} as a date like 2026-03-31.`;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const exists = year >= 1 && month >= 1 && month <= 12 && day >= 1;
    if (!exists || day > daysInMonth(year, month)) {
      return `The ${name} ${String(value)} does not exist; enter a real date like 2026-03-31.`;
    }
    return `Enter the ${name} as a date like 2026-03-31.`;
  };
  return z
    .string({ error: (issue) => problem(issue.input) })
    .refine(isIsoDate, { error: (issue) => problem(issue.input) });
}

/** An instant written by the app, e.g. `new Date().toISOString()`. */
export function timestampField(label: string) {
  const message = `${label} must be a date and time like 2026-03-31T09:30:00Z.`;
  return z.iso.datetime({ offset: true, error: message });
}

const EMAIL_EXAMPLE = 'like name@example.com';

function emailProblem(value: string): string | null {
  if (value.length > 254) return `An e-mail address has at most 254 characters; shorten it.`;
  return z.regexes.email.test(value) ? null : `Enter an e-mail address ${EMAIL_EXAMPLE}.`;
}

/** An e-mail address that must be given. */
export function emailField(label = 'E-mail address') {
  const missing = `Enter the ${midSentence(label)}, ${EMAIL_EXAMPLE}.`;
  return checkedText(typeMessages(missing, `Enter an e-mail address ${EMAIL_EXAMPLE}.`), (value) =>
    value === '' ? missing : emailProblem(value),
  );
}

/** An e-mail address that may be left empty (''). */
export function optionalEmailField(label = 'E-mail address') {
  const wrongType = `${label} must be an e-mail address ${EMAIL_EXAMPLE}, or empty.`;
  return checkedText({ error: wrongType }, (value) =>
    value === '' ? null : emailProblem(value),
  ).default('');
}

/** A phone number as people write it: digits, spaces, +, (, ), /, . and -; may be empty. */
export function phoneField(label = 'Phone number') {
  const wrong = `Enter the ${midSentence(label)} with digits, like +49 30 1234567.`;
  return checkedText({ error: wrong }, (value) => {
    if (value === '') return null;
    if (value.length > 40) return tooLong(label, 40);
    const digits = value.match(/\d/g)?.length ?? 0;
    return /^\+?[\d\s()/.-]+$/.test(value) && digits >= 3 ? null : wrong;
  }).default('');
}

// Optional http(s)://, a host name with at least one dot, optional port and path.
const WEB_ADDRESS = /^(https?:\/\/)?[^\s/.:]+(\.[^\s/.:]+)+(:\d+)?(\/\S*)?$/i;

/** A web address such as www.example.com or https://example.com; may be empty. */
export function websiteField(label = 'Website') {
  const wrong = `Enter the ${midSentence(label)} as a web address like www.example.com.`;
  return checkedText({ error: wrong }, (value) => {
    if (value === '') return null;
    if (value.length > 200) return tooLong(label, 200);
    return WEB_ADDRESS.test(value) ? null : wrong;
  }).default('');
}
