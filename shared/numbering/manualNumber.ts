import { err, ok, type Result } from '../result';
import {
  characterCount,
  firstUnsafeCharacter,
  MAX_DOCUMENT_NUMBER_LENGTH,
  unsafeCharacterMessage,
} from './numberCharacters';

export type ManualNumberError =
  | { code: 'NUMBER_EMPTY'; message: string }
  | { code: 'NUMBER_TOO_LONG'; message: string }
  | { code: 'NUMBER_UNSAFE_CHARACTER'; message: string; character: string }
  | { code: 'NUMBER_TAKEN'; message: string; existingNumber: string };

/**
 * The form under which two numbers count as the same: trimmed, Unicode-normalised and
 * lower-cased, so "inv-1" and " INV-1 " collide. Use it for a uniqueness index as well.
 */
export function documentNumberKey(number: string): string {
  return number.trim().normalize('NFC').toLowerCase();
}

/**
 * Checks a number typed by hand and returns it trimmed. existingNumbers are the numbers
 * already used in the same series (leave out the document being edited); when given as a
 * map from number to a description of its document ("invoice to Acme Ltd of 3 March
 * 2026"), a clash names that document.
 */
export function validateManualNumber(
  number: string,
  existingNumbers: Iterable<string> | ReadonlyMap<string, string>,
): Result<string, ManualNumberError> {
  const trimmed = number.trim();
  if (trimmed === '') {
    return err({ code: 'NUMBER_EMPTY', message: 'Enter a document number.' });
  }
  const length = characterCount(trimmed);
  if (length > MAX_DOCUMENT_NUMBER_LENGTH) {
    return err({
      code: 'NUMBER_TOO_LONG',
      message: `A document number may have at most ${MAX_DOCUMENT_NUMBER_LENGTH} characters; this one has ${length}.`,
    });
  }
  const unsafe = firstUnsafeCharacter(trimmed);
  if (unsafe !== null) {
    return err({
      code: 'NUMBER_UNSAFE_CHARACTER',
      message: unsafeCharacterMessage(unsafe),
      character: unsafe,
    });
  }
  const clash = findClash(documentNumberKey(trimmed), existingNumbers);
  if (clash !== null) {
    const holder =
      clash.holder === undefined
        ? `another document of this series`
        : `${clash.holder} (${clash.existingNumber})`;
    return err({
      code: 'NUMBER_TAKEN',
      message: `The number ${trimmed} is already used by ${holder}; numbers must be unique in their series.`,
      existingNumber: clash.existingNumber,
    });
  }
  return ok(trimmed);
}

function findClash(
  key: string,
  existingNumbers: Iterable<string> | ReadonlyMap<string, string>,
): { existingNumber: string; holder?: string } | null {
  if (existingNumbers instanceof Map) {
    for (const [existingNumber, holder] of existingNumbers as ReadonlyMap<string, string>) {
      if (documentNumberKey(existingNumber) === key) return { existingNumber, holder };
    }
    return null;
  }
  for (const existingNumber of existingNumbers as Iterable<string>) {
    if (documentNumberKey(existingNumber) === key) return { existingNumber };
  }
  return null;
}
