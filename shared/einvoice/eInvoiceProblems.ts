import type { PostedDocument } from '../pdf/documentPdfInput';

/**
 * One reason a document cannot be exported as an e-invoice yet, in words a person
 * understands, with the field that fixes it: 'customer.<path>' on the customer form,
 * 'company.<path>' in the settings, 'document' when only a new document can fix it.
 */
export type EInvoiceProblem = { field: string; message: string };

/** Collects problems in order, each once. */
export type ProblemList = {
  add: (field: string, message: string) => void;
  list: () => EInvoiceProblem[];
};

/** An empty problem list. */
export function problemList(): ProblemList {
  const problems: EInvoiceProblem[] = [];
  return {
    add: (field, message) => {
      if (!problems.some((p) => p.field === field && p.message === message)) {
        problems.push({ field, message });
      }
    },
    list: () => [...problems],
  };
}

/** "invoice" or "credit note", for sentences. */
export function documentWord(doc: PostedDocument): string {
  return doc.kind === 'creditNote' ? 'credit note' : 'invoice';
}

/**
 * The sentence for something the document froze when it was posted: fixing the settings
 * helps the next documents, and this one only through a correction, as a posted document
 * never changes (DESIGN §4).
 */
export function frozenGap(doc: PostedDocument, missing: string, where: string): string {
  const word = documentWord(doc);
  const thisOne =
    doc.kind === 'creditNote'
      ? 'this credit note can be sent as its PDF only.'
      : 'for this one, cancel it with a credit note and issue it again.';
  return (
    `${missing} This ${word} was posted without it, and a posted ${word} never changes: ` +
    `add it ${where} for the documents you post from now on; ${thisOne}`
  );
}
