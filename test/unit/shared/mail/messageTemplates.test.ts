import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MESSAGE_TEMPLATES,
  messageTemplateFor,
  messageTemplateSchema,
  renderMessage,
  type MessageTemplate,
} from '../../../../shared/mail/messageTemplates';
import {
  MAIL_DOCUMENT_KINDS,
  type TemplateValues,
} from '../../../../shared/mail/templatePlaceholders';

const values: TemplateValues = {
  number: 'INV-2026-0007',
  issueDate: '31 March 2026',
  dueDate: '14 April 2026',
  amountDue: '€1,234.50',
  'customer.name': 'Acme Ltd',
  'company.name': 'Müller & Söhne GmbH',
};

describe('the default message templates', () => {
  it.each(MAIL_DOCUMENT_KINDS)('the %s template is a valid template of its kind', (kind) => {
    const template = DEFAULT_MESSAGE_TEMPLATES[kind];

    expect(messageTemplateSchema.safeParse(template).success).toBe(true);
    expect(template.documentKind).toBe(kind);
  });

  it('the invoice mail names the number, amount, due date and both parties', () => {
    const result = renderMessage(DEFAULT_MESSAGE_TEMPLATES.invoice, values);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.subject).toBe('Invoice INV-2026-0007 from Müller & Söhne GmbH');
    for (const text of ['Dear Acme Ltd,', 'invoice INV-2026-0007', '€1,234.50', '14 April 2026']) {
      expect(result.value.text).toContain(text);
    }
    expect(result.value.text.endsWith('Müller & Söhne GmbH')).toBe(true);
  });

  it('the credit note mail needs no due date', () => {
    const result = renderMessage(DEFAULT_MESSAGE_TEMPLATES.creditNote, {
      ...values,
      dueDate: null,
    });

    expect(result.ok && result.value.subject).toBe(
      'Credit note INV-2026-0007 from Müller & Söhne GmbH',
    );
  });
});

describe('rendering a message', () => {
  it('keeps the subject on one line whatever a value holds', () => {
    const result = renderMessage(DEFAULT_MESSAGE_TEMPLATES.invoice, {
      ...values,
      'company.name': 'Evil\r\nBcc: victim@example.com',
    });

    expect(result.ok && result.value.subject).toBe(
      'Invoice INV-2026-0007 from Evil Bcc: victim@example.com',
    );
  });

  it('says whether the subject or the body has the bad placeholder', () => {
    const template = { ...DEFAULT_MESSAGE_TEMPLATES.invoice, body: 'Hi {firstName}' };

    const result = renderMessage(template, values);

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PLACEHOLDER', field: 'body', placeholders: ['firstName'] },
    });
  });
});

describe('the message template schema', () => {
  const valid: MessageTemplate = { ...DEFAULT_MESSAGE_TEMPLATES.invoice, id: 't1', name: 'Mine' };

  it.each([
    [
      'an unknown placeholder in the subject',
      { subject: 'Invoice {nr}' },
      'subject',
      'Unknown placeholder {nr}.',
    ],
    [
      'an alias of another kind',
      { body: 'Quote {quote.number}' },
      'body',
      'Unknown placeholder {quote.number}.',
    ],
    [
      'a subject on two lines',
      { subject: 'Invoice\n{number}' },
      'subject',
      'The subject must be a single line.',
    ],
    ['an empty body', { body: '  ' }, 'body', 'Enter the message text.'],
    [
      'an unknown kind',
      { documentKind: 'letter' },
      'documentKind',
      'Choose what the template is for: invoices, quotes or credit notes.',
    ],
  ])('refuses %s with a message on the field', (_name, change, field, message) => {
    const parsed = messageTemplateSchema.safeParse({ ...valid, ...change });

    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues.find((candidate) => candidate.path[0] === field);
    expect(issue?.message.startsWith(message)).toBe(true);
  });
});

describe('choosing the template for a document', () => {
  const custom: MessageTemplate = {
    ...DEFAULT_MESSAGE_TEMPLATES.invoice,
    id: 'friendly',
    subject: 'Your invoice {number}',
  };

  it('takes the chosen template of the same kind', () => {
    expect(messageTemplateFor('invoice', 'friendly', [custom])).toBe(custom);
  });

  it('falls back to the standard template when none is chosen, it is gone, or for another kind', () => {
    expect(messageTemplateFor('invoice', null, [custom])).toBe(DEFAULT_MESSAGE_TEMPLATES.invoice);
    expect(messageTemplateFor('invoice', 'deleted', [custom])).toBe(
      DEFAULT_MESSAGE_TEMPLATES.invoice,
    );
    expect(messageTemplateFor('quote', 'friendly', [custom])).toBe(DEFAULT_MESSAGE_TEMPLATES.quote);
  });
});
