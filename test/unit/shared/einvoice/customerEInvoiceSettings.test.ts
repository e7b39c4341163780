import { describe, expect, it } from 'vitest';
import { customerSchema } from '../../../../shared/schemas/customer';
import { exampleCustomer } from '../schemas/examples';

describe("the customer's e-invoice settings", () => {
  it('reads a customer stored before e-invoices existed as having none', () => {
    const parsed = customerSchema.safeParse(exampleCustomer());
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data.eInvoice).toBeUndefined();
  });

  it('keeps a preferred format, a Leitweg-ID and an electronic address, scheme in capitals', () => {
    const parsed = customerSchema.parse({
      ...exampleCustomer(),
      eInvoice: {
        format: 'xrechnung',
        buyerReference: ' 04011000-1234512345-06 ',
        endpointScheme: 'em',
        endpointId: 'inbox@acme.example',
      },
    });
    expect(parsed.eInvoice).toEqual({
      format: 'xrechnung',
      buyerReference: '04011000-1234512345-06',
      endpointScheme: 'EM',
      endpointId: 'inbox@acme.example',
    });
  });

  it.each([
    [
      { endpointScheme: '0204', endpointId: '04011000-1234512345-07' },
      'endpointId',
      /Leitweg-ID with valid check digits/,
    ],
    [{ endpointScheme: '', endpointId: '4000001000005' }, 'endpointScheme', /Choose the scheme/],
    [{ endpointScheme: '0088', endpointId: '' }, 'endpointId', /Enter the electronic address/],
    [{ endpointScheme: '12', endpointId: 'x' }, 'endpointId', /not an electronic address scheme/],
  ])(
    'names the field and the fix for a wrong electronic address (%o)',
    (address, field, message) => {
      const parsed = customerSchema.safeParse({
        ...exampleCustomer(),
        eInvoice: { format: null, buyerReference: '', ...address },
      });
      expect(parsed.success).toBe(false);
      const issue = parsed.error!.issues[0]!;
      expect(issue.path).toEqual(['eInvoice', field]);
      expect(issue.message).toMatch(message);
    },
  );

  it('refuses an unknown format and a wrong IBAN to debit', () => {
    const format = customerSchema.safeParse({
      ...exampleCustomer(),
      eInvoice: { format: 'pdf', buyerReference: '', endpointScheme: '', endpointId: '' },
    });
    expect(format.error?.issues[0]?.message).toMatch(/Choose the e-invoice format/);
    const mandate = { ...exampleCustomer().directDebit!, iban: 'DE00 1234' };
    const iban = customerSchema.safeParse({ ...exampleCustomer(), directDebit: mandate });
    expect(iban.error?.issues[0]?.path).toEqual(['directDebit', 'iban']);
  });
});
