import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { INHERIT_ALL_MAILING_SETTINGS } from '../../../../shared/mail/mailingSettings';
import { saveCustomerClass } from '../../../../renderer/data/customerClassesRepository';
import type { InvoicerDb } from '../../../../renderer/data/db';
import { DEFAULT_COMPANY_MAILING } from '../../../../renderer/data/mailingRepository';
import { initialMail } from '../../../../renderer/screens/documents/mailDraft';
import {
  customerDraftOf,
  customerInput,
} from '../../../../renderer/screens/customers/customerDraft';
import { addCustomer, failure, freshDb, setUpCompany, value } from './testDatabase';

let db: InvoicerDb;

beforeEach(async () => {
  db = freshDb();
  await setUpCompany(db);
});

describe('mailing settings of customers and classes', () => {
  it('a customer keeps its own mailing settings, and inherits everything it leaves empty', async () => {
    const customer = await addCustomer(db, 'Acme SARL', {
      mailing: {
        ...INHERIT_ALL_MAILING_SETTINGS,
        sendByEmail: false,
        extraRecipients: ['b@x.example'],
      },
    });
    expect((await db.customers.get(customer.id))?.mailing).toEqual({
      ...INHERIT_ALL_MAILING_SETTINGS,
      sendByEmail: false,
      extraRecipients: ['b@x.example'],
    });
    const plain = await addCustomer(db, 'Plain Ltd');
    expect(plain.mailing).toEqual(INHERIT_ALL_MAILING_SETTINGS);
  });

  it('a wrong additional recipient is refused at its field and nothing is saved', async () => {
    const refused = failure(
      await saveCustomerClass(db, {
        name: 'Wholesale',
        paymentTerms: null,
        currency: null,
        language: null,
        defaultPaymentMethod: null,
        mailing: { ...INHERIT_ALL_MAILING_SETTINGS, extraRecipients: ['books@'] },
      }),
    );
    expect(refused.issues?.[0]?.path).toBe('mailing.extraRecipients.0');
    expect(await db.customerClasses.count()).toBe(0);
  });

  it('a customer stored before mailing settings existed opens and saves as inheriting them', async () => {
    const customer = await addCustomer(db, 'Old GmbH');
    const { mailing: _dropped, ...old } = customer;
    await db.customers.put(old as typeof customer);
    const draft = customerDraftOf((await db.customers.get(customer.id))!);
    expect(draft.mailing).toEqual(INHERIT_ALL_MAILING_SETTINGS);
    expect(customerInput(draft).mailing).toEqual(INHERIT_ALL_MAILING_SETTINGS);
  });

  it('the class’s choices reach the mail of a customer who inherits them', async () => {
    const wholesale = value(
      await saveCustomerClass(db, {
        name: 'Wholesale',
        paymentTerms: null,
        currency: null,
        language: null,
        defaultPaymentMethod: null,
        mailing: {
          ...INHERIT_ALL_MAILING_SETTINGS,
          smtpAccountId: 'acc-2',
          extraRecipients: ['c@x.example'],
        },
      }),
    );
    const customer = await addCustomer(db, 'Acme SARL', {
      classId: wholesale.id,
      email: 'ap@acme.example',
    });
    const account = (id: string) => ({
      id,
      label: id,
      host: 'smtp.example.com',
      port: 587,
      security: 'starttls' as const,
      user: '',
      fromName: 'Me',
      fromAddress: 'me@example.com',
      replyTo: '',
      hasPassword: false,
    });
    const mail = initialMail(
      { kind: 'invoice' } as Parameters<typeof initialMail>[0],
      {
        customer,
        customerClass: wholesale,
        company: DEFAULT_COMPANY_MAILING,
        templates: [],
        accounts: [account('acc-1'), account('acc-2')],
      },
      {
        number: 'INV-1',
        issueDate: '1 Mar',
        dueDate: '15 Mar',
        amountDue: '€1.00',
        'customer.name': 'Acme SARL',
        'company.name': 'Me',
      },
    );
    expect(mail.draft.accountId).toBe('acc-2');
    expect(mail.draft.to).toBe('ap@acme.example, c@x.example');
    expect(mail.settings.source.smtpAccountId).toBe('class');
  });
});
