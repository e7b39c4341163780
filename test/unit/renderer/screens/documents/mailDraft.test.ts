import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE_TEMPLATES } from '../../../../../shared/mail/messageTemplates';
import type { SmtpAccountSummary } from '../../../../../shared/mail/smtpAccount';
import { formattersFor } from '../../../../../renderer/app/useFormatters';
import type { InvoicerDb, StoredDocument } from '../../../../../renderer/data/db';
import { DEFAULT_COMPANY_MAILING } from '../../../../../renderer/data/mailingRepository';
import { postDocument } from '../../../../../renderer/data/postDocument';
import {
  chooseAccount,
  initialMail,
  mailingOf,
  mailToSend,
  splitAddresses,
  templateValuesFor,
  type MailContext,
} from '../../../../../renderer/screens/documents/mailDraft';
import {
  addCustomer,
  addDraft,
  freshDb,
  setUpCompany,
  TODAY,
  value,
} from '../../data/testDatabase';

const account = (id: string): SmtpAccountSummary => ({
  id,
  label: id,
  host: 'smtp.example.com',
  port: 587,
  security: 'starttls',
  user: 'me',
  fromName: 'Müller Consulting',
  fromAddress: 'me@example.com',
  replyTo: '',
  hasPassword: true,
});

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);

let db: InvoicerDb;
let invoice: StoredDocument;

beforeEach(async () => {
  db = freshDb();
  await setUpCompany(db);
  const customer = await addCustomer(db, 'Acme SARL', {
    email: 'office@acme.example',
    contacts: [
      { id: 'c1', name: 'Anne', email: 'ap@acme.example', phone: '', roles: ['invoicing'] },
      { id: 'c2', name: 'Bob', email: 'bob@acme.example', phone: '', roles: ['dunning'] },
    ],
  });
  const draft = await addDraft(db, customer.id);
  invoice = value(await postDocument(db, draft.id, { today: TODAY }));
});

function context(extra: Partial<MailContext> = {}): MailContext {
  return {
    customer: null,
    customerClass: null,
    company: DEFAULT_COMPANY_MAILING,
    templates: [],
    accounts: [account('a1'), account('a2')],
    ...extra,
  };
}

const format = formattersFor('en-GB');

describe('the first draft of a document’s mail', () => {
  it('goes to the customer’s invoicing contacts with the standard invoice text filled in', async () => {
    const customer = (await db.customers.get(invoice.customerId)) ?? null;
    const mail = initialMail(invoice, context({ customer }), templateValuesFor(invoice, format));
    expect(mail.problems).toEqual([]);
    expect(mail.draft.to).toBe('ap@acme.example');
    expect(mail.draft.subject).toBe(`Invoice ${invoice.number} from Müller Consulting`);
    expect(mail.draft.text).toContain('Dear Acme SARL,');
    expect(mail.draft.text).toContain(`The amount of €238.00 is due on`);
    expect(mail.draft.accountId).toBe('a1');
  });

  it('takes the account, template and extra recipients the mailing settings name', async () => {
    const customer = (await db.customers.get(invoice.customerId)) ?? null;
    const friendly = {
      id: 't-friendly',
      name: 'Friendly',
      documentKind: 'invoice' as const,
      subject: 'Hi {customer.name}: {number}',
      body: 'Due {dueDate}.',
    };
    const mail = initialMail(
      invoice,
      context({
        customer:
          customer === null
            ? null
            : ({
                ...customer,
                mailing: { ...mailingOf(null), templateId: 't-friendly' },
              } as typeof customer),
        company: {
          ...DEFAULT_COMPANY_MAILING,
          smtpAccountId: 'a2',
          extraRecipients: ['books@me.example', 'AP@acme.example'],
        },
        templates: [DEFAULT_MESSAGE_TEMPLATES.invoice, friendly],
      }),
      templateValuesFor(invoice, format),
    );
    expect(mail.draft.accountId).toBe('a2');
    expect(mail.draft.to).toBe('ap@acme.example, books@me.example');
    expect(mail.draft.subject).toBe(`Hi Acme SARL: ${invoice.number}`);
    expect(mail.settings.source.templateId).toBe('customer');
  });

  it('takes what to attach from the class when the customer record predates the setting', async () => {
    const stored = (await db.customers.get(invoice.customerId))!;
    const { attach: _none, ...oldMailing } = stored.mailing;
    const mail = initialMail(
      invoice,
      context({
        customer: { ...stored, mailing: oldMailing } as typeof stored,
        customerClass: { mailing: { ...mailingOf(null), attach: 'pdfAndEInvoice' } },
        company: { ...DEFAULT_COMPANY_MAILING, attach: 'eInvoice' },
      }),
      templateValuesFor(invoice, format),
    );
    expect([mail.settings.attach, mail.settings.source.attach]).toEqual([
      'pdfAndEInvoice',
      'class',
    ]);
    const plain = initialMail(
      invoice,
      context({ customer: stored }),
      templateValuesFor(invoice, format),
    );
    expect(plain.settings.attach).toBe('pdf');
  });

  it('says why when the customer has no address for invoices, and leaves the draft editable', async () => {
    const customer = (await db.customers.get(invoice.customerId))!;
    const mail = initialMail(
      invoice,
      context({ customer: { ...customer, email: '', contacts: [] } }),
      templateValuesFor(invoice, format),
    );
    expect(mail.draft.to).toBe('');
    expect(mail.problems[0]).toMatch(/has no e-mail address for invoices/);
  });

  it('shows the template unrendered with the reason when it needs a value the document lacks', () => {
    const noDueDate = { ...templateValuesFor(invoice, format), dueDate: null };
    const mail = initialMail(invoice, context(), noDueDate);
    expect(mail.draft.text).toContain('{dueDate}');
    expect(mail.problems[0]).toMatch(/\{dueDate\}/);
  });
});

describe('mail helpers', () => {
  it('damaged or missing mailing settings on a record inherit everything', () => {
    expect(mailingOf({ mailing: { sendByEmail: 'yes' } }).sendByEmail).toBeNull();
    expect(mailingOf({}).smtpAccountId).toBeNull();
  });

  it('a named account that was deleted falls back to the first one, and none gives ""', () => {
    expect(chooseAccount([account('a1'), account('a2')], 'gone')).toBe('a1');
    expect(chooseAccount([], null)).toBe('');
  });

  it('addresses are split at commas, semicolons and line breaks', () => {
    expect(splitAddresses(' a@x.example, b@y.example;\nc@z.example ,, ')).toEqual([
      'a@x.example',
      'b@y.example',
      'c@z.example',
    ]);
  });

  it('takes several files in the order given, each with its content type', () => {
    const checked = mailToSend(
      { accountId: 'a1', to: 'ap@acme.example', cc: '', subject: 'Invoice 1', text: '' },
      [
        { filename: 'INV-1 Acme.pdf', content: PDF, contentType: 'application/pdf' },
        {
          filename: 'INV-1 Acme.peppol.xml',
          content: new TextEncoder().encode('<Invoice/>'),
          contentType: 'application/xml',
        },
      ],
    );
    expect(checked.ok && checked.value.attachments.map((file) => file.contentType)).toEqual([
      'application/pdf',
      'application/xml',
    ]);
  });

  it('a wrong address is refused at its field before anything is sent', () => {
    const checked = mailToSend(
      {
        accountId: 'a1',
        to: 'ap@acme.example, not-an-address',
        cc: '',
        subject: 'Invoice',
        text: '',
      },
      { filename: 'INV-1 Acme.pdf', content: PDF },
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error[0]).toMatchObject({ path: 'to' });
  });

  it('a mail without recipients or subject names both fields', () => {
    const checked = mailToSend(
      { accountId: 'a1', to: '', cc: '', subject: ' ', text: '' },
      { filename: 'INV-1 Acme.pdf', content: PDF },
    );
    expect(checked.ok ? [] : checked.error.map((issue) => issue.path)).toEqual(['to', 'subject']);
  });

  it('a correct draft becomes the mail with the PDF attached', () => {
    const checked = mailToSend(
      {
        accountId: 'a1',
        to: 'ap@acme.example',
        cc: 'me@example.com',
        subject: ' Invoice 1 ',
        text: 'Hi',
      },
      { filename: 'INV-1 Acme.pdf', content: PDF },
    );
    expect(checked.ok && checked.value).toMatchObject({
      to: ['ap@acme.example'],
      cc: ['me@example.com'],
      subject: 'Invoice 1',
      attachments: [{ filename: 'INV-1 Acme.pdf', contentType: 'application/pdf' }],
    });
  });

  it('an invoice’s amount is what is still owed, and the names are the posted ones', () => {
    const values = templateValuesFor(
      { ...invoice, balance: 1000 as typeof invoice.balance },
      format,
    );
    expect(values.amountDue).toBe('€10.00');
    expect(values['customer.name']).toBe('Acme SARL');
    expect(values['company.name']).toBe('Müller Consulting');
  });
});
