import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPlaceholders,
  renderTemplate,
  validateTemplate,
} from '../../../../shared/mail/renderTemplate';
import type { TemplateValues } from '../../../../shared/mail/templatePlaceholders';
import { PROPERTY_RUNS } from '../../propertyRuns';

const values: TemplateValues = {
  number: 'INV-2026-0007',
  issueDate: '31/03/2026',
  dueDate: '14/04/2026',
  amountDue: '€1,234.50',
  'customer.name': 'Ελληνική Εταιρεία Α.Ε.',
  'company.name': 'Müller & Söhne GmbH',
};

describe('rendering a template', () => {
  it('fills in every placeholder', () => {
    const result = renderTemplate(
      'Invoice {number} of {issueDate} for {customer.name}: {amountDue} due {dueDate}. {company.name}',
      values,
    );

    expect(result).toEqual({
      ok: true,
      value:
        'Invoice INV-2026-0007 of 31/03/2026 for Ελληνική Εταιρεία Α.Ε.: €1,234.50 due 14/04/2026. Müller & Söhne GmbH',
    });
  });

  it('understands the {invoice.number} style aliases of the document kind', () => {
    const result = renderTemplate(
      '{invoice.number} {invoice.amountDue} {invoice.dueDate} {invoice.issueDate}',
      values,
      'invoice',
    );

    expect(result).toEqual({ ok: true, value: 'INV-2026-0007 €1,234.50 14/04/2026 31/03/2026' });
  });

  it('refuses an alias of another kind of document, naming it', () => {
    const result = renderTemplate('Quote {quote.number}', values, 'invoice');

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PLACEHOLDER', placeholders: ['quote.number'] },
    });
  });

  it('refuses unknown placeholders with a message naming each once', () => {
    const result = renderTemplate('{nummer} {customer.email} {nummer} {number}', values);

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_PLACEHOLDER',
        placeholders: ['nummer', 'customer.email'],
        message:
          'Unknown placeholders {nummer} and {customer.email}. Use {number}, {issueDate}, {dueDate}, {amountDue}, {customer.name}, {company.name}; write {{ and }} for a brace.',
      },
    });
  });

  it('refuses a placeholder whose value the document lacks, naming it', () => {
    const result = renderTemplate('Due {dueDate}', { ...values, dueDate: null }, 'creditNote');

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'MISSING_VALUE',
        placeholders: ['dueDate'],
        message:
          'The message uses {dueDate}, which this credit note does not have. Remove it from the template.',
      },
    });
  });

  it('writes {{ and }} as braces and leaves a lone brace alone', () => {
    const result = renderTemplate('{{number}} is {number}; smile :-} or {', values);

    expect(result).toEqual({ ok: true, value: '{number} is INV-2026-0007; smile :-} or {' });
  });

  it('tolerates spaces inside the braces', () => {
    expect(renderTemplate('{ number }', values)).toEqual({ ok: true, value: 'INV-2026-0007' });
  });

  it('inserts values as they are: braces in a name are not placeholders', () => {
    const result = renderTemplate('Dear {customer.name}', {
      ...values,
      'customer.name': 'ACME {number} {unknown}',
    });

    expect(result).toEqual({ ok: true, value: 'Dear ACME {number} {unknown}' });
  });

  it('text without braces comes out unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes('{') && !text.includes('}')),
        (text) => {
          expect(renderTemplate(text, values)).toEqual({ ok: true, value: text });
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('every value appears verbatim where its placeholder stood (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, name, after) => {
        const literal = (text: string) => text.replace(/\{/g, '{{').replace(/\}/g, '}}');
        const template = `${literal(before)}{customer.name}${literal(after)}`;
        const result = renderTemplate(template, { ...values, 'customer.name': name });
        expect(result).toEqual({ ok: true, value: `${before}${name}${after}` });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('validating a template', () => {
  it('returns the placeholders a valid template uses', () => {
    expect(validateTemplate('{number} {invoice.number} {company.name}', 'invoice')).toEqual({
      ok: true,
      value: ['number', 'company.name'],
    });
  });

  it('finds known and unknown placeholders in order of appearance', () => {
    expect(findPlaceholders('{b.x} {amountDue} {a}')).toEqual({
      known: ['amountDue'],
      unknown: ['b.x', 'a'],
    });
  });
});
