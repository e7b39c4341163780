import fc from 'fast-check';
import type { ContractName } from '../../../../shared/contract/contract';
import {
  badPdf,
  broken,
  notNumber,
  notText,
  tooLong,
  withControl,
  type Arb,
} from './invalidRequestParts';

// Invalid requests of the print calls (print.*), for invalidRequests.ts.

const badCopies: Arb = fc.oneof(
  fc.integer({ max: 0 }),
  fc.integer({ min: 100 }),
  fc.double({ min: 1.001, max: 98.999, noNaN: true }).filter((n) => !Number.isInteger(n)),
  notNumber,
);

const badPrinter: Arb = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 20 }).map((text) => `-${text}`),
  withControl,
  tooLong(127),
  notText,
);

export type PrintCall = Extract<ContractName, `print.${string}`>;

/** Requests of `name` with one thing broken, built from its valid sample `base`. */
export function brokenPrintRequests(name: PrintCall, base: Record<string, unknown>): Arb {
  switch (name) {
    case 'print.pdf':
      return broken(
        base,
        {
          printer: badPrinter,
          pdfBase64: badPdf,
          copies: badCopies,
          paperSize: fc.oneof(fc.constantFrom('A3', 'a4', 'letter', ''), notText),
          title: fc.oneof(tooLong(1000), notText),
        },
        ['printer', 'pdfBase64', 'copies', 'paperSize', 'title'],
      );
    case 'print.jobStatus':
      return broken(
        base,
        {
          jobId: fc.oneof(
            fc.constantFrom('', 'Office', 'Office-', '-42', 'a b-1', 'x-12345678901'),
            withControl,
            tooLong(140),
            notText,
          ),
        },
        ['jobId'],
      );
  }
}
