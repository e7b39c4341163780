import {
  contract,
  type ContractName,
  type Handlers,
  type ReplyEnvelope,
} from '../../shared/contract/contract';
import { isContractName } from '../../shared/contract/contractNames';
import {
  internalError,
  invalidRequest,
  ipcErrorCodeSchema,
  replyEnvelopeSchema,
  type IpcError,
} from '../../shared/contract/ipcError';
import { describeRequestProblem } from '../../shared/contract/requestProblem';
import { err } from '../../shared/result';

export type DispatchOptions = {
  /**
   * Checks every reply against the contract's reply schema; a reply that does not match
   * becomes INTERNAL. On in tests. Off in the app: a mail that went out must not be reported
   * as failed (and sent again) because of a schema slip.
   */
  checkReply?: boolean;
  /** Where unexpected failures are reported; never given a request, which may hold a password. */
  log?: (message: string, error?: unknown) => void;
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function describeName(name: unknown): string {
  if (typeof name !== 'string') return 'without a name';
  return `"${name.replace(CONTROL, '?').slice(0, 60)}"`;
}

/** The reply of a handler, with nothing but the fields the contract allows on an error. */
function normalise(reply: unknown): ReplyEnvelope<ContractName> | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const { ok, value, error } = reply as { ok?: unknown; value?: unknown; error?: unknown };
  if (ok === true) return { ok: true, value: value as never };
  if (ok !== false || typeof error !== 'object' || error === null) return null;
  const { code, message, rejected } = error as Record<string, unknown>;
  const knownCode = ipcErrorCodeSchema.safeParse(code);
  if (!knownCode.success || typeof message !== 'string' || message === '') return null;
  const clean: IpcError = { code: knownCode.data, message: message.slice(0, 4000) };
  if (Array.isArray(rejected) && rejected.every((entry) => typeof entry === 'string')) {
    clean.rejected = rejected.slice(0, 1000);
  }
  return { ok: false, error: clean };
}

/**
 * Runs one call of the contract: validates the request with its schema (INVALID_REQUEST
 * with the schema's sentence when it does not pass), calls the handler with the parsed
 * request, and returns its reply. Never throws and never rejects: whatever arrives, from
 * any transport, gets a reply; an unexpected failure is logged and becomes INTERNAL.
 */
export async function dispatch(
  table: Handlers,
  name: unknown,
  rawRequest: unknown,
  options: DispatchOptions = {},
): Promise<ReplyEnvelope<ContractName>> {
  const log = options.log ?? ((message, error) => console.error(message, error));
  if (!isContractName(name)) {
    return err(invalidRequest(`Invoicer does not know the request ${describeName(name)}.`));
  }
  try {
    const parsed = contract[name].request.safeParse(rawRequest);
    if (!parsed.success) return err(invalidRequest(describeRequestProblem(parsed.error, name)));
    const handler = table[name] as (request: unknown) => Promise<unknown>;
    const reply = normalise(await handler(parsed.data));
    if (reply === null) {
      log(`invoicer: the handler of ${name} returned something that is not a reply`);
      return err(internalError());
    }
    if (options.checkReply === true) {
      const checked = replyEnvelopeSchema(contract[name].reply).safeParse(reply);
      if (!checked.success) {
        log(`invoicer: the reply of ${name} does not match the contract`, checked.error);
        return err(internalError());
      }
    }
    return reply;
  } catch (error) {
    log(`invoicer: ${name} failed`, error);
    return err(internalError());
  }
}
