import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE_TEMPLATES } from '../../../../../shared/mail/messageTemplates';
import {
  newMessageTemplate,
  previewMessage,
  sampleValues,
  templateFieldErrors,
} from '../../../../../renderer/screens/settings/messageTemplateDraft';

const format = { date: (day: string) => day.split('-').reverse().join('/'), amount: '€1,190.00' };

describe('the message template editor', () => {
  it('marks an unknown placeholder at its field as it is typed, naming it', () => {
    const errors = templateFieldErrors({
      ...DEFAULT_MESSAGE_TEMPLATES.invoice,
      subject: 'Invoice {numbr}',
    });
    expect(errors.subject).toContain('{numbr}');
    expect(errors.body).toBeUndefined();
  });

  it('an alias of another kind of document is unknown in this kind’s template', () => {
    const errors = templateFieldErrors({
      ...DEFAULT_MESSAGE_TEMPLATES.quote,
      body: 'Quote {invoice.number}',
    });
    expect(errors.body).toContain('{invoice.number}');
  });

  it('previews the mail with example values, and says why a credit note cannot use a due date', () => {
    const invoice = previewMessage(
      DEFAULT_MESSAGE_TEMPLATES.invoice,
      sampleValues('invoice', 'Müller Consulting', format),
    );
    expect(invoice).toMatchObject({ subject: 'Invoice INV-2026-0007 from Müller Consulting' });
    const credit = previewMessage(
      { ...DEFAULT_MESSAGE_TEMPLATES.creditNote, body: 'Due {dueDate}' },
      sampleValues('creditNote', 'Müller Consulting', format),
    );
    expect(credit).toMatch(/\{dueDate\}.*credit note does not have/);
  });

  it('a new template starts from the standard text with an id and name of its own', () => {
    const fresh = newMessageTemplate('invoice', DEFAULT_MESSAGE_TEMPLATES.invoice);
    expect(fresh.id).not.toBe(DEFAULT_MESSAGE_TEMPLATES.invoice.id);
    expect(fresh.name).toBe('');
    expect(fresh.body).toBe(DEFAULT_MESSAGE_TEMPLATES.invoice.body);
  });
});
