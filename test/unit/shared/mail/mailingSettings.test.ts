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
      source: {
        sendByEmail: 'customer',
        smtpAccountId: 'customer',
        templateId: 'class',
        printInvoices: 'class',
        extraRecipients: 'company',
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
