import { minorUnitExponent, type CurrencyCode } from '../money/currencies';
import { isCountryCode } from '../schemas/countries';
import type { PartySnapshot } from '../schemas/postedSnapshot';
import { vatCategoryRules } from '../tax/vatCategories';
import { isOutsideScope } from './buildEInvoice';
import { electronicAddressProblem, PEPPOL_EAS_CODES } from './electronicAddress';
import { eInvoiceFormatRules } from './eInvoiceFormats';
import { linesBeyondPeppolTolerance } from './eInvoiceLines';
import type { EInvoiceInput } from './eInvoiceModel';
import { checkGermanRules, isGermanDomestic } from './germanRules';
import {
  documentWord,
  frozenGap,
  problemList,
  type EInvoiceProblem,
  type ProblemList,
} from './eInvoiceProblems';

// The business rules of EN 16931, Peppol BIS 3 and XRechnung that the app's own data can
// break, checked before anything is written; what the official validation would refuse
// after that is a bug of the mapping, which the tests hold at zero.

const ENDPOINT_FIELD = 'customer.eInvoice.endpointId';

// BR-CO-09: VAT IDs start with an ISO 3166 code, EL for Greece or XI for Northern Ireland.
function vatPrefixOk(vatId: string): boolean {
  const prefix = vatId.trim().slice(0, 2).toUpperCase();
  return prefix === 'EL' || prefix === 'XI' || (prefix !== 'XK' && isCountryCode(prefix));
}

function checkParties(input: EInvoiceInput, problems: ProblemList): void {
  const doc = input.document;
  const { seller, buyer } = doc.posted;
  const outsideScope = isOutsideScope(doc);
  const taxed = doc.posted.totals.vatGroups.filter((g) => g.category !== 'outsideScope');
  // BR-S-02, BR-Z-02, BR-E-02, BR-AE-02, BR-IC-02, BR-G-02: taxed supplies name the seller's
  // VAT ID or tax number.
  if (taxed.length > 0 && !seller.vatId.trim() && !seller.taxId.trim()) {
    problems.add(
      'company.vatId',
      frozenGap(doc, 'An e-invoice must show your VAT ID or tax number.', 'in Settings'),
    );
  }
  // BR-CO-26: the seller is identified by a VAT ID, a registration number or, standing in as
  // the seller identifier, the tax number. Outside the scope of VAT no VAT ID is shown.
  const vatShown = !outsideScope && seller.vatId.trim() !== '';
  if (!vatShown && !seller.registrationNumber.trim() && !seller.taxId.trim()) {
    problems.add(
      'company.registrationNumber',
      frozenGap(
        doc,
        outsideScope
          ? 'An e-invoice outside the scope of VAT shows no VAT ID, so it needs your company registration number or tax number to identify you.'
          : 'An e-invoice needs your VAT ID, company registration number or tax number to identify you.',
        'in Settings',
      ),
    );
  }
  const needsBuyerVat = taxed.find((g) => vatCategoryRules(g.category).buyerVatIdRequired);
  if (needsBuyerVat && !buyer.vatId.trim()) {
    const label = vatCategoryRules(needsBuyerVat.category).label;
    problems.add(
      'customer.vatId',
      frozenGap(doc, `${label} needs the customer's VAT ID.`, 'to the customer'),
    );
  }
  const parties: Array<[PartySnapshot, string, string]> = [
    [seller, 'company.vatId', 'Your VAT ID'],
    [buyer, 'customer.vatId', "The customer's VAT ID"],
  ];
  for (const [party, field, who] of parties) {
    if (!outsideScope && party.vatId.trim() && !vatPrefixOk(party.vatId)) {
      problems.add(
        field,
        frozenGap(doc, `${who} must start with a country code, such as DE or FR.`, 'correctly'),
      );
    }
  }
}

function checkVatGroups(input: EInvoiceInput, problems: ProblemList): void {
  const doc = input.document;
  const groups = doc.posted.totals.vatGroups;
  // BR-O-11 to BR-O-14: "not subject to VAT" stands alone on a document.
  if (isOutsideScope(doc) && groups.length > 1) {
    problems.add(
      'document',
      `This ${documentWord(doc)} has lines outside the scope of VAT next to taxed lines. An e-invoice outside the scope of VAT may have no other VAT category; put such lines on a document of their own.`,
    );
  }
  for (const group of groups) {
    if (vatCategoryRules(group.category).needsExemptionReason && !group.exemptionReason?.trim()) {
      problems.add(
        'document',
        `This ${documentWord(doc)} has exempt lines without the reason for the exemption, which an e-invoice must state (BR-E-10).`,
      );
    }
  }
}

function checkPayment(input: EInvoiceInput, problems: ProblemList): void {
  const doc = input.document;
  if (doc.paymentMethod === 'directDebit' && doc.posted.directDebit === null) {
    problems.add(
      'customer.directDebit',
      frozenGap(doc, 'A direct debit needs the mandate reference.', 'to the customer'),
    );
  }
}

function checkEndpoints(input: EInvoiceInput, problems: ProblemList): void {
  const { routing, format } = input;
  const rules = eInvoiceFormatRules(format);
  const seller = routing.sellerEndpoint;
  const buyer = routing.buyerEndpoint;
  if (rules.peppolRules && (seller === null || !PEPPOL_EAS_CODES.has(seller.scheme))) {
    problems.add(
      'company.vatId',
      "Peppol needs your Peppol ID. The app uses your VAT ID under your country's VAT scheme; add your VAT ID in Settings.",
    );
  } else if (seller === null && format !== 'cii') {
    problems.add(
      'company.email',
      'XRechnung needs your electronic address; add your e-mail address in Settings.',
    );
  }
  if (buyer === null && format !== 'cii') {
    problems.add(
      ENDPOINT_FIELD,
      rules.peppolRules
        ? "Enter the customer's Peppol ID (electronic address and scheme) on the customer; Peppol delivers the invoice there."
        : "Enter the customer's electronic address on the customer, or their e-mail address; XRechnung is delivered there.",
    );
  }
  if (buyer !== null) {
    const problem = electronicAddressProblem(buyer);
    if (problem)
      problems.add(ENDPOINT_FIELD, `The customer's electronic address is wrong: ${problem}`);
    else if (rules.peppolRules && !PEPPOL_EAS_CODES.has(buyer.scheme)) {
      problems.add(
        ENDPOINT_FIELD,
        `Peppol does not use electronic addresses of scheme ${buyer.scheme}; enter the customer's Peppol ID.`,
      );
    }
  }
  // PEPPOL-EN16931-R003: the buyer's reference or a purchase order reference.
  if (rules.peppolRules && !routing.buyerReference.trim()) {
    problems.add(
      'customer.eInvoice.buyerReference',
      `Peppol needs the customer's reference for this ${documentWord(input.document)}; enter the buyer reference on the customer.`,
    );
  }
}

function checkFigures(input: EInvoiceInput, problems: ProblemList): void {
  const doc = input.document;
  const currency = doc.posted.totals.currency as CurrencyCode;
  if (minorUnitExponent(currency) > 2) {
    problems.add(
      'document',
      `E-invoices carry amounts with at most two decimals, so a ${documentWord(doc)} in ${currency} cannot be exported as one.`,
    );
  }
  if (eInvoiceFormatRules(input.format).peppolRules) {
    for (const position of linesBeyondPeppolTolerance(doc)) {
      problems.add(
        'document',
        `Line ${position}: quantity × unit price is not a whole amount of ${currency}, and Peppol accepts no rounding of more than 0.02 on a line. Export it as CII or XRechnung instead.`,
      );
    }
  }
}

/**
 * Everything that keeps a posted invoice or credit note from being a valid e-invoice of
 * the chosen format, every problem at once; empty when it can be exported.
 */
export function checkEInvoice(input: EInvoiceInput): EInvoiceProblem[] {
  const problems = problemList();
  if (input.document.kind === 'quote') {
    problems.add('document', 'Only invoices and credit notes are sent as e-invoices.');
    return problems.list();
  }
  checkFigures(input, problems);
  checkParties(input, problems);
  checkVatGroups(input, problems);
  checkPayment(input, problems);
  checkEndpoints(input, problems);
  const german = eInvoiceFormatRules(input.format).germanRules;
  if (german || (input.format === 'peppol' && isGermanDomestic(input.document))) {
    checkGermanRules(input, problems);
  }
  return problems.list();
}
