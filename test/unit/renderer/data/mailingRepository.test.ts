import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE_TEMPLATES } from '../../../../shared/mail/messageTemplates';
import type { InvoicerDb } from '../../../../renderer/data/db';
import {
  DEFAULT_COMPANY_MAILING,
  deleteMessageTemplate,
  getCompanyMailing,
  listMessageTemplates,
  saveCompanyMailing,
  saveMessageTemplate,
  templateForDocument,
} from '../../../../renderer/data/mailingRepository';
import { failure, freshDb, value } from './testDatabase';

let db: InvoicerDb;

beforeEach(() => {
  db = freshDb();
});

const reminder = {
  id: 'tpl-friendly',
  name: 'Friendly',
  documentKind: 'invoice' as const,
  subject: 'Your invoice {number}',
  body: 'Hi {customer.name}, {amountDue} by {dueDate} please.',
};

describe('company mailing settings', () => {
  it('start from the defaults and keep what was saved', async () => {
    expect(await getCompanyMailing(db)).toEqual(DEFAULT_COMPANY_MAILING);
    const saved = value(
      await saveCompanyMailing(db, {
        ...DEFAULT_COMPANY_MAILING,
        smtpAccountId: 'acc-1',
        printInvoices: true,
        extraRecipients: ['books@me.example'],
      }),
    );
    expect(await getCompanyMailing(db)).toEqual(saved);
  });

  it('refuse a bad additional recipient with the field’s message and keep the old settings', async () => {
    const refused = failure(
      await saveCompanyMailing(db, { ...DEFAULT_COMPANY_MAILING, extraRecipients: ['not-mail'] }),
    );
    expect(refused.issues?.[0]?.path).toBe('extraRecipients.0');
    expect(await getCompanyMailing(db)).toEqual(DEFAULT_COMPANY_MAILING);
  });
});

describe('what mailed invoices carry (attach) at the company level', () => {
  it('is the PDF only until the trader chooses otherwise', async () => {
    expect((await getCompanyMailing(db)).attach).toBe('pdf');
    value(await saveCompanyMailing(db, { ...DEFAULT_COMPANY_MAILING, attach: 'pdfAndEInvoice' }));
    expect((await getCompanyMailing(db)).attach).toBe('pdfAndEInvoice');
  });

  it('a row stored before the setting existed reads, and saves again, as PDF only', async () => {
    const { attach: _none, ...old } = { ...DEFAULT_COMPANY_MAILING, printInvoices: true };
    await db.mailingSettings.put({ key: 'company', value: old as typeof DEFAULT_COMPANY_MAILING });
    const read = await getCompanyMailing(db);
    expect(read).toEqual({ ...DEFAULT_COMPANY_MAILING, printInvoices: true, attach: 'pdf' });
    expect(value(await saveCompanyMailing(db, old)).attach).toBe('pdf');
  });

  it('refuses a choice it does not know and keeps the old one', async () => {
    const refused = failure(
      await saveCompanyMailing(db, { ...DEFAULT_COMPANY_MAILING, attach: 'zip' }),
    );
    expect(refused.issues?.[0]).toMatchObject({
      path: 'attach',
      message: 'Choose what to attach: the PDF, the e-invoice, both, or a Factur-X PDF.',
    });
    expect((await getCompanyMailing(db)).attach).toBe('pdf');
  });
});

describe('message templates', () => {
  it('list the standard template of every kind before the trader’s own', async () => {
    value(await saveMessageTemplate(db, reminder));
    const list = await listMessageTemplates(db);
    expect(list.map((template) => template.id)).toEqual([
      'default-invoice',
      'tpl-friendly',
      'default-quote',
      'default-credit-note',
    ]);
  });

  it('refuse an unknown placeholder, naming it, and store nothing', async () => {
    const refused = failure(
      await saveMessageTemplate(db, { ...reminder, subject: 'Invoice {invoice.numbr}' }),
    );
    expect(refused.issues?.[0]).toMatchObject({ path: 'subject' });
    expect(refused.issues?.[0]?.message).toContain('{invoice.numbr}');
    expect(await db.messageTemplates.count()).toBe(0);
  });

  it('an edited standard template is used, and deleting it restores the standard text', async () => {
    const edited = { ...DEFAULT_MESSAGE_TEMPLATES.invoice, subject: 'Bill {number}' };
    value(await saveMessageTemplate(db, edited));
    expect(templateForDocument('invoice', null, await listMessageTemplates(db)).subject).toBe(
      'Bill {number}',
    );
    await deleteMessageTemplate(db, edited.id);
    expect(templateForDocument('invoice', null, await listMessageTemplates(db))).toEqual(
      DEFAULT_MESSAGE_TEMPLATES.invoice,
    );
  });

  it('a standard template cannot move to another kind of document', async () => {
    const refused = failure(
      await saveMessageTemplate(db, {
        ...DEFAULT_MESSAGE_TEMPLATES.invoice,
        documentKind: 'quote',
      }),
    );
    expect(refused.issues?.[0]?.path).toBe('documentKind');
  });

  it('a chosen template for another kind, or a deleted one, falls back to the kind’s standard', async () => {
    value(await saveMessageTemplate(db, reminder));
    const editedQuote = { ...DEFAULT_MESSAGE_TEMPLATES.quote, subject: 'Our offer {number}' };
    value(await saveMessageTemplate(db, editedQuote));
    const templates = await listMessageTemplates(db);
    expect(templateForDocument('invoice', 'tpl-friendly', templates).id).toBe('tpl-friendly');
    expect(templateForDocument('quote', 'tpl-friendly', templates).subject).toBe(
      'Our offer {number}',
    );
    expect(templateForDocument('invoice', 'gone', templates).id).toBe('default-invoice');
  });
});
