import { err, ok, type Result } from '../result';
import type { ContactRole } from '../schemas/customer';

/** What recipient resolution needs of a customer (shared/schemas Customer fits). */
export type RecipientCustomer = {
  name: string;
  email: string;
  contacts: readonly { name: string; email: string; roles: readonly ContactRole[] }[];
};

/** Who receives a document, and why: the contacts with the role, or the customer's address. */
export type Recipients = { to: string[]; from: 'contacts' | 'customer' | 'additional' };

export type NoRecipientError = { code: 'NO_RECIPIENT'; message: string };

const ROLE_WORDS: Record<ContactRole, string> = {
  invoicing: 'invoices',
  dunning: 'payment reminders',
};

/**
 * The addresses a document goes to: every contact of the customer with the role
 * ('invoicing' for invoices, quotes and credit notes; 'dunning' for reminders) that has an
 * address, else the customer's own address; then the additional recipients of the mailing
 * settings. Each address once, whatever its case.
 */
export function resolveRecipients(
  customer: RecipientCustomer,
  extraRecipients: readonly string[] = [],
  role: ContactRole = 'invoicing',
): Result<Recipients, NoRecipientError> {
  const contacts = customer.contacts
    .filter((contact) => contact.roles.includes(role) && contact.email.trim() !== '')
    .map((contact) => contact.email.trim());
  const own = customer.email.trim();
  const primary = contacts.length > 0 ? contacts : own !== '' ? [own] : [];
  const from = contacts.length > 0 ? 'contacts' : own !== '' ? 'customer' : 'additional';

  const seen = new Set<string>();
  const to: string[] = [];
  for (const address of [...primary, ...extraRecipients.map((extra) => extra.trim())]) {
    const key = address.toLowerCase();
    if (address === '' || seen.has(key)) continue;
    seen.add(key);
    to.push(address);
  }
  if (to.length === 0) {
    return err({
      code: 'NO_RECIPIENT',
      message: `${customer.name} has no e-mail address for ${ROLE_WORDS[role]}. Add a contact who receives ${ROLE_WORDS[role]}, or the customer's e-mail address.`,
    });
  }
  return ok({ to, from });
}
