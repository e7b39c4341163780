import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, outgoingMailSchema } from '../../../../shared/mail/outgoingMail';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const valid = {
  accountId: 'acc-1',
  to: ['anna@customer.example'],
  subject: 'Invoice INV-2026-0007',
  text: 'Dear Anna,\r\n\tplease find attached.',
  attachments: [
    { filename: 'INV-2026-0007 Acme Ltd.pdf', content: pdf, contentType: 'application/pdf' },
  ],
};

function messages(change: Record<string, unknown>): string[] {
  const parsed = outgoingMailSchema.safeParse({ ...valid, ...change });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe('the outgoing mail schema', () => {
  it('accepts a mail with a PDF and fills in no copies', () => {
    const parsed = outgoingMailSchema.parse(valid);

    expect(parsed.cc).toEqual([]);
    expect(parsed.attachments[0]?.content).toBe(pdf);
  });

  it.each([
    ['no recipient', { to: [] }, 'Enter at least one recipient.'],
    ['a bogus copy address', { cc: ['x'] }, 'Enter an e-mail address like name@example.com.'],
    [
      'a subject with a line break',
      { subject: 'a\nBcc: b@c.d' },
      'The subject must be a single line.',
    ],
    [
      'a file name with a folder',
      { attachments: [{ ...valid.attachments[0], filename: '../x.pdf' }] },
      'The file name may not contain / or \\ or control characters.',
    ],
    [
      'content as base64 text',
      { attachments: [{ ...valid.attachments[0], content: 'JVBERg==' }] },
      'The attachment content must be bytes.',
    ],
    [
      'a content type that is none',
      { attachments: [{ ...valid.attachments[0], contentType: 'pdf' }] },
      'The attachment needs a content type like application/pdf.',
    ],
    [
      'a control character in the text',
      { text: 'a\u0000b' },
      'The message contains control characters.',
    ],
    [
      '51 recipients',
      { to: Array.from({ length: 51 }, (_, i) => `r${i}@example.com`) },
      'A mail can go to at most 50 recipients.',
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(messages(change)).toEqual([message]);
  });

  it('refuses attachments larger than 20 MB together', () => {
    const half = { ...valid.attachments[0], content: new Uint8Array(MAX_ATTACHMENT_BYTES / 2 + 1) };

    expect(messages({ attachments: [half, { ...half, filename: 'b.pdf' }] })).toEqual([
      'The attachments are larger than 20 MB together; most mail servers refuse that.',
    ]);
  });
});
