import { describe, expect, it } from 'vitest';
import { resolveRecipients, type RecipientCustomer } from '../../../../shared/mail/recipients';

const acme: RecipientCustomer = {
  name: 'Acme Ltd',
  email: 'info@acme.example',
  contacts: [
    { name: 'Anna', email: 'anna@acme.example', roles: ['invoicing'] },
    { name: 'Dieter', email: 'dunning@acme.example', roles: ['dunning'] },
    { name: 'Bea', email: 'bea@acme.example', roles: ['dunning', 'invoicing'] },
    { name: 'Carl', email: '', roles: [] },
  ],
};

describe('resolving the recipients of a document', () => {
  it('sends to every contact with the invoicing role, not to the customer address', () => {
    expect(resolveRecipients(acme)).toEqual({
      ok: true,
      value: { to: ['anna@acme.example', 'bea@acme.example'], from: 'contacts' },
    });
  });

  it('sends reminders to the contacts with the dunning role', () => {
    expect(resolveRecipients(acme, [], 'dunning')).toEqual({
      ok: true,
      value: { to: ['dunning@acme.example', 'bea@acme.example'], from: 'contacts' },
    });
  });

  it("falls back to the customer's own address when no contact has the role", () => {
    const customer = {
      ...acme,
      contacts: [{ name: 'Carl', email: 'carl@acme.example', roles: [] }],
    };

    expect(resolveRecipients(customer)).toEqual({
      ok: true,
      value: { to: ['info@acme.example'], from: 'customer' },
    });
  });

  it('adds the additional recipients, each address once whatever its case', () => {
    const result = resolveRecipients(acme, ['Anna@Acme.example', ' archive@trader.example ']);

    expect(result.ok && result.value.to).toEqual([
      'anna@acme.example',
      'bea@acme.example',
      'archive@trader.example',
    ]);
  });

  it('a customer without any address gets only the additional recipients', () => {
    const result = resolveRecipients({ ...acme, email: '', contacts: [] }, [
      'archive@trader.example',
    ]);

    expect(result).toEqual({
      ok: true,
      value: { to: ['archive@trader.example'], from: 'additional' },
    });
  });

  it('with no address at all, says whom and what to add', () => {
    const result = resolveRecipients({ name: 'Acme Ltd', email: '  ', contacts: [] });

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'NO_RECIPIENT',
        message:
          "Acme Ltd has no e-mail address for invoices. Add a contact who receives invoices, or the customer's e-mail address.",
      },
    });
  });
});
