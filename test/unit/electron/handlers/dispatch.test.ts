import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { contract, type Handlers } from '../../../../shared/contract/contract';
import { CONTRACT_NAMES } from '../../../../shared/contract/contractNames';
import { replyEnvelopeSchema } from '../../../../shared/contract/ipcError';
import { ok } from '../../../../shared/result';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { createHandlerTable } from '../../../../electron/handlers/handlerTable';
import { VALID_REQUESTS } from '../../shared/contract/contractSamples';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { fakeServices } from './fakeServices';

function tableWith(overrides: Partial<Handlers>): Handlers {
  const { services } = fakeServices();
  return { ...createHandlerTable(services), ...overrides };
}

describe('dispatch', () => {
  it.each([
    ['an unknown call', 'files.deleteEverything'],
    ['an inherited name', 'constructor'],
    ['a name that is no text', 42],
    ['no name', undefined],
  ])('refuses %s with INVALID_REQUEST', async (_case, name) => {
    const reply = await dispatch(tableWith({}), name, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('names an unknown call without passing its control characters on', async () => {
    const reply = await dispatch(tableWith({}), 'evil\u001b[31m', {});
    expect(reply.ok || reply.error.message).toBe('Invoicer does not know the request "evil?[31m".');
  });

  it('refuses an invalid request with the schema sentence and does not call the handler', async () => {
    const { services, calls } = fakeServices();
    const reply = await dispatch(createHandlerTable(services), 'print.pdf', {
      ...VALID_REQUESTS['print.pdf'],
      copies: -1,
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: 'Copies must be a whole number from 1 to 99.' },
    });
    expect(calls).toEqual([]);
  });

  it('turns a throwing handler into INTERNAL and logs it, never rejecting', async () => {
    const log = vi.fn();
    const table = tableWith({
      'app.info': () => {
        throw new Error('boom');
      },
    });
    const reply = await dispatch(table, 'app.info', {}, { log });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(reply.ok || reply.error.message).not.toMatch(/boom/);
    expect(log).toHaveBeenCalledWith('invoicer: app.info failed', expect.any(Error));
  });

  it('turns a rejected promise into INTERNAL', async () => {
    const table = tableWith({ 'app.info': () => Promise.reject(new Error('gone')) });
    const reply = await dispatch(table, 'app.info', {}, { log: () => undefined });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it.each([
    ['undefined', undefined],
    ['a bare value', 'done'],
    ['an error with an unknown code', { ok: false, error: { code: 'EACCES', message: 'x' } }],
    ['an error without a message', { ok: false, error: { code: 'INTERNAL' } }],
  ])('turns a handler reply that is %s into INTERNAL', async (_case, reply) => {
    const log = vi.fn();
    const table = tableWith({ 'app.info': () => Promise.resolve(reply as never) });
    expect(await dispatch(table, 'app.info', {}, { log })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(log).toHaveBeenCalled();
  });

  it('passes on only code, message and rejected addresses of an error', async () => {
    const error = {
      code: 'SMTP_RECIPIENT_REJECTED',
      message: 'The mail server refused x@y.z.',
      rejected: ['x@y.z'],
      stack: 'at /home/trader/secret/path.js',
      password: 'hunter2',
    };
    const table = tableWith({ 'mail.send': () => Promise.resolve({ ok: false, error } as never) });
    const reply = await dispatch(table, 'mail.send', VALID_REQUESTS['mail.send']);
    expect(reply).toEqual({
      ok: false,
      error: { code: error.code, message: error.message, rejected: ['x@y.z'] },
    });
  });

  it('checks replies against the contract when asked, and only then', async () => {
    const table = tableWith({
      'print.pdf': () => Promise.resolve(ok({ jobId: '', extra: 1 } as never)),
    });
    const log = vi.fn();
    const request = VALID_REQUESTS['print.pdf'];
    expect(await dispatch(table, 'print.pdf', request, { checkReply: true, log })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(log).toHaveBeenCalledWith(
      'invoicer: the reply of print.pdf does not match the contract',
      expect.anything(),
    );
    expect(await dispatch(table, 'print.pdf', request)).toMatchObject({ ok: true });
  });

  it('never throws, answers with a valid reply, and calls a service only for valid requests', async () => {
    const names = fc.constantFrom(...CONTRACT_NAMES);
    await fc.assert(
      fc.asyncProperty(names, fc.jsonValue(), async (name, request) => {
        const { services, calls } = fakeServices();
        const reply = await dispatch(createHandlerTable(services), name, request, {
          checkReply: true,
          log: () => undefined,
        });
        expect(replyEnvelopeSchema(contract[name].reply).safeParse(reply).success).toBe(true);
        if (contract[name].request.safeParse(request).success) {
          expect(reply.ok).toBe(true);
        } else {
          expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
          expect(calls).toEqual([]);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
