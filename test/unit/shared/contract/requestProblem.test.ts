import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeRequestProblem } from '../../../../shared/contract/requestProblem';

function problem(schema: z.ZodType, value: unknown): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a refusal');
  return describeRequestProblem(parsed.error, 'print.pdf');
}

describe('describeRequestProblem', () => {
  it('passes the schema sentence on', () => {
    expect(problem(z.number({ error: 'Copies must be a number.' }), 'x')).toBe(
      'Copies must be a number.',
    );
  });

  it("names the field instead of zod's generic wording", () => {
    const schema = z.object({ options: z.object({ copies: z.number() }) });
    expect(problem(schema, { options: { copies: 'x' } })).toBe(
      'The field options.copies of the request to print.pdf is not valid.',
    );
    expect(problem(z.array(z.number()), [1, 'x'])).toBe(
      'The field [1] of the request to print.pdf is not valid.',
    );
  });

  it('speaks of the request as a whole when there is no field', () => {
    expect(problem(z.number(), 'x')).toBe('The request to print.pdf is not valid.');
  });
});
