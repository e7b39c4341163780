import fc from 'fast-check';
import type { ContractName } from '../../../../shared/contract/contract';
import { VALID_REQUESTS } from '../../shared/contract/contractSamples';
import { genericInvalid } from './genericInvalid';
import { brokenBackupRequests } from './invalidBackupRequests';
import { brokenFilesRequests } from './invalidFilesRequests';
import { brokenMailRequests } from './invalidMailRequests';
import { brokenPrintRequests } from './invalidPrintRequests';
import { broken, notAnObject, type Arb } from './invalidRequestParts';

// Generators of requests every one of which the contract must refuse: a valid sample with
// one thing broken (a field of the wrong type, too long, a traversal in a file name, control
// characters, negative copies, a bogus address, a field missing or unknown), or no object.
// The pieces are in invalidRequestParts.ts, the rows of each contract area in
// invalidBackupRequests.ts, invalidFilesRequests.ts, invalidPrintRequests.ts and
// invalidMailRequests.ts.

function brokenRequests(name: ContractName): Arb {
  const base = VALID_REQUESTS[name] as Record<string, unknown>;
  switch (name) {
    case 'app.info':
    case 'printers.list':
    case 'mail.listAccounts':
    case 'backups.list':
      return broken(base, {}, []);
    case 'backups.beginFile':
    case 'backups.beginAutomatic':
    case 'backups.append':
    case 'backups.finish':
    case 'backups.abort':
    case 'backups.read':
    case 'backups.setKeepLast':
      return brokenBackupRequests(name, base);
    case 'files.exportPdf':
    case 'files.exportBatch':
    case 'files.exportText':
    case 'files.showInFolder':
      return brokenFilesRequests(name, base);
    case 'print.pdf':
    case 'print.jobStatus':
      return brokenPrintRequests(name, base);
    case 'mail.saveAccount':
    case 'mail.deleteAccount':
    case 'mail.sendTest':
    case 'mail.send':
      return brokenMailRequests(name, base);
  }
}

/** Requests of `name` the contract must refuse, and values that are no request at all. */
export function invalidRequests(name: ContractName): Arb {
  // The generic breakages (genericInvalid.ts) reach every call, also one without a row yet.
  const generic = genericInvalid(VALID_REQUESTS[name]);
  return fc.oneof(
    { weight: 4, arbitrary: brokenRequests(name) },
    ...(generic ? [{ weight: 2, arbitrary: generic }] : []),
    { weight: 1, arbitrary: notAnObject },
  );
}
