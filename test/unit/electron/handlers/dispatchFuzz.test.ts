import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_NAMES } from '../../../../shared/contract/contractNames';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { createHandlerTable } from '../../../../electron/handlers/handlerTable';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { fakeServices } from './fakeServices';
import { invalidRequests } from './invalidRequests';

// DESIGN §8 / issue 6: every handler gets at least PROPERTY_RUNS (10,000) generated invalid
// requests: wrong types, huge strings, traversal in file names, control characters,
// negative copies, bogus e-mail addresses, missing and unknown fields (the rows of
// invalidRequests.ts and the generic breakages of genericInvalid.ts, for every field;
// invalidRequestsCoverage.test.ts checks that they are all there). Each must come back
// INVALID_REQUEST with a sentence for a person, and reach no service.

describe('every handler, fuzzed with invalid requests', () => {
  it.each(CONTRACT_NAMES)(
    '%s refuses each one with INVALID_REQUEST and calls no service',
    async (name) => {
      const { services, calls } = fakeServices();
      const table = createHandlerTable(services);
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(invalidRequests(name), async (request) => {
          // Every reply comes in a microtask; without a macrotask now and then the test
          // worker cannot answer vitest for the whole run (and a slow machine times it out).
          if (++runs % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
          const reply = await dispatch(table, name, request, {
            checkReply: true,
            log: () => undefined,
          });
          if (reply.ok) throw new Error(`accepted ${JSON.stringify(request)?.slice(0, 300)}`);
          expect(reply.error.code).toBe('INVALID_REQUEST');
          expect(reply.error.message).toMatch(/^[A-Z"].*[.?]$/s);
          expect(reply.error.message).not.toMatch(/^Invalid input|expected \w+, received/);
          expect(calls).toEqual([]);
        }),
        { numRuns: PROPERTY_RUNS },
      );
    },
  );
});
