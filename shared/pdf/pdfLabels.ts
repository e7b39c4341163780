import { PAYMENT_METHOD_LABELS, type PaymentMethod } from '../payments/paymentMethod';
import { UNIT_LABELS, type UnitCode } from '../schemas/units';
import { VAT_CATEGORIES, vatCategoryRules, type VatCategory } from '../tax/vatCategories';
import { describePaymentTerms, type PaymentTerms } from '../terms/paymentTerms';

// Every word the document PDF prints, per language. English is complete; another language
// is one more object of type PdfLabels in PDF_LABELS. Sentences that carry figures are
// functions, so each language can put the figures where its grammar wants them.

export type PdfDocumentKind = 'invoice' | 'quote' | 'creditNote';

export type PdfLabels = {
  /** BCP 47 tag: the PDF's language and the language of country names. */
  language: string;
  title: Record<PdfDocumentKind, string>;
  number: Record<PdfDocumentKind, string>;
  issueDate: Record<PdfDocumentKind, string>;
  supplyDate: string;
  dueDate: string;
  validUntil: string;
  buyerReference: string;
  correctsInvoice: (invoiceNumber: string, invoiceDate: string) => string;
  vatId: string;
  taxId: string;
  registrationNumber: string;
  email: string;
  phone: string;
  table: {
    position: string;
    description: string;
    quantity: string;
    unit: string;
    unitPrice: string;
    discount: string;
    vatRate: string;
    net: string;
  };
  amountsIn: (currency: string) => string;
  perBaseQuantity: (quantityAndUnit: string) => string;
  lineDiscount: (reason: string, percent: string | null, amount: string) => string;
  lineSurcharge: (reason: string, percent: string | null, amount: string) => string;
  units: Readonly<Record<UnitCode, string>>;
  vatCategories: Readonly<Record<VatCategory, string>>;
  vatBreakdown: { category: string; taxable: string; vat: string };
  totals: {
    lines: string;
    allowance: (reason: string) => string;
    charge: (reason: string) => string;
    net: string;
    vat: string;
    gross: string;
    prepaid: string;
    rounding: string;
    amountDue: string;
    credited: string;
  };
  paymentTerms: (terms: PaymentTerms) => string;
  payment: string;
  paymentMethods: Readonly<Record<PaymentMethod, string>>;
  paymentMethod: (method: string) => string;
  transferRequest: (amount: string, dueDate: string | null, reference: string) => string;
  accountHolder: string;
  iban: string;
  bic: string;
  bank: string;
  scanToPay: string;
  mandateReference: string;
  mandate: (mandateId: string, mandateDate: string) => string;
  creditorId: string;
  collection: (amount: string, dueDate: string) => string;
  notes: string;
  continued: (title: string, number: string) => string;
  page: (page: number, pageCount: number) => string;
};

const VAT_CATEGORY_LABELS = Object.fromEntries(
  VAT_CATEGORIES.map((category) => [category, vatCategoryRules(category).label]),
) as Record<VatCategory, string>;

const ENGLISH: PdfLabels = {
  language: 'en',
  title: { invoice: 'Invoice', quote: 'Quote', creditNote: 'Credit note' },
  number: { invoice: 'Invoice no.', quote: 'Quote no.', creditNote: 'Credit note no.' },
  issueDate: { invoice: 'Invoice date', quote: 'Quote date', creditNote: 'Date' },
  supplyDate: 'Supply date',
  dueDate: 'Due date',
  validUntil: 'Valid until',
  buyerReference: 'Your reference',
  correctsInvoice: (invoiceNumber, invoiceDate) =>
    `Corrects invoice ${invoiceNumber} of ${invoiceDate}`,
  vatId: 'VAT ID',
  taxId: 'Tax number',
  registrationNumber: 'Registration',
  email: 'E-mail',
  phone: 'Phone',
  table: {
    position: 'Pos.',
    description: 'Description',
    quantity: 'Qty',
    unit: 'Unit',
    unitPrice: 'Unit price',
    discount: 'Discount',
    vatRate: 'VAT',
    net: 'Net',
  },
  amountsIn: (currency) => `Amounts in ${currency}`,
  perBaseQuantity: (quantityAndUnit) => `Unit price per ${quantityAndUnit}`,
  lineDiscount: (reason, percent, amount) =>
    `${reason || 'Discount'}${percent ? ` ${percent}` : ''}: −${amount}`,
  lineSurcharge: (reason, percent, amount) =>
    `${reason || 'Surcharge'}${percent ? ` ${percent}` : ''}: +${amount}`,
  units: UNIT_LABELS,
  vatCategories: VAT_CATEGORY_LABELS,
  vatBreakdown: { category: 'VAT', taxable: 'Taxable amount', vat: 'VAT amount' },
  totals: {
    lines: 'Total of lines',
    allowance: (reason) => `Discount: ${reason}`,
    charge: (reason) => `Charge: ${reason}`,
    net: 'Net total',
    vat: 'VAT',
    gross: 'Total',
    prepaid: 'Prepaid',
    rounding: 'Rounding',
    amountDue: 'Amount due',
    credited: 'Amount credited',
  },
  paymentTerms: describePaymentTerms,
  payment: 'Payment',
  paymentMethods: PAYMENT_METHOD_LABELS,
  paymentMethod: (method) => `Payment method: ${method}.`,
  transferRequest: (amount, dueDate, reference) =>
    `Please transfer ${amount}${dueDate ? ` by ${dueDate}` : ''} to the account below, quoting ${reference}.`,
  accountHolder: 'Account holder',
  iban: 'IBAN',
  bic: 'BIC',
  bank: 'Bank',
  scanToPay: 'Scan to pay',
  mandateReference: 'Mandate reference',
  mandate: (mandateId, mandateDate) => `${mandateId} of ${mandateDate}`,
  creditorId: 'Creditor ID',
  collection: (amount, dueDate) =>
    `The amount of ${amount} will be collected from your account by SEPA direct debit on or after the due date, ${dueDate}.`,
  notes: 'Notes',
  continued: (title, number) => `${title} ${number} (continued)`,
  page: (page, pageCount) => `Page ${page} of ${pageCount}`,
};

/** The label catalogues by language subtag ('en'); English is the fallback. */
export const PDF_LABELS: Readonly<Record<string, PdfLabels>> = { en: ENGLISH };

/** The labels for a document language such as 'de-DE': its language's, else English. */
export function pdfLabelsFor(language: string): PdfLabels {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return PDF_LABELS[primary] ?? ENGLISH;
}
