// The documents the PDF tests print: one for each thing a PDF must get right.
import { minor } from '../../../../shared/money/minor';
import type { SalesDocument } from '../../../../shared/schemas/document';
import type { PartySnapshot } from '../../../../shared/schemas/postedSnapshot';
import { BUYER, line, MANDATE, postedDocument, SELLER } from './pdfFixtures';

/** A two-rate EUR invoice: a discounted 19 % line, a 7 % line and a 19 % shipping charge. */
export function twoRateInvoice(): SalesDocument {
  return postedDocument({
    lines: [
      line({
        description: 'Strategy workshop, preparation and facilitation',
        quantity: '2.5',
        unitPrice: '90.00',
        allowances: [{ kind: 'percent', percent: '10', reason: 'Loyalty' }],
      }),
      line({
        description: 'Handbook "Small business accounting", 3rd edition',
        quantity: '3',
        unit: 'C62',
        unitPrice: '24.90',
        vatRate: '7',
      }),
    ],
    adjustments: [
      {
        kind: 'charge',
        reason: 'Shipping',
        value: { kind: 'amount', amount: minor(990) },
        vatCategory: 'standard',
        vatRate: '19',
      },
    ],
  });
}

/** A credit note for part of invoice INV-2026-0007. */
export function creditNote(): SalesDocument {
  return postedDocument({
    kind: 'creditNote',
    number: 'CN-2026-0003',
    lines: [
      line({
        description: 'Workshop day cancelled',
        quantity: '1',
        unit: 'DAY',
        unitPrice: '800.00',
      }),
    ],
  });
}

/** An invoice of `count` lines, some with long descriptions: it runs over several pages. */
export function longInvoice(count = 60): SalesDocument {
  const lines = Array.from({ length: count }, (_, index) =>
    line({
      description:
        index % 7 === 3
          ? `Line item ${index + 1}: on-site support with travel, set-up of the accounting software, data migration from the previous system and a training session for the staff`
          : `Line item ${index + 1}`,
      quantity: String((index % 5) + 1),
      unitPrice: `${10 + index}.50`,
      vatRate: index % 3 === 0 ? '7' : '19',
    }),
  );
  return postedDocument({ number: 'INV-2026-0060', lines });
}

export const UNICODE_BUYER: PartySnapshot = {
  ...BUYER,
  name: 'Żółć Łódź Sp. z o.o.',
  address: {
    line1: 'ul. Piotrkowska 104',
    line2: '',
    postalCode: '90-926',
    city: 'Łódź',
    region: '',
    country: 'PL',
  },
  vatId: 'PL5260250274',
};

/** An invoice whose names and lines are written in Polish, Greek, Cyrillic and Turkish. */
export function unicodeInvoice(): SalesDocument {
  return postedDocument({
    number: 'INV-2026-0077',
    seller: { ...SELLER, name: 'Müller & Søn Ærø Design' },
    buyer: UNICODE_BUYER,
    lines: [
      line({ description: 'Ξενοδοχείο «Αθήνα», διαμονή', unit: 'DAY', unitPrice: '120.00' }),
      line({ description: 'Перевод документов, ООО «Москва»', unitPrice: '85.00' }),
      line({ description: 'Danışmanlık İstanbul, Şişli ofisi', unitPrice: '60.00' }),
      line({
        description: 'Čeština, Română (ș ț), Tiếng Việt, Ørsted — 北京 🚀 end',
        unitPrice: '10.00',
      }),
    ],
    notes: 'Dziękujemy! Ευχαριστούμε! Спасибо! Teşekkürler! Price per item in €.',
  });
}

/** A yen invoice: no minor unit, and no EPC QR code (EUR only). */
export function jpyInvoice(): SalesDocument {
  return postedDocument({
    number: 'INV-2026-0088',
    currency: 'JPY',
    lines: [
      line({
        description: 'Translation, Japanese to German',
        quantity: '12',
        unit: 'HUR',
        unitPrice: '4500',
        vatRate: '10',
      }),
      line({
        description: 'Proofreading',
        quantity: '1',
        unit: 'LS',
        unitPrice: '12345',
        vatRate: '10',
      }),
    ],
  });
}

/** An invoice collected by SEPA direct debit. */
export function directDebitInvoice(): SalesDocument {
  return postedDocument({
    number: 'INV-2026-0099',
    paymentMethod: 'directDebit',
    directDebit: MANDATE,
    lines: [
      line({ description: 'Monthly maintenance, March 2026', unit: 'MON', unitPrice: '249.00' }),
    ],
  });
}

/** A reverse-charge invoice to a business in another EU country. */
export function reverseChargeInvoice(): SalesDocument {
  return postedDocument({
    number: 'INV-2026-0101',
    lines: [
      line({
        description: 'Software development services',
        quantity: '40',
        unitPrice: '95.00',
        vatCategory: 'reverseCharge',
        vatRate: '0',
      }),
    ],
  });
}

/** A sent quote. */
export function sentQuote(): SalesDocument {
  return postedDocument({
    kind: 'quote',
    number: 'QUO-2026-0005',
    lines: [
      line({ description: 'Website redesign', quantity: '1', unit: 'LS', unitPrice: '4800.00' }),
    ],
  });
}

/** Everything as long as the schemas allow it to be, or near: names, number, reference, reasons. */
export function longNamesInvoice(): SalesDocument {
  const name =
    'Jane Trader Consulting & Software Engineering Services for Small and Medium Enterprises Ltd';
  return postedDocument({
    number: 'INV-2026-A-VERY-LONG-NUMBER-SERIES-00001',
    seller: {
      ...SELLER,
      name,
      address: { ...SELLER.address, line2: 'Hinterhaus, 3. Stock links' },
    },
    buyer: {
      ...BUYER,
      name: 'Internationale Handelsgesellschaft für Maschinenbau, Anlagen und Zubehör mbH & Co. KG',
    },
    buyerReference: 'PO-2026-000123 / Cost centre 4711 / Project Phoenix, second phase',
    lines: [
      line({ description: 'A'.repeat(120) }),
      line({ unitPrice: '99999999.99', quantity: '999' }),
    ],
    adjustments: [
      {
        kind: 'allowance',
        reason: 'Early booking discount for loyal customers who booked before the end of January',
        value: { kind: 'percent', percent: '3' },
        vatCategory: 'standard',
        vatRate: '19',
      },
    ],
  });
}
