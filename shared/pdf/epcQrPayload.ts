import type { Minor } from '../money/minor';
import { minorToDecimalString } from '../money/minor';
import type { CurrencyCode } from '../money/currencies';
import { err, ok, type Result } from '../result';
import { compactIdentifier, ibanProblem } from '../schemas/identifierFields';

// The EPC QR code ("GiroCode", EPC069-12 version 002): a SEPA credit transfer a banking app
// fills in from a scan. Eleven lines, separated by LF, UTF-8, at most 331 bytes:
//   1 BCD   2 002   3 1 (UTF-8)   4 SCT   5 BIC (may be empty in 002)   6 beneficiary name
//   7 IBAN  8 EUR<amount>   9 purpose (empty)   10 structured reference (empty)
//   11 unstructured remittance text (here the invoice number)

export const EPC_MAX_BYTES = 331;
export const EPC_MAX_NAME_CHARACTERS = 70;
export const EPC_MAX_REMITTANCE_CHARACTERS = 140;
/** The largest amount a SEPA credit transfer in an EPC QR code may carry: 999,999,999.99. */
export const EPC_MAX_AMOUNT_CENTS = 99_999_999_999;

export type EpcQrInput = {
  beneficiaryName: string;
  iban: string;
  /** 8 or 11 characters, or empty: version 002 does not need it inside the EEA. */
  bic: string;
  amount: Minor;
  currency: CurrencyCode;
  /** Free text for the payee to match the payment, e.g. the invoice number. */
  remittance: string;
};

export type EpcQrError = {
  code: 'EPC_NOT_EUR' | 'EPC_AMOUNT' | 'EPC_IBAN' | 'EPC_BIC' | 'EPC_NAME' | 'EPC_TOO_LONG';
  message: string;
};

const BIC_PATTERN = /^[A-Z0-9]{8}([A-Z0-9]{3})?$/;

/** Its UTF-8 length in bytes, the unit of the EPC's 331-byte limit. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

// A line break inside a field would shift every later field; control characters are no text.
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstCharacters(text: string, count: number): string {
  return Array.from(text).slice(0, count).join('').trimEnd();
}

function problem(code: EpcQrError['code'], message: string): Result<string, EpcQrError> {
  return err({ code, message });
}

/** The payload of an EPC QR code for a credit transfer, or why the transfer cannot have one. */
export function epcQrPayload(input: EpcQrInput): Result<string, EpcQrError> {
  if (input.currency !== 'EUR') {
    return problem('EPC_NOT_EUR', 'A payment QR code is only possible for amounts in euro.');
  }
  if (input.amount < 1 || input.amount > EPC_MAX_AMOUNT_CENTS) {
    return problem(
      'EPC_AMOUNT',
      'A payment QR code needs an amount from 0.01 to 999,999,999.99 euro.',
    );
  }
  const iban = compactIdentifier(input.iban);
  const ibanError = ibanProblem(iban);
  if (ibanError) return problem('EPC_IBAN', ibanError);
  const bic = compactIdentifier(input.bic);
  if (bic !== '' && !BIC_PATTERN.test(bic)) {
    return problem('EPC_BIC', 'A BIC has 8 or 11 letters and digits, like COBADEFFXXX.');
  }
  let name = firstCharacters(oneLine(input.beneficiaryName), EPC_MAX_NAME_CHARACTERS);
  if (name === '') return problem('EPC_NAME', 'A payment QR code needs the name of the payee.');
  const remittance = firstCharacters(oneLine(input.remittance), EPC_MAX_REMITTANCE_CHARACTERS);
  const amount = `EUR${minorToDecimalString(input.amount, input.currency)}`;
  const build = (payee: string) =>
    ['BCD', '002', '1', 'SCT', bic, payee, iban, amount, '', '', remittance].join('\n');

  // Only a name of many multi-byte characters can break the limit; the name is shortened
  // then, as the remittance text is what the payee matches the payment by.
  let payload = build(name);
  while (utf8ByteLength(payload) > EPC_MAX_BYTES && name !== '') {
    name = firstCharacters(name, Array.from(name).length - 1);
    payload = build(name);
  }
  if (name === '') {
    return problem('EPC_TOO_LONG', 'The payment details are too long for a payment QR code.');
  }
  return ok(payload);
}
