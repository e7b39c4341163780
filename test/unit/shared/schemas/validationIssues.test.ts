import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  messagesByPath,
  parseWith,
  validationIssues,
} from '../../../../shared/schemas/validationIssues';

const schema = z.object({
  lines: z.array(z.object({ quantity: z.string({ error: 'Quantity must be a number.' }) })),
  name: z.string({ error: 'Enter the name.' }),
});

describe('validation issues', () => {
  it('gives each issue a dotted path a form can bind to', () => {
    const result = schema.safeParse({ lines: [{ quantity: '1' }, { quantity: 2 }], name: 'x' });
    expect(result.success ? [] : validationIssues(result.error)).toEqual([
      { path: 'lines.1.quantity', message: 'Quantity must be a number.' },
    ]);
  });

  it('gives a problem of the whole value the empty path', () => {
    const result = schema.safeParse(null);
    expect(result.success ? [] : validationIssues(result.error).map((issue) => issue.path)).toEqual(
      [''],
    );
  });

  it('drops an issue repeated on the same path', () => {
    const twice = z.string().superRefine((_value, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'Same.', input: _value });
      ctx.addIssue({ code: 'custom', message: 'Same.', input: _value });
    });
    const result = twice.safeParse('a');
    expect(result.success ? [] : validationIssues(result.error)).toEqual([
      { path: '', message: 'Same.' },
    ]);
  });

  it('keeps the first message of each field for display', () => {
    expect(
      messagesByPath([
        { path: 'name', message: 'First.' },
        { path: 'name', message: 'Second.' },
        { path: 'lines.0.quantity', message: 'Third.' },
      ]),
    ).toEqual({ name: 'First.', 'lines.0.quantity': 'Third.' });
  });
});

describe('parseWith', () => {
  it('returns the parsed value', () => {
    expect(parseWith(schema, { lines: [], name: 'Acme' })).toEqual({
      ok: true,
      value: { lines: [], name: 'Acme' },
    });
  });

  it('returns every issue with a sentence that counts them', () => {
    const result = parseWith(schema, { lines: [{ quantity: 1 }] });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID',
        message: '2 fields need attention. The first: Quantity must be a number.',
        issues: [
          { path: 'lines.0.quantity', message: 'Quantity must be a number.' },
          { path: 'name', message: 'Enter the name.' },
        ],
      },
    });
  });

  it('uses the one message as the sentence when there is one issue', () => {
    const result = parseWith(schema, { lines: [] });
    expect(result.ok ? null : result.error.message).toBe('Enter the name.');
  });
});
