import type { IsoDate } from '../../shared/dates/isoDate';
import type { PostingParty, PostingProblem } from '../../shared/documents/postingChecks';
import type { Customer } from '../../shared/schemas/customer';
import type { SalesDocument } from '../../shared/schemas/document';
import type {
  BankDetailsSnapshot,
  DirectDebitSnapshot,
  PartySnapshot,
} from '../../shared/schemas/postedSnapshot';
import type { BusinessSettings } from '../../shared/schemas/settings';

// The parties, bank account and direct-debit details as posting freezes them into the
// document. Later edits of the company profile or the customer never reach a posted one.

/** The trader as the seller: what the posting checks read and what the document keeps. */
export function sellerOf(settings: BusinessSettings): {
  party: PostingParty;
  snapshot: PartySnapshot;
} {
  const { company } = settings;
  return {
    party: {
      name: company.name,
      line1: company.address.line1,
      city: company.address.city,
      country: company.address.country,
      vatId: company.vatId,
      taxId: company.taxId,
    },
    snapshot: {
      name: company.name,
      address: { ...company.address },
      vatId: company.vatId,
      taxId: company.taxId,
      registrationNumber: company.registrationNumber,
      email: company.email,
      phone: company.phone,
    },
  };
}

/** The customer as the buyer, with its billing address. */
export function buyerOf(customer: Customer): { party: PostingParty; snapshot: PartySnapshot } {
  const address = customer.billingAddress;
  return {
    party: {
      name: customer.name,
      line1: address.line1,
      city: address.city,
      country: address.country,
      vatId: customer.vatId,
      taxId: customer.taxId,
    },
    snapshot: {
      name: customer.name,
      address: { ...address },
      vatId: customer.vatId,
      taxId: customer.taxId,
      registrationNumber: '',
      email: customer.email,
      phone: customer.phone,
    },
  };
}

/** The account printed on the document: the default one, else the first, else none. */
export function bankAccountOf(settings: BusinessSettings): BankDetailsSnapshot | null {
  const accounts = settings.company.bankAccounts;
  const account = accounts.find((candidate) => candidate.isDefault) ?? accounts[0];
  return account ? { iban: account.iban, bic: account.bic, bankName: account.bankName } : null;
}

/**
 * The direct-debit note of a document paid by direct debit, or the problem that prevents it:
 * a collection needs the customer's signed mandate, dated no later than today.
 */
export function directDebitOf(
  doc: SalesDocument,
  customer: Customer,
  settings: BusinessSettings,
  today: IsoDate,
): { snapshot: DirectDebitSnapshot | null; problems: PostingProblem[] } {
  if (doc.kind === 'quote' || doc.paymentMethod !== 'directDebit') {
    return { snapshot: null, problems: [] };
  }
  const mandate = customer.directDebit;
  if (mandate === null) {
    return {
      snapshot: null,
      problems: [
        {
          field: 'paymentMethod',
          message:
            "Direct debit needs the customer's mandate; add the mandate reference and date to the customer, or choose another payment method.",
        },
      ],
    };
  }
  if (mandate.mandateDate > today) {
    return {
      snapshot: null,
      problems: [
        {
          field: 'paymentMethod',
          message: `The customer's direct-debit mandate is dated ${mandate.mandateDate}, after today; correct the mandate date on the customer.`,
        },
      ],
    };
  }
  return {
    snapshot: {
      mandateId: mandate.mandateId,
      mandateDate: mandate.mandateDate,
      creditorId: settings.company.sepaCreditorId,
    },
    problems: [],
  };
}
