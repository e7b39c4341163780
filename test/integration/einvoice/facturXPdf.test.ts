// Factur-X PDFs (EN 16931 profile) of the e-invoice corpus, made in Node exactly as the
// Factur-X worker makes them in the app, and read back with the receiver's tools: poppler
// lists and extracts factur-x.xml, which must be the exported CII byte for byte and pass
// the CII D16B XML Schema and the CEN EN 16931 CII rules; the XMP packet names PDF/A-3b and
// the Factur-X profile; every font is embedded; the sRGB output intent carries
// build/sRGB.icc.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FACTURX_CONFORMANCE_LEVEL,
  FACTURX_FILE_NAME,
  makeFacturXPdf,
} from '../../../renderer/pdf/facturX/makeFacturXPdf';
import { SRGB_ICC_BASE64 } from '../../../renderer/pdf/facturX/srgbProfile.generated';
import { renderDocumentPdf } from '../../../renderer/pdf/renderInvoicePdf';
import { exportEInvoice } from '../../../shared/einvoice/exportEInvoice';
import { eInvoiceCorpusInputs } from '../../unit/shared/einvoice/eInvoiceCorpus';
import { flowingText, pdfFonts, pdfInfo } from '../pdf/pdfTools';
import { testLogo } from '../pdf/testLogo';
import {
  associatedFiles,
  embeddedFileNames,
  extractEmbeddedFile,
  outputIntents,
  xmpPacket,
  xmpValues,
  XMP,
} from './facturXReading';
import {
  describeAssert,
  fatalAssertsIn,
  missingTools,
  runSchematron,
  SCHEMAS,
  STYLESHEETS,
  validateWithSchema,
} from './officialValidation';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'facturx-'));
const extracted = path.join(work, 'extracted');
const reports = path.join(work, 'svrl-cen-cii');

// Every document of the corpus exported as CII: invoices and credit notes, Greek and
// Cyrillic names, JPY and CHF. One of them carries the test logo (an image with a soft mask).
const corpus = eInvoiceCorpusInputs().filter((entry) => entry.input.format === 'cii');
const WITH_LOGO = 'standard-mixed-rates.cii';

type Made = { pdfPath: string; plainPath: string; xml: string; bytes: Uint8Array };
const made = new Map<string, Made>();
let schemaErrors = new Map<string, string[]>();
let fatal = new Map<string, ReturnType<typeof describeAssert>[]>();

async function makeOne(name: string, input: (typeof corpus)[number]['input']): Promise<Made> {
  const exported = exportEInvoice(input, `${name}.pdf`);
  if (!exported.ok) throw new Error(`${name} does not pass the e-invoice checks`);
  const logo = name === WITH_LOGO ? testLogo() : null;
  const plain = renderDocumentPdf({ document: input.document, logo, locale: 'en-GB' });
  const date = new Date(input.document.posted.postedAt);
  const bytes = await makeFacturXPdf(plain, exported.value.xml, { date });
  const pdfPath = path.join(work, `${name}.pdf`);
  const plainPath = path.join(work, `${name}.plain.pdf`);
  writeFileSync(pdfPath, bytes);
  writeFileSync(plainPath, plain);
  return { pdfPath, plainPath, xml: exported.value.xml, bytes };
}

beforeAll(async () => {
  const missing = missingTools();
  if (missing) throw new Error(missing);
  mkdirSync(extracted);
  mkdirSync(reports);
  for (const { name, input } of corpus) {
    const one = await makeOne(name, input);
    made.set(name, one);
    // What a receiver validates is the file poppler extracts, not the string we attached.
    extractEmbeddedFile(one.pdfPath, FACTURX_FILE_NAME, path.join(extracted, `${name}.xml`));
  }
  const files = corpus.map(({ name }) => path.join(extracted, `${name}.xml`));
  schemaErrors = validateWithSchema(SCHEMAS.cii, files);
  await runSchematron(STYLESHEETS.cenCii, extracted, reports);
  fatal = new Map(
    [...fatalAssertsIn(reports)].map(([file, asserts]) => [file, asserts.map(describeAssert)]),
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function one(name: string): Made {
  const found = made.get(name);
  if (!found) throw new Error(`${name} was not made`);
  return found;
}

const names = corpus.map(({ name }) => name);

describe('Factur-X PDF of a posted document', () => {
  it('covers invoices and credit notes', () => {
    expect(names.length).toBeGreaterThan(10);
    expect(corpus.some(({ input }) => input.document.kind === 'creditNote')).toBe(true);
  });

  it.each(names)('%s embeds factur-x.xml, equal to the exported CII', (name) => {
    const { pdfPath, xml } = one(name);
    expect(embeddedFileNames(pdfPath)).toEqual([FACTURX_FILE_NAME]);
    const file = readFileSync(path.join(extracted, `${name}.xml`));
    expect(file.equals(Buffer.from(xml, 'utf8'))).toBe(true);
  });

  it.each(names)('%s: the extracted XML passes the CII XML Schema and CEN rules', (name) => {
    const file = path.join(extracted, `${name}.xml`);
    expect(schemaErrors.get(file), 'CII D16B XML Schema').toEqual([]);
    expect(fatal.get(`${name}.xml`), 'CEN EN 16931 CII rules').toEqual([]);
  });

  it.each(names)('%s names PDF/A-3b and the Factur-X EN 16931 profile in its XMP', (name) => {
    const { pdfPath } = one(name);
    const packet = xmpPacket(pdfPath);
    expect(xmpValues(packet, XMP.pdfaid, 'part')).toEqual(['3']);
    expect(xmpValues(packet, XMP.pdfaid, 'conformance')).toEqual(['B']);
    // The extension schema that makes the fx: properties valid PDF/A metadata.
    expect(xmpValues(packet, XMP.pdfaSchema, 'namespaceURI')).toContain(XMP.fx);
    expect(xmpValues(packet, XMP.fx, 'ConformanceLevel')).toEqual([FACTURX_CONFORMANCE_LEVEL]);
    expect(xmpValues(packet, XMP.fx, 'DocumentFileName')).toEqual([FACTURX_FILE_NAME]);
    expect(xmpValues(packet, XMP.fx, 'DocumentType')).toEqual(['INVOICE']);
    expect(xmpValues(packet, XMP.fx, 'Version')).toEqual(['1.0']);
    // PDF/A: the document information and the XMP packet say the same.
    const info = pdfInfo(pdfPath);
    expect(xmpValues(packet, XMP.dc, 'title')).toEqual([info.Title]);
    expect(xmpValues(packet, XMP.dc, 'description')).toEqual([info.Subject]);
    expect(xmpValues(packet, XMP.dc, 'creator')).toEqual([info.Author]);
    expect(info['PDF version']).toBe('1.7');
  });

  it.each(names)('%s uses only embedded fonts, the same pages as its PDF', (name) => {
    const { pdfPath, plainPath } = one(name);
    const fonts = pdfFonts(pdfPath);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(flowingText(pdfPath)).toBe(flowingText(plainPath));
  });

  it.each(names)(
    '%s has the sRGB output intent and factur-x.xml as associated file',
    async (name) => {
      const { bytes } = one(name);
      const raw = Buffer.from(bytes).toString('latin1');
      expect(raw).toMatch(/\/OutputIntents \[ \d+ 0 R \]/);
      expect(raw).toContain('/S /GTS_PDFA1');
      const intents = await outputIntents(bytes);
      expect(intents).toHaveLength(1);
      expect(intents[0]!.subtype).toBe('GTS_PDFA1');
      expect(intents[0]!.condition).toBe('sRGB IEC61966-2.1');
      expect(
        Buffer.from(intents[0]!.profile).equals(readFileSync(path.join(root, 'build/sRGB.icc'))),
      ).toBe(true);
      expect(await associatedFiles(bytes)).toEqual([
        { name: FACTURX_FILE_NAME, relationship: 'Alternative', mimeType: 'text/xml' },
      ]);
    },
  );

  it('gives the same bytes for the same document, as the PDF itself does', async () => {
    const { name, input } = corpus.find((entry) => entry.name === 'credit-note-partial.cii')!;
    const again = await makeOne(`${name}-again`, input);
    expect(Buffer.from(again.bytes).equals(Buffer.from(one(name).bytes))).toBe(true);
  });

  it('refuses to work on a PDF that is already a Factur-X PDF', async () => {
    const { bytes, xml } = one(names[0]!);
    await expect(makeFacturXPdf(bytes, xml, { date: new Date() })).rejects.toThrow(
      /attachments or metadata already/,
    );
  });
});

describe('the shipped sRGB profile', () => {
  it('is embedded as build/sRGB.icc is (regenerate with node build/sRGB-embed.mjs)', () => {
    const shipped = readFileSync(path.join(root, 'build/sRGB.icc'));
    expect(Buffer.from(SRGB_ICC_BASE64, 'base64').equals(shipped)).toBe(true);
  });

  it('is an ICC version 2 RGB display profile, as every PDF/A part accepts', () => {
    const shipped = readFileSync(path.join(root, 'build/sRGB.icc'));
    expect(shipped.subarray(36, 40).toString('latin1')).toBe('acsp');
    expect(shipped[8]).toBe(2); // major version
    expect(shipped.subarray(12, 16).toString('latin1')).toBe('mntr');
    expect(shipped.subarray(16, 20).toString('latin1')).toBe('RGB ');
  });
});
