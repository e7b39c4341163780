import type { EInvoice, EInvoiceLine } from './eInvoiceModel';
import { ciiAddress, ciiAllowanceCharge, ciiDate, ciiParty, ciiTaxCategory } from './ciiParties';
import { container, el, required, serializeXml, type XmlElement } from './xmlWriter';

// An e-invoice as a UN/CEFACT Cross Industry Invoice D16B at the EN 16931 level (the
// syntax Factur-X and ZUGFeRD embed in a PDF). Amounts carry no currency attribute except
// the VAT total, as the CEN CII rules ask.

const NAMESPACES = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

function lineItem(line: EInvoiceLine): XmlElement | null {
  return el(
    'ram:IncludedSupplyChainTradeLineItem',
    null,
    el('ram:AssociatedDocumentLineDocument', null, el('ram:LineID', null, line.id)),
    el(
      'ram:SpecifiedTradeProduct',
      null,
      el('ram:Name', null, line.name),
      el('ram:Description', null, line.description),
    ),
    el(
      'ram:SpecifiedLineTradeAgreement',
      null,
      el(
        'ram:NetPriceProductTradePrice',
        null,
        el('ram:ChargeAmount', null, line.price),
        el('ram:BasisQuantity', { unitCode: line.unitCode }, line.baseQuantity),
      ),
    ),
    el(
      'ram:SpecifiedLineTradeDelivery',
      null,
      el('ram:BilledQuantity', { unitCode: line.unitCode }, line.quantity),
    ),
    el(
      'ram:SpecifiedLineTradeSettlement',
      null,
      ciiTaxCategory('ram:ApplicableTradeTax', line.tax),
      [...line.allowances, ...line.charges].map(ciiAllowanceCharge),
      el(
        'ram:SpecifiedTradeSettlementLineMonetarySummation',
        null,
        el('ram:LineTotalAmount', null, line.netAmount),
      ),
    ),
  );
}

function delivery(invoice: EInvoice): XmlElement {
  const address = invoice.delivery?.address ?? null;
  return container(
    'ram:ApplicableHeaderTradeDelivery',
    address && el('ram:ShipToTradeParty', null, ciiAddress(address)),
    el(
      'ram:ActualDeliverySupplyChainEvent',
      null,
      ciiDate('ram:OccurrenceDateTime', invoice.delivery?.date ?? null),
    ),
  );
}

function paymentMeans(invoice: EInvoice): XmlElement | null {
  const payment = invoice.payment;
  if (!payment) return null;
  const account = payment.payeeAccount;
  return el(
    'ram:SpecifiedTradeSettlementPaymentMeans',
    null,
    el('ram:TypeCode', null, payment.code),
    el(
      'ram:PayerPartyDebtorFinancialAccount',
      null,
      el('ram:IBANID', null, payment.debitedAccount),
    ),
    account &&
      el(
        'ram:PayeePartyCreditorFinancialAccount',
        null,
        el('ram:IBANID', null, account.iban),
        el('ram:AccountName', null, account.name),
      ),
    account &&
      el(
        'ram:PayeeSpecifiedCreditorFinancialInstitution',
        null,
        el('ram:BICID', null, account.bic),
      ),
  );
}

function settlement(invoice: EInvoice): XmlElement | null {
  const { totals, currency } = invoice;
  const preceding = invoice.precedingInvoice;
  return el(
    'ram:ApplicableHeaderTradeSettlement',
    null,
    el('ram:CreditorReferenceID', null, invoice.payment?.creditorId),
    el('ram:PaymentReference', null, invoice.payment?.remittance),
    el('ram:InvoiceCurrencyCode', null, currency),
    paymentMeans(invoice),
    invoice.vatGroups.map((group) =>
      el(
        'ram:ApplicableTradeTax',
        null,
        el('ram:CalculatedAmount', null, group.vatAmount),
        el('ram:TypeCode', null, 'VAT'),
        el('ram:ExemptionReason', null, group.exemptionText),
        el('ram:BasisAmount', null, group.taxableAmount),
        el('ram:CategoryCode', null, group.code),
        el('ram:ExemptionReasonCode', null, group.exemptionCode),
        el('ram:RateApplicablePercent', null, group.rate),
      ),
    ),
    invoice.adjustments.map(ciiAllowanceCharge),
    el(
      'ram:SpecifiedTradePaymentTerms',
      null,
      el('ram:Description', null, invoice.paymentTerms),
      ciiDate('ram:DueDateDateTime', invoice.dueDate),
      el('ram:DirectDebitMandateID', null, invoice.payment?.mandateId),
    ),
    el(
      'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
      null,
      el('ram:LineTotalAmount', null, totals.lineNet),
      el('ram:ChargeTotalAmount', null, totals.charges),
      el('ram:AllowanceTotalAmount', null, totals.allowances),
      el('ram:TaxBasisTotalAmount', null, totals.taxExclusive),
      el('ram:TaxTotalAmount', { currencyID: currency }, totals.vat),
      el('ram:RoundingAmount', null, totals.rounding),
      el('ram:GrandTotalAmount', null, totals.taxInclusive),
      el('ram:TotalPrepaidAmount', null, totals.prepaid),
      el('ram:DuePayableAmount', null, totals.payable),
    ),
    preceding &&
      el(
        'ram:InvoiceReferencedDocument',
        null,
        el('ram:IssuerAssignedID', null, preceding.number),
        ciiDate('ram:FormattedIssueDateTime', preceding.issueDate, 'qdt'),
      ),
  );
}

/** The e-invoice as a CII D16B CrossIndustryInvoice (type 380 invoice, 381 credit note). */
export function ciiDocument(invoice: EInvoice): XmlElement {
  return required(
    el(
      'rsm:CrossIndustryInvoice',
      NAMESPACES,
      el(
        'rsm:ExchangedDocumentContext',
        null,
        el(
          'ram:BusinessProcessSpecifiedDocumentContextParameter',
          null,
          el('ram:ID', null, invoice.profileId),
        ),
        el(
          'ram:GuidelineSpecifiedDocumentContextParameter',
          null,
          el('ram:ID', null, invoice.customizationId),
        ),
      ),
      el(
        'rsm:ExchangedDocument',
        null,
        el('ram:ID', null, invoice.number),
        el('ram:TypeCode', null, invoice.typeCode),
        ciiDate('ram:IssueDateTime', invoice.issueDate),
        el('ram:IncludedNote', null, el('ram:Content', null, invoice.note)),
      ),
      el(
        'rsm:SupplyChainTradeTransaction',
        null,
        invoice.lines.map(lineItem),
        el(
          'ram:ApplicableHeaderTradeAgreement',
          null,
          el('ram:BuyerReference', null, invoice.buyerReference),
          ciiParty('ram:SellerTradeParty', invoice.seller),
          ciiParty('ram:BuyerTradeParty', invoice.buyer),
        ),
        delivery(invoice),
        settlement(invoice),
      ),
    ),
    'rsm:CrossIndustryInvoice',
  );
}

/** The CII document as XML text. */
export function ciiXml(invoice: EInvoice): string {
  return serializeXml(ciiDocument(invoice));
}
