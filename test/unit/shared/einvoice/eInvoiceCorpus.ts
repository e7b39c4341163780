// The e-invoice corpus: one posted document for each thing an e-invoice must get right,
// with the formats it is exported in. The integration test validates every file against
// the official schemas and rules; the unit tests check the figures.
import type { EInvoiceInput } from '../../../../shared/einvoice/eInvoiceModel';
import {
  ALL_FORMATS as ALL,
  BULGARIAN_BUYER,
  GREEK_BUYER,
  SWISS_BUYER,
  type CorpusEntry,
} from './corpusBasics';
import { creditNotes } from './corpusCreditNotes';
import { vatCategoryEntries } from './corpusVatCategories';
import {
  AUSTRIAN_BUYER,
  LEITWEG_ROUTING,
  line,
  MANDATE,
  posted,
  vatRouting,
} from './eInvoiceFixtures';

export type { CorpusEntry } from './corpusBasics';

/** Every document of the corpus, with the formats it is exported in. */
export function eInvoiceCorpus(): CorpusEntry[] {
  const [partialCredit, completingCredit] = creditNotes();
  const austria = vatRouting(AUSTRIAN_BUYER);
  return [
    ...vatCategoryEntries(),
    { name: 'credit-note-partial', routing: austria, formats: ALL, document: partialCredit },
    { name: 'credit-note-completing', routing: austria, formats: ALL, document: completingCredit },
    {
      name: 'partially-paid',
      routing: LEITWEG_ROUTING,
      formats: ALL,
      document: posted({
        number: 'INV-2026-0009',
        prepaid: 50000,
        notes: 'A deposit of 500.00 was paid with invoice INV-2026-0002.',
        lines: [line({ description: 'Kitchen installation', unit: 'LS', unitPrice: '1890.00' })],
      }),
    },
    {
      name: 'direct-debit',
      routing: { ...LEITWEG_ROUTING, debitedAccount: 'DE02120300000000202051' },
      formats: ALL,
      document: posted({
        number: 'INV-2026-0010',
        paymentMethod: 'directDebit',
        directDebit: MANDATE,
        lines: [
          line({
            description: 'Monthly maintenance, March 2026',
            unit: 'MON',
            unitPrice: '249.00',
          }),
        ],
      }),
    },
    {
      name: 'greek-customer',
      routing: vatRouting(GREEK_BUYER),
      formats: ALL,
      document: posted({
        number: 'INV-2026-0011',
        buyer: GREEK_BUYER,
        notes: 'Ευχαριστούμε για την παραγγελία!',
        lines: [
          line({
            description: 'Μετάφραση εγγράφων',
            quantity: '8',
            unitPrice: '65.00',
            vatCategory: 'reverseCharge',
            vatRate: '0',
          }),
        ],
      }),
    },
    {
      name: 'cyrillic-customer',
      routing: vatRouting(BULGARIAN_BUYER),
      formats: ALL,
      document: posted({
        number: 'INV-2026-0012',
        buyer: BULGARIAN_BUYER,
        notes: 'Благодарим Ви!',
        lines: [
          line({
            description: 'Уеб дизайн, начална страница',
            quantity: '1',
            unit: 'LS',
            unitPrice: '1200.00',
          }),
          line({ description: 'Хостинг', unit: 'MON', quantity: '12', unitPrice: '9.99' }),
        ],
      }),
    },
    {
      name: 'cash-rounding-chf',
      routing: vatRouting(SWISS_BUYER, 'Auftrag 55'),
      formats: ALL,
      document: posted({
        number: 'INV-2026-0013',
        currency: 'CHF',
        buyer: SWISS_BUYER,
        paymentMethod: 'cash',
        bankAccount: null,
        cashRoundingIncrement: 5,
        lines: [
          line({
            description: 'Ski lessons',
            quantity: '3',
            unitPrice: '33.33',
            vatCategory: 'export',
            vatRate: '0',
          }),
        ],
      }),
    },
    {
      name: 'card-jpy-negative-line',
      routing: austria,
      formats: ['peppol', 'cii'],
      document: posted({
        number: 'INV-2026-0014',
        currency: 'JPY',
        buyer: AUSTRIAN_BUYER,
        paymentMethod: 'card',
        lines: [
          line({
            description: 'Camera',
            unit: 'C62',
            quantity: '1',
            unitPrice: '89800',
            vatRate: '10',
          }),
          line({
            description: 'Trade-in of the old camera',
            unit: 'C62',
            quantity: '1',
            unitPrice: '-12000',
            vatRate: '10',
          }),
        ],
      }),
    },
  ];
}

/** Every corpus entry in every format it is exported in, as export inputs. */
export function eInvoiceCorpusInputs(): Array<{ name: string; input: EInvoiceInput }> {
  return eInvoiceCorpus().flatMap((entry) =>
    entry.formats.map((format) => ({
      name: `${entry.name}.${format}`,
      input: { document: entry.document, format, routing: entry.routing },
    })),
  );
}
