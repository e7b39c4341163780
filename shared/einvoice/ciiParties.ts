import type { Address } from '../schemas/address';
import type { EInvoiceAdjustment, EInvoiceParty, EInvoiceTaxCategory } from './eInvoiceModel';
import { el, type XmlElement } from './xmlWriter';

// The CII D16B parts that name someone or something: parties, addresses, taxes, allowances
// and charges, dates. Element order is the schema's (ReusableAggregateBusinessInformation-
// Entity_100pD16B.xsd).

/** A calendar date 'YYYY-MM-DD' as CII writes it: format 102, 'YYYYMMDD'. */
export function ciiDate(name: string, date: string | null, type: 'udt' | 'qdt' = 'udt') {
  if (date === null) return null;
  return el(name, null, el(`${type}:DateTimeString`, { format: '102' }, date.replace(/-/g, '')));
}

/** A CII postal address (BG-5, BG-8, BG-15). */
export function ciiAddress(address: Address): XmlElement | null {
  return el(
    'ram:PostalTradeAddress',
    null,
    el('ram:PostcodeCode', null, address.postalCode),
    el('ram:LineOne', null, address.line1),
    el('ram:LineTwo', null, address.line2),
    el('ram:CityName', null, address.city),
    el('ram:CountryID', null, address.country),
    el('ram:CountrySubDivisionName', null, address.region),
  );
}

/** A trade party (BG-4 seller, BG-7 buyer). */
export function ciiParty(name: string, party: EInvoiceParty): XmlElement | null {
  const contact = party.contact;
  const endpoint = party.endpoint;
  return el(
    name,
    null,
    el('ram:ID', null, party.identifier),
    el('ram:Name', null, party.name),
    el('ram:SpecifiedLegalOrganization', null, el('ram:ID', null, party.legalId)),
    contact &&
      el(
        'ram:DefinedTradeContact',
        null,
        el('ram:PersonName', null, contact.name),
        el(
          'ram:TelephoneUniversalCommunication',
          null,
          el('ram:CompleteNumber', null, contact.phone),
        ),
        el('ram:EmailURIUniversalCommunication', null, el('ram:URIID', null, contact.email)),
      ),
    ciiAddress(party.address),
    endpoint &&
      el(
        'ram:URIUniversalCommunication',
        null,
        el('ram:URIID', { schemeID: endpoint.scheme }, endpoint.id),
      ),
    el('ram:SpecifiedTaxRegistration', null, el('ram:ID', { schemeID: 'VA' }, party.vatId)),
    el('ram:SpecifiedTaxRegistration', null, el('ram:ID', { schemeID: 'FC' }, party.taxId)),
  );
}

/** The VAT category of a line or of a document allowance or charge (no amounts). */
export function ciiTaxCategory(name: string, tax: EInvoiceTaxCategory): XmlElement | null {
  return el(
    name,
    null,
    el('ram:TypeCode', null, 'VAT'),
    el('ram:CategoryCode', null, tax.code),
    el('ram:RateApplicablePercent', null, tax.rate),
  );
}

/** A document (BG-20/21) or line (BG-27/28) allowance or charge. */
export function ciiAllowanceCharge(adjustment: EInvoiceAdjustment): XmlElement | null {
  return el(
    'ram:SpecifiedTradeAllowanceCharge',
    null,
    el('ram:ChargeIndicator', null, el('udt:Indicator', null, String(adjustment.isCharge))),
    el('ram:CalculationPercent', null, adjustment.percent),
    el('ram:BasisAmount', null, adjustment.baseAmount),
    el('ram:ActualAmount', null, adjustment.amount),
    el('ram:ReasonCode', null, adjustment.reasonCode),
    el('ram:Reason', null, adjustment.reason),
    adjustment.tax && ciiTaxCategory('ram:CategoryTradeTax', adjustment.tax),
  );
}
