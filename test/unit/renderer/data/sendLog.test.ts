import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../../../renderer/data/clock';
import type { InvoicerDb } from '../../../../renderer/data/db';
import {
  lastSuccessfulSend,
  recordFailedSend,
  recordSend,
  sendHistory,
} from '../../../../renderer/data/sendLog';
import { failure, freshDb, value } from './testDatabase';

let db: InvoicerDb;

beforeEach(() => {
  db = freshDb();
});

describe('send history', () => {
  it('lists a document’s sends newest first, and only that document’s', async () => {
    value(
      await recordSend(db, {
        documentId: 'a',
        channel: 'pdf',
        target: '/x/a.pdf',
        outcome: 'sent',
      }),
    );
    value(
      await recordSend(db, {
        documentId: 'b',
        channel: 'print',
        target: 'Office',
        outcome: 'sent',
      }),
    );
    value(
      await recordSend(db, {
        documentId: 'a',
        channel: 'email',
        target: 'ap@acme.example',
        outcome: 'sent',
      }),
    );
    const history = await sendHistory(db, 'a');
    expect(history.map((entry) => entry.channel)).toEqual(['email', 'pdf']);
    expect(String(history[0]?.at) > String(history[1]?.at)).toBe(true);
  });

  it('keeps the order of sends made within one millisecond', async () => {
    setClock(() => new Date('2026-03-16T12:00:00.000Z'));
    for (const target of ['first', 'second', 'third']) {
      value(await recordSend(db, { documentId: 'a', channel: 'print', target, outcome: 'sent' }));
    }
    expect((await sendHistory(db, 'a')).map((entry) => entry.target)).toEqual([
      'third',
      'second',
      'first',
    ]);
  });

  it('records a failure with the error code and message the main process gave', async () => {
    value(
      await recordFailedSend(db, 'a', 'email', 'ap@acme.example', {
        code: 'SMTP_AUTH',
        message: 'The mail server refused the user name or password.',
      }),
    );
    const [entry] = await sendHistory(db, 'a');
    expect(entry).toMatchObject({
      outcome: 'failed',
      errorCode: 'SMTP_AUTH',
      message: 'The mail server refused the user name or password.',
    });
  });

  it('a document with only failed sends is unsent; the latest success counts per channel', async () => {
    value(
      await recordFailedSend(db, 'a', 'email', 'ap@acme.example', {
        code: 'SMTP_UNREACHABLE',
        message: 'The mail server cannot be reached.',
      }),
    );
    expect(await lastSuccessfulSend(db, 'a', 'email')).toBeNull();
    value(
      await recordSend(db, { documentId: 'a', channel: 'pdf', target: '/a.pdf', outcome: 'sent' }),
    );
    expect(await lastSuccessfulSend(db, 'a', 'email')).toBeNull();
    expect((await lastSuccessfulSend(db, 'a'))?.channel).toBe('pdf');
    value(
      await recordSend(db, {
        documentId: 'a',
        channel: 'email',
        target: 'ap@acme.example',
        outcome: 'sent',
      }),
    );
    expect((await lastSuccessfulSend(db, 'a', 'email'))?.target).toBe('ap@acme.example');
  });

  it('refuses a record that contradicts itself and stores nothing', async () => {
    const sentWithError = await recordSend(db, {
      documentId: 'a',
      channel: 'email',
      target: 'x@y.example',
      outcome: 'sent',
      errorCode: 'SMTP_AUTH',
    });
    expect(failure(sentWithError).code).toBe('INVALID');
    const failedWithoutCode = await recordSend(db, {
      documentId: 'a',
      channel: 'email',
      target: 'x@y.example',
      outcome: 'failed',
    });
    expect(failure(failedWithoutCode).code).toBe('INVALID');
    const unknownChannel = await recordSend(db, {
      documentId: 'a',
      channel: 'fax' as 'pdf',
      target: '0301234',
      outcome: 'sent',
    });
    expect(failure(unknownChannel).message).toMatch(/PDF, print or e-mail/);
    expect(await db.sendLog.count()).toBe(0);
  });
});
