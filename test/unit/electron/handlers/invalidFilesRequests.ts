import fc from 'fast-check';
import type { ContractName } from '../../../../shared/contract/contract';
import { MAX_TEXT_EXPORT_CHARS } from '../../../../shared/contract/filesContract';
import { PDF_BASE64 } from '../../shared/contract/contractSamples';
import {
  badFileName,
  badPdf,
  broken,
  defined,
  notList,
  notText,
  tooLong,
  withControl,
  type Arb,
} from './invalidRequestParts';

// Invalid requests of the file calls (files.*), for invalidRequests.ts.

const batchFile = { name: 'a.pdf', pdfBase64: PDF_BASE64 };

export type FilesCall = Extract<ContractName, `files.${string}`>;

/** Requests of `name` with one thing broken, built from its valid sample `base`. */
export function brokenFilesRequests(name: FilesCall, base: Record<string, unknown>): Arb {
  switch (name) {
    case 'files.exportPdf':
      return broken(
        base,
        {
          suggestedName: badFileName,
          pdfBase64: badPdf,
          documentId: fc.oneof(fc.constant(''), withControl, tooLong(100), notText),
        },
        ['suggestedName', 'pdfBase64', 'documentId'],
      );
    case 'files.exportBatch':
      return fc.oneof(
        broken(
          base,
          {
            folderHint: fc.oneof(fc.constant(''), withControl, tooLong(4096), defined(notText)),
            files: notList,
          },
          ['files'],
        ),
        fc.constant({ files: [] }),
        fc.constant({
          files: Array.from({ length: 201 }, (_, i) => ({ ...batchFile, name: `${i}.pdf` })),
        }),
        fc
          .tuple(
            broken(batchFile, { name: badFileName, pdfBase64: badPdf }, ['name', 'pdfBase64']),
            fc.nat(3),
          )
          .map(([file, at]) => ({
            files: ([batchFile, batchFile, batchFile] as unknown[]).toSpliced(at, 0, file),
          })),
      );
    case 'files.exportText':
      return fc.oneof(
        broken(
          base,
          {
            suggestedName: badFileName,
            kind: fc.oneof(fc.constantFrom('pdf', 'CSV', 'txt', 'exe', ''), notText),
            content: fc.oneof(fc.constant('x'.repeat(MAX_TEXT_EXPORT_CHARS + 1)), notText),
          },
          ['suggestedName', 'kind', 'content'],
        ),
        // A safe name, but not of the kind: a CSV export must not become a .pdf or a .exe.
        fc
          .constantFrom('report.pdf', 'report.exe', 'report.csv.lnk', 'report', 'csv')
          .map((suggestedName) => ({ ...base, suggestedName })),
      );
    case 'files.showInFolder':
      return broken(
        base,
        { path: fc.oneof(fc.constant(''), withControl, tooLong(4096), notText) },
        ['path'],
      );
  }
}
