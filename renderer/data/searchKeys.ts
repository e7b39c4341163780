import { documentNumberKey } from '../../shared/numbering/manualNumber';

// Search is by prefix on an index. The index holds a folded form of the text, and whatever
// the user types is folded the same way before the range is built; both sides must agree,
// which is why the folding lives in one file.

/**
 * The form of a name that prefix search and name ordering use: Unicode-decomposed with
 * accents dropped, lower-cased, inner white space collapsed. "Müller GmbH" and "muller" meet;
 * Greek final sigma folds to σ so "ΟΔΟΣ" is found while typing "οδοσ".
 */
export function nameSearchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** The form of a document number or SKU that uniqueness and prefix search use. */
export function numberSearchKey(text: string): string {
  return documentNumberKey(text);
}
