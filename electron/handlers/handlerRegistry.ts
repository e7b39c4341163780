import { CONTRACT_NAMES, isContractName } from '../../shared/contract/contractNames';
import type { ContractName, Handler, Handlers } from '../../shared/contract/contract';

/**
 * Collects one handler per call of the contract. Registering a name twice, or a name the
 * contract does not have, is a programming error and throws at start-up; so does a table
 * with a call left out.
 */
export function createHandlerRegistry() {
  const handlers = new Map<ContractName, unknown>();

  return {
    register<K extends ContractName>(name: K, handler: Handler<K>): void {
      if (!isContractName(name)) throw new Error(`"${String(name)}" is not a call of the contract`);
      if (handlers.has(name)) throw new Error(`a handler for "${name}" is registered already`);
      handlers.set(name, handler);
    },

    /** The finished table, frozen; throws when a call of the contract has no handler. */
    table(): Handlers {
      const missing = CONTRACT_NAMES.filter((name) => !handlers.has(name));
      if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
      // No prototype: a name is looked up only after isContractName, but even so nothing
      // inherited ('constructor', '__proto__') can ever be found in it.
      const table: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const [name, handler] of handlers) table[name] = handler;
      return Object.freeze(table) as Handlers;
    },
  };
}
