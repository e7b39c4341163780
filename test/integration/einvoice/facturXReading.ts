// Reading a Factur-X PDF the way a receiver's tools do: poppler's pdfdetach lists and
// extracts the embedded files, pdfinfo -meta prints the XMP packet, which xmllint parses
// (so a packet that is not well-formed XML fails here), and pdf-lib reads the catalog
// objects poppler does not print (output intents, associated files).
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from '@cantoo/pdf-lib';

/** The XMP namespaces the tests read values from. */
export const XMP = {
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  pdfaSchema: 'http://www.aiim.org/pdfa/ns/schema#',
  fx: 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** The names of the files embedded in a PDF, as `pdfdetach -list` prints them. */
export function embeddedFileNames(path: string): string[] {
  const output = execFileSync('pdfdetach', ['-list', '-enc', 'UTF-8', path], { encoding: 'utf8' });
  return output
    .split('\n')
    .slice(1)
    .map((line) => /^\d+: (.*)$/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

/** Extracts one embedded file by name with `pdfdetach -savefile` into `target`. */
export function extractEmbeddedFile(path: string, name: string, target: string): void {
  execFileSync('pdfdetach', ['-savefile', name, '-o', target, path]);
}

/** The XMP packet of a PDF, as `pdfinfo -meta` prints it. */
export function xmpPacket(path: string): string {
  return execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' });
}

/**
 * The text in every element `name` in `namespace` of an XMP packet (also inside rdf:Alt or
 * rdf:Seq), one entry per text node, read by xmllint through XPath, so the prefix the
 * writer chose does not matter.
 */
export function xmpValues(packet: string, namespace: string, name: string): string[] {
  const xpath = `//*[local-name()='${name}' and namespace-uri()='${namespace}']//text()[normalize-space()]`;
  const run = (): string =>
    execFileSync('xmllint', ['--xpath', xpath, '-'], { input: packet, encoding: 'utf8' });
  try {
    return run()
      .split('\n')
      .filter((line) => line !== '');
  } catch (error) {
    // xmllint exits 10 when the path matches nothing: no values, not a failure.
    if ((error as { status?: number }).status === 10) return [];
    throw error;
  }
}

/** One output intent of the catalog: its subtype, condition and decoded ICC profile. */
export type OutputIntent = { subtype: string; condition: string; profile: Uint8Array };

function text(value: unknown): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  if (value instanceof PDFName) return value.decodeText();
  return '';
}

function rawStream(dict: PDFDict, key: string): PDFRawStream {
  const stream = dict.lookup(PDFName.of(key));
  if (!(stream instanceof PDFRawStream)) throw new Error(`/${key} is not a stream`);
  return stream;
}

function streamBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  return filter === PDFName.of('FlateDecode') ? inflateSync(stream.contents) : stream.contents;
}

/** The catalog's /OutputIntents. */
export async function outputIntents(bytes: Uint8Array): Promise<OutputIntent[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const intents = pdf.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  if (!intents) return [];
  return intents.asArray().map((_, index) => {
    const intent = intents.lookup(index, PDFDict);
    const profile = rawStream(intent, 'DestOutputProfile');
    return {
      subtype: text(intent.get(PDFName.of('S'))),
      condition: text(intent.get(PDFName.of('OutputConditionIdentifier'))),
      profile: streamBytes(profile),
    };
  });
}

/** One associated file of the catalog (/AF): its name, relationship and MIME type. */
export type AssociatedFile = { name: string; relationship: string; mimeType: string };

/** The catalog's /AF array, the files PDF/A-3 associates with the whole document. */
export async function associatedFiles(bytes: Uint8Array): Promise<AssociatedFile[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const files = pdf.catalog.lookupMaybe(PDFName.of('AF'), PDFArray);
  if (!files) return [];
  return files.asArray().map((_, index) => {
    const spec = files.lookup(index, PDFDict);
    const embedded = rawStream(spec.lookup(PDFName.of('EF'), PDFDict), 'F');
    return {
      name: text(spec.get(PDFName.of('UF'))),
      relationship: text(spec.get(PDFName.of('AFRelationship'))),
      mimeType: text(embedded.dict.get(PDFName.of('Subtype'))),
    };
  });
}
