import type { z } from 'zod';
import type { Result } from '../result';
import { appContract } from './appContract';
import { backupsContract } from './backupsContract';
import type { ContractName } from './contractNames';
import { filesContract } from './filesContract';
import type { IpcError } from './ipcError';
import { mailContract } from './mailContract';
import { printContract } from './printContract';

export type { ContractName } from './contractNames';

/** One call: the schema its request must pass and the schema of its reply's value. */
export type CallSchemas = { request: z.ZodType; reply: z.ZodType };

/**
 * The renderer ⇄ main process contract (DESIGN §2): every call the renderer may make, name
 * → request and reply schema. Nothing else crosses. `satisfies` keeps it in step with
 * CONTRACT_NAMES: a call missing from either, or extra in one, does not compile.
 */
export const contract = {
  ...appContract,
  ...filesContract,
  ...printContract,
  ...mailContract,
  ...backupsContract,
} as const satisfies Record<ContractName, CallSchemas>;

type Contract = typeof contract;

/** What a handler receives: the request after its schema (defaults filled, text trimmed). */
export type RequestOf<K extends ContractName> = z.output<Contract[K]['request']>;
/** What a caller passes: the request before its schema. */
export type RequestInputOf<K extends ContractName> = z.input<Contract[K]['request']>;
/** The value of a successful reply. */
export type ReplyOf<K extends ContractName> = z.output<Contract[K]['reply']>;
/** A reply as it crosses the boundary. */
export type ReplyEnvelope<K extends ContractName> = Result<ReplyOf<K>, IpcError>;

/** The main process's side of one call. */
export type Handler<K extends ContractName> = (
  request: RequestOf<K>,
) => Promise<Result<ReplyOf<K>, IpcError>>;

/** The handler table: one handler for every call of the contract. */
export type Handlers = { [K in ContractName]: Handler<K> };
