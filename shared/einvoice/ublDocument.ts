import type { EInvoice, EInvoiceAdjustment, EInvoiceLine } from './eInvoiceModel';
import { ublAddress, ublParty, ublPaymentMeans, ublTaxCategory } from './ublParties';
import { el, required, serializeXml, type XmlElement } from './xmlWriter';

// An e-invoice as an OASIS UBL 2.1 Invoice or CreditNote (Peppol BIS 3 and XRechnung share
// this syntax; they differ in the customization ID and in the rules the model was checked
// against). Element order follows UBL-Invoice-2.1.xsd and UBL-CreditNote-2.1.xsd.

const NAMESPACES = {
  'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

function amount(name: string, value: string | null, currency: string): XmlElement | null {
  return value === null ? null : el(name, { currencyID: currency }, value);
}

function allowanceCharge(adjustment: EInvoiceAdjustment, currency: string): XmlElement | null {
  return el(
    'cac:AllowanceCharge',
    null,
    el('cbc:ChargeIndicator', null, String(adjustment.isCharge)),
    el('cbc:AllowanceChargeReasonCode', null, adjustment.reasonCode),
    el('cbc:AllowanceChargeReason', null, adjustment.reason),
    el('cbc:MultiplierFactorNumeric', null, adjustment.percent),
    amount('cbc:Amount', adjustment.amount, currency),
    amount('cbc:BaseAmount', adjustment.baseAmount, currency),
    adjustment.tax && ublTaxCategory('cac:TaxCategory', adjustment.tax),
  );
}

function taxTotal(invoice: EInvoice): XmlElement | null {
  const currency = invoice.currency;
  return el(
    'cac:TaxTotal',
    null,
    amount('cbc:TaxAmount', invoice.totals.vat, currency),
    invoice.vatGroups.map((group) =>
      el(
        'cac:TaxSubtotal',
        null,
        amount('cbc:TaxableAmount', group.taxableAmount, currency),
        amount('cbc:TaxAmount', group.vatAmount, currency),
        ublTaxCategory('cac:TaxCategory', group, {
          code: group.exemptionCode,
          text: group.exemptionText,
        }),
      ),
    ),
  );
}

function monetaryTotal(invoice: EInvoice): XmlElement | null {
  const { totals, currency } = invoice;
  return el(
    'cac:LegalMonetaryTotal',
    null,
    amount('cbc:LineExtensionAmount', totals.lineNet, currency),
    amount('cbc:TaxExclusiveAmount', totals.taxExclusive, currency),
    amount('cbc:TaxInclusiveAmount', totals.taxInclusive, currency),
    amount('cbc:AllowanceTotalAmount', totals.allowances, currency),
    amount('cbc:ChargeTotalAmount', totals.charges, currency),
    amount('cbc:PrepaidAmount', totals.prepaid, currency),
    amount('cbc:PayableRoundingAmount', totals.rounding, currency),
    amount('cbc:PayableAmount', totals.payable, currency),
  );
}

function invoiceLine(line: EInvoiceLine, invoice: EInvoice): XmlElement | null {
  const credit = invoice.kind === 'creditNote';
  const currency = invoice.currency;
  return el(
    credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
    null,
    el('cbc:ID', null, line.id),
    el(
      credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity',
      { unitCode: line.unitCode },
      line.quantity,
    ),
    amount('cbc:LineExtensionAmount', line.netAmount, currency),
    [...line.allowances, ...line.charges].map((adjustment) =>
      allowanceCharge(adjustment, currency),
    ),
    el(
      'cac:Item',
      null,
      el('cbc:Description', null, line.description),
      el('cbc:Name', null, line.name),
      ublTaxCategory('cac:ClassifiedTaxCategory', line.tax),
    ),
    el(
      'cac:Price',
      null,
      amount('cbc:PriceAmount', line.price, currency),
      line.baseQuantity !== null &&
        el('cbc:BaseQuantity', { unitCode: line.unitCode }, line.baseQuantity),
    ),
  );
}

function delivery(invoice: EInvoice): XmlElement | null {
  const delivery = invoice.delivery;
  if (!delivery) return null;
  return el(
    'cac:Delivery',
    null,
    el('cbc:ActualDeliveryDate', null, delivery.date),
    delivery.address &&
      el('cac:DeliveryLocation', null, ublAddress('cac:Address', delivery.address)),
  );
}

/** The e-invoice as a UBL 2.1 Invoice (type 380) or CreditNote (type 381) document. */
export function ublDocument(invoice: EInvoice): XmlElement {
  const credit = invoice.kind === 'creditNote';
  const root = credit ? 'CreditNote' : 'Invoice';
  const currency = invoice.currency;
  const preceding = invoice.precedingInvoice;
  const typeCode = el(
    credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode',
    null,
    invoice.typeCode,
  );
  const adjustments = invoice.adjustments.map((adjustment) =>
    allowanceCharge(adjustment, currency),
  );
  return required(
    el(
      root,
      { xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`, ...NAMESPACES },
      el('cbc:CustomizationID', null, invoice.customizationId),
      el('cbc:ProfileID', null, invoice.profileId),
      el('cbc:ID', null, invoice.number),
      el('cbc:IssueDate', null, invoice.issueDate),
      !credit && el('cbc:DueDate', null, invoice.dueDate),
      typeCode,
      el('cbc:Note', null, invoice.note),
      el('cbc:DocumentCurrencyCode', null, currency),
      el('cbc:BuyerReference', null, invoice.buyerReference),
      preceding &&
        el(
          'cac:BillingReference',
          null,
          el(
            'cac:InvoiceDocumentReference',
            null,
            el('cbc:ID', null, preceding.number),
            el('cbc:IssueDate', null, preceding.issueDate),
          ),
        ),
      el(
        'cac:AccountingSupplierParty',
        null,
        ublParty(invoice.seller, invoice.payment?.creditorId ?? null),
      ),
      el('cac:AccountingCustomerParty', null, ublParty(invoice.buyer, null)),
      delivery(invoice),
      ublPaymentMeans(invoice),
      el('cac:PaymentTerms', null, el('cbc:Note', null, invoice.paymentTerms)),
      adjustments,
      taxTotal(invoice),
      monetaryTotal(invoice),
      invoice.lines.map((line) => invoiceLine(line, invoice)),
    ),
    root,
  );
}

/** The UBL document as XML text. */
export function ublXml(invoice: EInvoice): string {
  return serializeXml(ublDocument(invoice));
}
