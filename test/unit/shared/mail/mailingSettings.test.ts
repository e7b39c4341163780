import { describe, expect, it } from 'vitest';
import {
  companyMailingSettingsSchema,
  effectiveMailingSettings,
  inheritableMailingSettingsSchema,
  INHERIT_ALL_MAILING_SETTINGS,
  type InheritableMailingSettings,
  type MailingSettings,
} from '../../../../shared/mail/mailingSettings';

const company: MailingSettings = {
  sendByEmail: true,
  smtpAccountId: 'acc-office',
  templateId: null,
  printInvoices: false,
  extraRecipients: ['archive@trader.example'],
  attach: 'pdf',
};

describe('mailing settings inheritance', () => {
  it('a customer without own settings and without a class gets the company settings', () => {
    const result = effectiveMailingSettings(INHERIT_ALL_MAILING_SETTINGS, null, company);

    expect(result).toEqual({
      ...company,
      source: {
        sendByEmail: 'company',
        smtpAccountId: 'company',
        templateId: 'company',
        printInvoices: 'company',
        extraRecipients: 'company',
        attach: 'company',
      },
    });
  });

  it('a class overrides the company and a customer overrides the class, field by field', () => {
    const wholesale: InheritableMailingSettings = {
      ...INHERIT_ALL_MAILING_SETTINGS,
      sendByEmail: false,
      printInvoices: true,
      templateId: 'wholesale-template',
    };
    const customer: InheritableMailingSettings = {
      ...INHERIT_ALL_MAILING_SETTINGS,
      sendByEmail: true,
      smtpAccountId: 'acc-second',
    };

    const result = effectiveMailingSettings(customer, wholesale, company);

    expect(result).toEqual({
      sendByEmail: true,
      smtpAccountId: 'acc-second',
      templateId: 'wholesale-template',
      printInvoices: true,
      extraRecipients: ['archive@trader.example'],
      attach: 'pdf',
      source: {
        sendByEmail: 'customer',
        smtpAccountId: 'customer',
        templateId: 'class',
        printInvoices: 'class',
        extraRecipients: 'company',
        attach: 'company',
      },
    });
  });

  it('false and an empty list are values, not gaps: they override what is inherited', () => {
    const customer: InheritableMailingSettings = {
      ...INHERIT_ALL_MAILING_SETTINGS,
      sendByEmail: false,
      extraRecipients: [],
    };

    const result = effectiveMailingSettings(customer, null, company);

    expect(result.sendByEmail).toBe(false);
    expect(result.extraRecipients).toEqual([]);
    expect(result.source.extraRecipients).toBe('customer');
  });

  it('the effective list is a copy: changing it changes no stored setting', () => {
    const result = effectiveMailingSettings(INHERIT_ALL_MAILING_SETTINGS, null, company);

    result.extraRecipients.push('someone@example.com');

    expect(company.extraRecipients).toEqual(['archive@trader.example']);
  });
});

describe('what mailed invoices carry (attach)', () => {
  it('is inherited like the other settings: customer over class over company', () => {
    const wholesale: InheritableMailingSettings = {
      ...INHERIT_ALL_MAILING_SETTINGS,
      attach: 'pdfAndEInvoice',
    };
    const ownChoice: InheritableMailingSettings = {
      ...INHERIT_ALL_MAILING_SETTINGS,
      attach: 'facturX',
    };
    const eInvoiceCompany: MailingSettings = { ...company, attach: 'eInvoice' };

    const fromCompany = effectiveMailingSettings(
      INHERIT_ALL_MAILING_SETTINGS,
      null,
      eInvoiceCompany,
    );
    const fromClass = effectiveMailingSettings(
      INHERIT_ALL_MAILING_SETTINGS,
      wholesale,
      eInvoiceCompany,
    );
    const fromCustomer = effectiveMailingSettings(ownChoice, wholesale, eInvoiceCompany);

    expect([fromCompany.attach, fromCompany.source.attach]).toEqual(['eInvoice', 'company']);
    expect([fromClass.attach, fromClass.source.attach]).toEqual(['pdfAndEInvoice', 'class']);
    expect([fromCustomer.attach, fromCustomer.source.attach]).toEqual(['facturX', 'customer']);
  });

  it('a customer may choose PDF only against a class that attaches the e-invoice', () => {
    const wholesale = { ...INHERIT_ALL_MAILING_SETTINGS, attach: 'eInvoice' as const };
    const customer = { ...INHERIT_ALL_MAILING_SETTINGS, attach: 'pdf' as const };

    const result = effectiveMailingSettings(customer, wholesale, company);

    expect([result.attach, result.source.attach]).toEqual(['pdf', 'customer']);
  });

  it('records stored before the setting existed validate and mean PDF only', () => {
    const { attach: _own, ...oldCustomer } = INHERIT_ALL_MAILING_SETTINGS;
    const { attach: _company, ...oldCompany } = company;

    const customerParsed = inheritableMailingSettingsSchema.parse(oldCustomer);
    const companyParsed = companyMailingSettingsSchema.parse(oldCompany);

    expect(customerParsed.attach).toBeNull();
    expect(companyParsed.attach).toBe('pdf');
    expect(effectiveMailingSettings(customerParsed, null, companyParsed).attach).toBe('pdf');
  });

  it('an old record read without its schema inherits, and an old company row means PDF only', () => {
    const { attach: _record, ...oldRecord } = INHERIT_ALL_MAILING_SETTINGS;
    const { attach: _company, ...oldCompany } = company;

    const result = effectiveMailingSettings(
      oldRecord as InheritableMailingSettings,
      oldRecord as InheritableMailingSettings,
      oldCompany as MailingSettings,
    );

    expect([result.attach, result.source.attach]).toEqual(['pdf', 'company']);
  });

  it('refuses a choice it does not know, saying what the choices are', () => {
    const parsed = inheritableMailingSettingsSchema.safeParse({
      ...INHERIT_ALL_MAILING_SETTINGS,
      attach: 'zip',
    });

    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      'Choose what to attach: the PDF, the e-invoice, both, or a Factur-X PDF.',
    ]);
  });
});

describe('mailing settings schemas', () => {
  it('accept inherit-all and the company settings', () => {
    expect(inheritableMailingSettingsSchema.safeParse(INHERIT_ALL_MAILING_SETTINGS).success).toBe(
      true,
    );
    expect(companyMailingSettingsSchema.safeParse(company).success).toBe(true);
  });

  it.each([
    [
      'a bogus additional recipient',
      { extraRecipients: ['not-an-address'] },
      'Enter an e-mail address like name@example.com.',
    ],
    [
      'the same recipient twice',
      { extraRecipients: ['a@b.example', 'A@B.example'] },
      'An additional recipient is listed twice; remove one.',
    ],
    ['a yes/no that is text', { printInvoices: 'yes' }, 'Print invoices must be either yes or no.'],
  ])('refuse %s, saying why', (_name, change, message) => {
    const parsed = inheritableMailingSettingsSchema.safeParse({
      ...INHERIT_ALL_MAILING_SETTINGS,
      ...change,
    });

    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
