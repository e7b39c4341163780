import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// SHA-256 for the audit chain, handed to the functions of shared/audit (which import no
// packages but zod and decimal.js). @noble/hashes rather than crypto.subtle: the chain is
// extended inside the posting transaction, and awaiting anything but IndexedDB there would
// let the transaction commit early; subtle.digest is only asynchronous. noble is plain,
// synchronous, dependency-free TypeScript.

/** The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hexadecimal digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
