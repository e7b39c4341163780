import { z } from 'zod';
import { isCountryCode } from './countries';
import { typeMessages } from './fields';

// Bank and tax identifiers. Each is stored in its compact form (no spaces, capitals), so
// "de89 3704 0044 0532 0130 00" typed by a person is kept as "DE89370400440532013000".

/** Removes spaces (and other white space) and upper-cases: the compact form of an identifier. */
export function compactIdentifier(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * The ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters counting A = 10 …
 * Z = 35. Digit by digit, so the remainder never leaves small integers (an IBAN read as one
 * number has up to 70 digits).
 */
export function mod97(text: string): number {
  let remainder = 0;
  for (const character of text) {
    const digits = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** Why a compact IBAN is not one, or null when it is valid (pattern, country, length, mod 97). */
export function ibanProblem(iban: string): string | null {
  const example = 'like DE89 3704 0044 0532 0130 00';
  if (!/^[A-Z0-9]+$/.test(iban)) return `An IBAN has only letters and digits, ${example}.`;
  if (!/^[A-Z]{2}\d{2}/.test(iban) || !isCountryCode(iban.slice(0, 2))) {
    return `An IBAN starts with a country code and two check digits, ${example}.`;
  }
  if (iban.length < 15 || iban.length > 34) {
    return `An IBAN has 15 to 34 characters; this one has ${iban.length}. Check it against your bank statement.`;
  }
  // The check digits sit after the country code; moved to the end the whole is ≡ 1 mod 97.
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) {
    return "This IBAN's check digits are wrong; check for a typing error.";
  }
  return null;
}

/** True for a valid IBAN, written compact or with spaces. */
export function isValidIban(value: string): boolean {
  return ibanProblem(compactIdentifier(value)) === null;
}

/** An IBAN that must be given, stored compact. */
export function ibanField(label = 'IBAN') {
  const missing = `Enter the ${label}, like DE89 3704 0044 0532 0130 00.`;
  return z
    .string(typeMessages(missing, `${label} must be text, like DE89 3704 0044 0532 0130 00.`))
    .overwrite(compactIdentifier)
    .min(1, missing)
    .superRefine((value, ctx) => {
      const message = value === '' ? null : ibanProblem(value);
      if (message) ctx.addIssue({ code: 'custom', message, input: value });
    });
}

const BIC_PATTERN = /^[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** A BIC (SWIFT code) of 8 or 11 characters; may be empty, as SEPA payments need none. */
export function bicField(label = 'BIC') {
  const wrong = `A ${label} has 8 or 11 letters and digits, like COBADEFFXXX; check it or leave it empty.`;
  return z
    .string({ error: wrong })
    .overwrite(compactIdentifier)
    .default('')
    .refine((value) => {
      const country = BIC_PATTERN.exec(value)?.[1];
      return value === '' || (country !== undefined && isCountryCode(country));
    }, wrong);
}

/**
 * A VAT identification number, loosely: a two-letter prefix (EL for Greece, XI for Northern
 * Ireland, so not only country codes) and 2–13 letters or digits. Dots and hyphens people
 * copy from letterheads are dropped. May be empty.
 */
export function vatIdField(label = 'VAT ID') {
  const wrong = `Enter the ${label} with its country prefix, like DE123456789 or FR40303265045; or leave it empty.`;
  return z
    .string({ error: wrong })
    .overwrite((value) => compactIdentifier(value).replace(/[.-]/g, ''))
    .default('')
    .refine((value) => value === '' || /^[A-Z]{2}[A-Z0-9]{2,13}$/.test(value), wrong);
}

/**
 * A SEPA creditor identifier (needed to collect direct debits): country code, two check
 * digits, a three-character business code the check ignores, and the national identifier.
 * May be empty.
 */
export function sepaCreditorIdField(label = 'SEPA creditor ID') {
  const wrong = `Enter the ${label} as your bank gave it, like DE98ZZZ09999999999; or leave it empty.`;
  return z
    .string({ error: wrong })
    .overwrite(compactIdentifier)
    .default('')
    .superRefine((value, ctx) => {
      if (value === '') return;
      const match = /^([A-Z]{2})(\d{2})[A-Z0-9]{3}([A-Z0-9]{1,28})$/.exec(value);
      if (!match || !isCountryCode(match[1]!)) {
        ctx.addIssue({ code: 'custom', message: wrong, input: value });
      } else if (mod97(match[3]! + match[1]! + match[2]!) !== 1) {
        const message = `This ${label}'s check digits are wrong; check for a typing error.`;
        ctx.addIssue({ code: 'custom', message, input: value });
      }
    });
}
