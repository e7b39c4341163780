// Every e-invoice of the corpus, validated as a receiver would: the UBL 2.1 or CII D16B
// XML Schema, the CEN EN 16931 rules, and for Peppol BIS both Peppol releases in the
// folder (May 2025 in force, May 2026 next). Zero fatal assertions is the bar.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEInvoice } from '../../../shared/einvoice/exportEInvoice';
import { eInvoiceCorpusInputs } from '../../unit/shared/einvoice/eInvoiceCorpus';
import {
  describeAssert,
  fatalAssertsIn,
  missingTools,
  runSchematron,
  SCHEMAS,
  STYLESHEETS,
  validateWithSchema,
  type FailedAssert,
} from './officialValidation';

type Generated = { name: string; file: string; format: string; kind: 'invoice' | 'creditNote' };

const corpus = eInvoiceCorpusInputs();
const work = mkdtempSync(path.join(tmpdir(), 'einvoice-validation-'));
const dirs = {
  ubl: path.join(work, 'ubl'),
  cii: path.join(work, 'cii'),
  peppol: path.join(work, 'peppol'),
};
const reports = {
  cenUbl: path.join(work, 'svrl-cen-ubl'),
  cenCii: path.join(work, 'svrl-cen-cii'),
  peppol2025: path.join(work, 'svrl-peppol-2025'),
  peppol2026: path.join(work, 'svrl-peppol-2026'),
};

const schemaErrors = new Map<string, string[]>();
const fatal: Record<keyof typeof reports, Map<string, FailedAssert[]>> = {
  cenUbl: new Map(),
  cenCii: new Map(),
  peppol2025: new Map(),
  peppol2026: new Map(),
};
const generated: Generated[] = [];

function generate(): void {
  for (const dir of [...Object.values(dirs), ...Object.values(reports)]) {
    mkdirSync(dir, { recursive: true });
  }
  for (const { name, input } of corpus) {
    const result = exportEInvoice(input, `${name}.pdf`);
    if (!result.ok) {
      const problems = result.error.problems.map((p) => `${p.field}: ${p.message}`).join('\n');
      throw new Error(`The corpus document ${name} does not pass the checks:\n${problems}`);
    }
    const fileName = `${name}.xml`;
    const file = path.join(input.format === 'cii' ? dirs.cii : dirs.ubl, fileName);
    writeFileSync(file, result.value.xml);
    if (input.format === 'peppol')
      writeFileSync(path.join(dirs.peppol, fileName), result.value.xml);
    const kind = input.document.kind === 'creditNote' ? 'creditNote' : 'invoice';
    generated.push({ name, file, format: input.format, kind });
  }
  writeControls();
}

// Copies with one wrong figure and one unknown element: the harness must catch them, or a
// run that checked nothing (a stylesheet matching no element) would look like a pass.
const CONTROL = 'control-tampered';

function writeControls(): void {
  const ubl = exportEInvoice(corpus.find((e) => e.input.format === 'peppol')!.input, 'c.pdf');
  const cii = exportEInvoice(corpus.find((e) => e.input.format === 'cii')!.input, 'c.pdf');
  if (!ubl.ok || !cii.ok) throw new Error('The control documents do not pass the checks');
  const wrongLineNet = (xml: string, element: string) =>
    xml.replace(
      new RegExp(`(<${element}[^>]*>)([0-9.]+)<`),
      (_all, open: string) => `${open}1.00<`,
    );
  const tamperedUbl = wrongLineNet(
    ubl.value.xml.split('<cac:InvoiceLine>')[1]!,
    'cbc:LineExtensionAmount',
  );
  const ublXml = ubl.value.xml.replace(ubl.value.xml.split('<cac:InvoiceLine>')[1]!, tamperedUbl);
  writeFileSync(path.join(dirs.ubl, `${CONTROL}.xml`), ublXml);
  writeFileSync(path.join(dirs.peppol, `${CONTROL}.xml`), ublXml);
  writeFileSync(
    path.join(dirs.cii, `${CONTROL}.xml`),
    wrongLineNet(cii.value.xml, 'ram:LineTotalAmount'),
  );
  const bogus = ubl.value.xml.replace('<cbc:IssueDate>', '<cbc:Bogus>1</cbc:Bogus><cbc:IssueDate>');
  writeFileSync(path.join(work, `${CONTROL}-schema.xml`), bogus);
}

beforeAll(async () => {
  const missing = missingTools();
  if (missing) throw new Error(missing);
  generate();
  const files = (test: (g: Generated) => boolean) => generated.filter(test).map((g) => g.file);
  const ubl = (g: Generated) => g.format !== 'cii';
  for (const [schema, list] of [
    [SCHEMAS.ublInvoice, files((g) => ubl(g) && g.kind === 'invoice')],
    [SCHEMAS.ublCreditNote, files((g) => ubl(g) && g.kind === 'creditNote')],
    [SCHEMAS.cii, files((g) => !ubl(g))],
  ] as const) {
    for (const [file, errors] of validateWithSchema(schema, list)) schemaErrors.set(file, errors);
  }
  // Two at a time: the machine has two cores, and compiling a stylesheet takes one.
  await Promise.all([
    runSchematron(STYLESHEETS.cenUbl, dirs.ubl, reports.cenUbl),
    runSchematron(STYLESHEETS.cenCii, dirs.cii, reports.cenCii),
  ]);
  await Promise.all([
    runSchematron(STYLESHEETS.peppol2025, dirs.peppol, reports.peppol2025),
    runSchematron(STYLESHEETS.peppol2026, dirs.peppol, reports.peppol2026),
  ]);
  for (const key of Object.keys(reports) as Array<keyof typeof reports>) {
    fatal[key] = fatalAssertsIn(reports[key]);
  }
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function fatalOf(key: keyof typeof reports, name: string): string[] {
  const asserts = fatal[key].get(`${name}.xml`);
  if (asserts === undefined) return [`no ${key} report was written for ${name}`];
  return asserts.map(describeAssert);
}

describe('e-invoice corpus against the official validation artefacts', () => {
  it('covers both syntaxes, invoices and credit notes', () => {
    const formats = new Set(corpus.map((entry) => entry.input.format));
    expect([...formats].sort()).toEqual(['cii', 'peppol', 'xrechnung']);
    expect(corpus.some((entry) => entry.input.document.kind === 'creditNote')).toBe(true);
  });

  it('catches a wrong line net and an unknown element in tampered copies', () => {
    const ids = (key: keyof typeof reports) => fatal[key].get(`${CONTROL}.xml`)?.map((a) => a.id);
    expect(ids('cenUbl')).toContain('BR-CO-10');
    expect(ids('cenCii')).toContain('BR-CO-10');
    expect(ids('peppol2025')).toContain('PEPPOL-EN16931-R120');
    expect(ids('peppol2026')).toContain('PEPPOL-EN16931-R120');
    const schema = validateWithSchema(SCHEMAS.ublInvoice, [
      path.join(work, `${CONTROL}-schema.xml`),
    ]);
    expect([...schema.values()][0]!.join('\n')).toMatch(/Bogus/);
  });

  it.each(corpus.map((entry) => [entry.name, entry.input.format] as const))(
    '%s passes its XML Schema and every rule set with no fatal assertion',
    (name, format) => {
      const file = generated.find((g) => g.name === name)!.file;
      expect(schemaErrors.get(file), 'XML Schema').toEqual([]);
      if (format === 'cii') {
        expect(fatalOf('cenCii', name), 'CEN EN 16931 CII rules').toEqual([]);
        return;
      }
      expect(fatalOf('cenUbl', name), 'CEN EN 16931 UBL rules').toEqual([]);
      if (format === 'peppol') {
        expect(fatalOf('peppol2025', name), 'Peppol BIS 3 rules, May 2025').toEqual([]);
        expect(fatalOf('peppol2026', name), 'Peppol BIS 3 rules, May 2026').toEqual([]);
      }
    },
  );
});
