import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/result';
import { CONTRACT_NAMES } from '../../../../shared/contract/contractNames';
import { createHandlerRegistry } from '../../../../electron/handlers/handlerRegistry';

const handler = () => Promise.resolve(ok({ deleted: true }));

describe('the handler registry', () => {
  it('refuses a second handler for the same name', () => {
    const registry = createHandlerRegistry();
    registry.register('mail.deleteAccount', handler);
    expect(() => registry.register('mail.deleteAccount', handler)).toThrow(/registered already/);
  });

  it('refuses a name the contract does not have', () => {
    const registry = createHandlerRegistry();
    expect(() => registry.register('mail.purge' as 'mail.deleteAccount', handler)).toThrow(
      /not a call of the contract/,
    );
  });

  it('refuses to finish a table with a call left out, naming it', () => {
    const registry = createHandlerRegistry();
    registry.register('mail.deleteAccount', handler);
    expect(() => registry.table()).toThrow(/no handler for app\.info, files\.exportPdf/);
  });

  it('finishes a frozen table without a prototype when every call has a handler', () => {
    const registry = createHandlerRegistry();
    for (const name of CONTRACT_NAMES) registry.register(name, handler as never);
    const table = registry.table();
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect(Object.keys(table).sort()).toEqual([...CONTRACT_NAMES].sort());
  });
});
