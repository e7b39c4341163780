import type { Address } from '../schemas/address';
import type { EInvoice, EInvoiceParty, EInvoiceTaxCategory } from './eInvoiceModel';
import { el, type XmlElement } from './xmlWriter';

// The UBL 2.1 parts that name someone or something: parties, addresses, tax categories,
// payment means. Element order is the schema's (UBL-CommonAggregateComponents-2.1.xsd).

/** A UBL postal address (BG-5, BG-8, BG-15). */
export function ublAddress(name: string, address: Address): XmlElement | null {
  return el(
    name,
    null,
    el('cbc:StreetName', null, address.line1),
    el('cbc:AdditionalStreetName', null, address.line2),
    el('cbc:CityName', null, address.city),
    el('cbc:PostalZone', null, address.postalCode),
    el('cbc:CountrySubentity', null, address.region),
    el('cac:Country', null, el('cbc:IdentificationCode', null, address.country)),
  );
}

function taxScheme(id: string) {
  return el('cac:TaxScheme', null, el('cbc:ID', null, id));
}

/** A party (BG-4 seller, BG-7 buyer); the seller also names its SEPA creditor ID (BT-90). */
export function ublParty(party: EInvoiceParty, creditorId: string | null): XmlElement | null {
  const endpoint = party.endpoint;
  return el(
    'cac:Party',
    null,
    endpoint && el('cbc:EndpointID', { schemeID: endpoint.scheme }, endpoint.id),
    el('cac:PartyIdentification', null, el('cbc:ID', null, party.identifier)),
    el('cac:PartyIdentification', null, el('cbc:ID', { schemeID: 'SEPA' }, creditorId)),
    ublAddress('cac:PostalAddress', party.address),
    party.vatId &&
      el('cac:PartyTaxScheme', null, el('cbc:CompanyID', null, party.vatId), taxScheme('VAT')),
    // BT-32: a tax number that is not a VAT ID, under a scheme other than VAT.
    party.taxId &&
      el('cac:PartyTaxScheme', null, el('cbc:CompanyID', null, party.taxId), taxScheme('FC')),
    el(
      'cac:PartyLegalEntity',
      null,
      el('cbc:RegistrationName', null, party.name),
      el('cbc:CompanyID', null, party.legalId),
    ),
    party.contact &&
      el(
        'cac:Contact',
        null,
        el('cbc:Name', null, party.contact.name),
        el('cbc:Telephone', null, party.contact.phone),
        el('cbc:ElectronicMail', null, party.contact.email),
      ),
  );
}

/** A VAT category with its rate (none for O) under the VAT scheme. */
export function ublTaxCategory(
  name: 'cac:TaxCategory' | 'cac:ClassifiedTaxCategory',
  tax: EInvoiceTaxCategory,
  exemption: { code: string | null; text: string | null } = { code: null, text: null },
): XmlElement | null {
  return el(
    name,
    null,
    el('cbc:ID', null, tax.code),
    el('cbc:Percent', null, tax.rate),
    el('cbc:TaxExemptionReasonCode', null, exemption.code),
    el('cbc:TaxExemptionReason', null, exemption.text),
    taxScheme('VAT'),
  );
}

/** Payment instructions (BG-16): means, remittance, account or mandate. */
export function ublPaymentMeans(invoice: EInvoice): XmlElement | null {
  const payment = invoice.payment;
  if (!payment) return null;
  const account = payment.payeeAccount;
  return el(
    'cac:PaymentMeans',
    null,
    el('cbc:PaymentMeansCode', null, payment.code),
    // A CreditNote has no header due date; BT-9 goes here instead.
    invoice.kind === 'creditNote' && el('cbc:PaymentDueDate', null, invoice.dueDate),
    el('cbc:PaymentID', null, payment.remittance),
    account &&
      el(
        'cac:PayeeFinancialAccount',
        null,
        el('cbc:ID', null, account.iban),
        el('cbc:Name', null, account.name),
        el('cac:FinancialInstitutionBranch', null, el('cbc:ID', null, account.bic)),
      ),
    el(
      'cac:PaymentMandate',
      null,
      el('cbc:ID', null, payment.mandateId),
      el('cac:PayerFinancialAccount', null, el('cbc:ID', null, payment.debitedAccount)),
    ),
  );
}
