import type { IsoDate } from '../../../shared/dates/isoDate';
import {
  INHERIT_ALL_MAILING_SETTINGS,
  type InheritableMailingSettings,
} from '../../../shared/mail/mailingSettings';
import type { PaymentMethod } from '../../../shared/payments/paymentMethod';
import type { Address } from '../../../shared/schemas/address';
import type { EInvoiceFormat } from '../../../shared/einvoice/eInvoiceFormats';
import type { Contact, ContactRole } from '../../../shared/schemas/customer';
import type { CustomerVatTreatment } from '../../../shared/tax/customerVatTreatment';
import type { PaymentTerms } from '../../../shared/terms/paymentTerms';
import { emptyAddress } from '../../components/fields/AddressFields';
import type { CustomerInput } from '../../data/customersRepository';
import type { StoredCustomer } from '../../data/db';
import { newId } from '../../data/ids';

/** A contact as the form holds it. */
export type ContactDraft = {
  id: string;
  name: string;
  email: string;
  phone: string;
  roles: ContactRole[];
};

/**
 * What the customer form holds while the user types. Values the customer may inherit are
 * '' or null for "take the class's (or the company's) value".
 */
export type CustomerDraft = {
  id: string | undefined;
  name: string;
  classId: string;
  billingAddress: Address;
  hasDeliveryAddress: boolean;
  deliveryAddress: Address;
  contacts: ContactDraft[];
  email: string;
  phone: string;
  vatId: string;
  taxId: string;
  currency: string;
  paymentTerms: PaymentTerms | null;
  language: string;
  defaultPaymentMethod: PaymentMethod | '';
  vatTreatment: CustomerVatTreatment | '';
  /** How documents reach the customer; each field null to inherit. */
  mailing: InheritableMailingSettings;
  mandateId: string;
  mandateDate: IsoDate | null;
  /** The IBAN the mandate allows to debit; '' when not given. */
  mandateIban: string;
  /** E-invoices: preferred format ('' none), reference, electronic address. */
  eInvoiceFormat: EInvoiceFormat | '';
  eInvoiceBuyerReference: string;
  endpointScheme: string;
  endpointId: string;
  notes: string;
  archived: boolean;
};

/** An empty customer form; the address starts in the company's country. */
export function newCustomerDraft(country: string): CustomerDraft {
  return {
    id: undefined,
    name: '',
    classId: '',
    billingAddress: emptyAddress(country),
    hasDeliveryAddress: false,
    deliveryAddress: emptyAddress(country),
    contacts: [],
    email: '',
    phone: '',
    vatId: '',
    taxId: '',
    currency: '',
    paymentTerms: null,
    language: '',
    defaultPaymentMethod: '',
    vatTreatment: '',
    mailing: { ...INHERIT_ALL_MAILING_SETTINGS },
    mandateId: '',
    mandateDate: null,
    mandateIban: '',
    eInvoiceFormat: '',
    eInvoiceBuyerReference: '',
    endpointScheme: '',
    endpointId: '',
    notes: '',
    archived: false,
  };
}

/** The form of a stored customer. */
export function customerDraftOf(customer: StoredCustomer): CustomerDraft {
  return {
    id: customer.id,
    name: customer.name,
    classId: customer.classId ?? '',
    billingAddress: customer.billingAddress,
    hasDeliveryAddress: customer.deliveryAddress !== null,
    deliveryAddress: customer.deliveryAddress ?? emptyAddress(customer.billingAddress.country),
    contacts: customer.contacts.map((contact: Contact) => ({
      ...contact,
      roles: [...contact.roles],
    })),
    email: customer.email,
    phone: customer.phone,
    vatId: customer.vatId,
    taxId: customer.taxId,
    currency: customer.currency ?? '',
    paymentTerms: customer.paymentTerms,
    language: customer.language ?? '',
    defaultPaymentMethod: customer.defaultPaymentMethod ?? '',
    // Customers stored before the field existed have none: they inherit.
    vatTreatment: customer.vatTreatment ?? '',
    // Customers stored before mailing settings existed inherit them all.
    mailing: customer.mailing ?? { ...INHERIT_ALL_MAILING_SETTINGS },
    mandateId: customer.directDebit?.mandateId ?? '',
    mandateDate: (customer.directDebit?.mandateDate as IsoDate | undefined) ?? null,
    mandateIban: customer.directDebit?.iban ?? '',
    // Customers stored before e-invoices existed have no settings for them.
    eInvoiceFormat: customer.eInvoice?.format ?? '',
    eInvoiceBuyerReference: customer.eInvoice?.buyerReference ?? '',
    endpointScheme: customer.eInvoice?.endpointScheme ?? '',
    endpointId: customer.eInvoice?.endpointId ?? '',
    notes: customer.notes,
    archived: customer.archived,
  };
}

/** A new, empty contact; the first one receives invoices. */
export function newContact(isFirst: boolean): ContactDraft {
  return { id: newId(), name: '', email: '', phone: '', roles: isFirst ? ['invoicing'] : [] };
}

/**
 * The request for saveCustomer. Nothing is checked here: the repository validates with the
 * customer schema and answers with a message per field. A mandate with neither reference
 * nor date (nor IBAN) is no mandate; one half-filled goes to the schema, which names what is
 * missing.
 */
export function customerInput(draft: CustomerDraft): CustomerInput {
  const hasMandate =
    draft.mandateId.trim() !== '' || draft.mandateDate !== null || draft.mandateIban.trim() !== '';
  return {
    id: draft.id,
    name: draft.name,
    classId: draft.classId === '' ? null : draft.classId,
    billingAddress: draft.billingAddress,
    deliveryAddress: draft.hasDeliveryAddress ? draft.deliveryAddress : null,
    contacts: draft.contacts,
    email: draft.email,
    phone: draft.phone,
    vatId: draft.vatId,
    taxId: draft.taxId,
    currency: draft.currency === '' ? null : draft.currency,
    paymentTerms: draft.paymentTerms,
    language: draft.language === '' ? null : draft.language,
    defaultPaymentMethod: draft.defaultPaymentMethod === '' ? null : draft.defaultPaymentMethod,
    vatTreatment: draft.vatTreatment === '' ? null : draft.vatTreatment,
    mailing: draft.mailing,
    directDebit: hasMandate
      ? {
          mandateId: draft.mandateId,
          mandateDate: draft.mandateDate ?? '',
          iban: draft.mandateIban,
        }
      : null,
    eInvoice: {
      format: draft.eInvoiceFormat === '' ? null : draft.eInvoiceFormat,
      buyerReference: draft.eInvoiceBuyerReference,
      endpointScheme: draft.endpointScheme,
      endpointId: draft.endpointId,
    },
    notes: draft.notes,
    archived: draft.archived,
  };
}
