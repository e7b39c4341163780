import { describe, expect, it } from 'vitest';
import { customerClassSchema, customerSchema } from '../../../../shared/schemas/customer';
import { parseWith } from '../../../../shared/schemas/validationIssues';
import { badCustomers } from './badInputs';
import { exampleCustomer, exampleCustomerClass, withAt } from './examples';

describe('customer schema', () => {
  it('accepts a complete customer unchanged', () => {
    expect(parseWith(customerSchema, exampleCustomer())).toEqual({
      ok: true,
      value: exampleCustomer(),
    });
  });

  it('accepts a customer that inherits everything from its class', () => {
    const inheriting = {
      ...exampleCustomer(),
      currency: null,
      paymentTerms: null,
      language: null,
      defaultPaymentMethod: null,
      directDebit: null,
      contacts: [],
    };
    expect(parseWith(customerSchema, inheriting).ok).toBe(true);
  });

  it('stores text trimmed and identifiers in their usual form', () => {
    const typed = {
      ...exampleCustomer(),
      name: '  Acme Ltd ',
      vatId: 'de 123.456.789',
      language: 'DE-de',
    };
    const parsed = customerSchema.parse(typed);
    expect([parsed.name, parsed.vatId, parsed.language]).toEqual([
      'Acme Ltd',
      'DE123456789',
      'de-DE',
    ]);
  });

  it('fills optional text left out of an older record with empty text', () => {
    const { notes: _notes, taxId: _taxId, ...older } = exampleCustomer();
    expect(customerSchema.parse(older)).toMatchObject({ notes: '', taxId: '' });
  });

  it('reads a customer stored before VAT treatments existed as inheriting it', () => {
    const { vatTreatment: _none, ...older } = exampleCustomer();
    expect(customerSchema.parse(older).vatTreatment).toBeNull();
    const { vatTreatment: _class, ...olderClass } = exampleCustomerClass();
    expect(customerClassSchema.parse(olderClass).vatTreatment).toBeNull();
  });

  it('keeps a VAT treatment of its own and refuses one it does not know', () => {
    const reverse = { ...exampleCustomer(), vatTreatment: 'reverseCharge' };
    expect(customerSchema.parse(reverse).vatTreatment).toBe('reverseCharge');
    const result = parseWith(customerSchema, { ...exampleCustomer(), vatTreatment: 'zeroRated' });
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path: 'vatTreatment', message: expect.stringMatching(/how VAT applies to this customer/) },
    ]);
  });

  it('lets a contact who only receives reminders go without an e-mail address', () => {
    const reminderOnly = withAt(
      withAt(exampleCustomer(), 'contacts.0.roles', ['dunning']),
      'contacts.0.email',
      '',
    );
    expect(parseWith(customerSchema, reminderOnly).ok).toBe(true);
  });

  it.each(badCustomers)('refuses $name with one message, on $path', ({ input, path, mentions }) => {
    const result = parseWith(customerSchema, input);
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });

  it('reports an empty name and a missing mandate at once', () => {
    const twoProblems = withAt(withAt(exampleCustomer(), 'name', ''), 'directDebit', null);
    const result = parseWith(customerSchema, twoProblems);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      'name',
      'directDebit',
    ]);
  });
});

describe('customer class schema', () => {
  it('accepts a class with its defaults', () => {
    expect(parseWith(customerClassSchema, exampleCustomerClass()).ok).toBe(true);
  });

  it.each([
    ['name', '', /name for the class/],
    ['paymentTerms', { kind: 'weekly', days: 7 }, /payment terms/],
    ['currency', 'E', /currency code/],
    ['defaultPaymentMethod', 'barter', /default payment method/],
  ])('refuses a bad %s', (field, value, mentions) => {
    const result = parseWith(customerClassSchema, withAt(exampleCustomerClass(), field, value));
    const expectedPath = field === 'paymentTerms' ? 'paymentTerms.kind' : field;
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path: expectedPath, message: expect.stringMatching(mentions) },
    ]);
  });
});
