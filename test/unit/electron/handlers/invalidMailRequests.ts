import fc from 'fast-check';
import type { ContractName } from '../../../../shared/contract/contract';
import { PDF_BASE64, VALID_REQUESTS } from '../../shared/contract/contractSamples';
import {
  badPdf,
  broken,
  defined,
  notAnObject,
  notList,
  notNumber,
  notText,
  tooLong,
  withControl,
  type Arb,
} from './invalidRequestParts';

// Invalid requests of the mail calls (mail.*), for invalidRequests.ts.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Text that cannot be an e-mail address: no '@' at all. */
const bogusEmail: Arb = fc.oneof(
  fc.string({ maxLength: 40 }).map((text) => text.replace(/@/g, '')),
  fc.constantFrom('a@', '@example.com', 'a b@example.com', 'a@b', 'a@@b.com', '<a@b.com>'),
  notText,
);

/** An id field (trimmed, 1–100 characters). */
const badId: Arb = fc.oneof(fc.constantFrom('', '   ', '\t'), tooLong(100), notText);

const account = VALID_REQUESTS['mail.saveAccount'].account as Record<string, unknown>;
const attachment = { filename: 'a.pdf', contentBase64: PDF_BASE64, contentType: 'application/pdf' };

/** The calls of this area that take a request (one without is in invalidRequests.ts). */
export type MailCall = Exclude<Extract<ContractName, `mail.${string}`>, 'mail.listAccounts'>;

/** Requests of `name` with one thing broken, built from its valid sample `base`. */
export function brokenMailRequests(name: MailCall, base: Record<string, unknown>): Arb {
  switch (name) {
    case 'mail.saveAccount':
      return fc.oneof(
        broken(
          base,
          { password: fc.oneof(tooLong(1000), defined(notText)), account: notAnObject },
          ['account'],
        ),
        broken(
          account,
          {
            id: badId,
            host: fc.oneof(
              fc.constantFrom(
                '',
                'smtp example.com',
                '-smtp.example.com',
                'smtp..x',
                'a_b.example.com',
              ),
              notText,
            ),
            port: fc.oneof(
              fc.integer({ max: 0 }),
              fc.integer({ min: 65536 }),
              fc.constant(1.5),
              notNumber,
            ),
            security: fc.oneof(fc.constantFrom('ssl', 'STARTTLS', ''), notText),
            fromAddress: bogusEmail,
            fromName: fc.oneof(
              fc.constant(''),
              withControl.filter((t) => CONTROL.test(t.trim())),
              notText,
            ),
          },
          ['id', 'label', 'host', 'port', 'security', 'fromName', 'fromAddress'],
        ).map((broke) => ({ account: broke })),
      );
    case 'mail.deleteAccount':
      return broken(base, { id: badId }, ['id']);
    case 'mail.sendTest':
      return broken(base, { accountId: badId, to: bogusEmail }, ['accountId', 'to']);
    case 'mail.send':
      return fc.oneof(
        broken(
          base,
          {
            accountId: badId,
            to: fc.oneof(
              fc.constant([]),
              fc.array(bogusEmail, { minLength: 1, maxLength: 3 }),
              notList,
            ),
            cc: fc.oneof(fc.array(bogusEmail, { minLength: 1, maxLength: 3 }), defined(notList)),
            subject: fc.oneof(fc.constantFrom('', 'a\nBcc: x@y.z', 'a\rb'), tooLong(998), notText),
            text: fc.oneof(
              withControl.filter((t) => CONTROL.test(t.replace(/[\r\n\t]/g, ''))),
              notText,
            ),
            attachments: fc.oneof(
              defined(notList),
              fc.constant(Array.from({ length: 11 }, () => attachment)),
            ),
          },
          ['accountId', 'to', 'subject', 'text'],
        ),
        broken(
          attachment,
          {
            filename: fc.oneof(fc.constantFrom('', '../x.pdf', 'a/b', 'a\\b', 'a\u0000b'), notText),
            contentBase64: fc.oneof(
              badPdf.filter(
                (v) =>
                  typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0,
              ),
              notText,
            ),
            contentType: fc.oneof(
              fc.constantFrom('', 'pdf', 'application/pdf; x=y', 'a/b c'),
              notText,
            ),
          },
          ['filename', 'contentBase64', 'contentType'],
        ).map((file) => ({ ...base, attachments: [file] })),
        fc.constant({ ...base, to: Array.from({ length: 51 }, (_, i) => `r${i}@example.com`) }),
      );
  }
}
