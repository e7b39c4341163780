// Runs the official e-invoice validation artefacts (/work/shared/einvoice, see its README):
// the XML Schemas with xmllint, and the Schematron rules compiled to XSLT with Saxon-HE in
// batch mode, so each stylesheet is compiled once per run however many files it checks.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The artefacts folder: ../shared/einvoice beside the clone (as CI has it), or $EINVOICE_ARTIFACTS. */
export const ARTIFACTS = process.env.EINVOICE_ARTIFACTS ?? path.resolve(root, '../shared/einvoice');

export const SCHEMAS = {
  ublInvoice: path.join(ARTIFACTS, 'ubl21/xsdrt/maindoc/UBL-Invoice-2.1.xsd'),
  ublCreditNote: path.join(ARTIFACTS, 'ubl21/xsdrt/maindoc/UBL-CreditNote-2.1.xsd'),
  cii: path.join(
    ARTIFACTS,
    'cii-d16b/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd',
  ),
};

export const STYLESHEETS = {
  cenUbl: path.join(ARTIFACTS, 'en16931/ubl/xslt/EN16931-UBL-validation.xslt'),
  cenCii: path.join(ARTIFACTS, 'en16931/cii/xslt/EN16931-CII-validation.xslt'),
  peppol2025: path.join(ARTIFACTS, 'peppol-bis3/2025.5/PEPPOL-EN16931-UBL.xslt'),
  peppol2026: path.join(ARTIFACTS, 'peppol-bis3/2026.5/PEPPOL-EN16931-UBL.xslt'),
};

const SAXON_JAR = process.env.SAXON_JAR ?? '/usr/share/java/Saxon-HE.jar';

/** What is missing to run the validation, as a sentence naming the fix; null when all is there. */
export function missingTools(): string | null {
  const missing: string[] = [];
  if (spawnSync('xmllint', ['--version']).status !== 0) missing.push('xmllint (libxml2-utils)');
  if (spawnSync('java', ['-version']).status !== 0) missing.push('java (default-jre-headless)');
  if (!existsSync(SAXON_JAR)) missing.push(`${SAXON_JAR} (libsaxonhe-java)`);
  if (!existsSync(STYLESHEETS.cenUbl)) missing.push(`the validation artefacts in ${ARTIFACTS}`);
  return missing.length === 0
    ? null
    : `Install ${missing.join(', ')} to validate e-invoices; .ci/run does this.`;
}

/**
 * Validates files against one XML Schema in one xmllint run; returns each file's errors
 * (none for a valid file).
 */
export function validateWithSchema(
  schema: string,
  files: readonly string[],
): Map<string, string[]> {
  const errors = new Map<string, string[]>(files.map((file) => [file, []]));
  if (files.length === 0) return errors;
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of run.stderr.split('\n')) {
    if (line.trim() === '' || line.endsWith(' validates')) continue;
    const file = files.find(
      (candidate) => line.startsWith(`${candidate}:`) || line.startsWith(`${candidate} `),
    );
    if (file) errors.get(file)!.push(line.slice(file.length + 1).trim());
    else for (const list of errors.values()) list.push(line); // a schema problem hits every file
  }
  return errors;
}

/**
 * Runs one Schematron XSLT over every file of a folder (Saxon batch mode: one compilation),
 * writing an SVRL report of the same name into `outputDir`.
 */
export function runSchematron(
  stylesheet: string,
  inputDir: string,
  outputDir: string,
): Promise<void> {
  const args = [
    '-cp',
    SAXON_JAR,
    'net.sf.saxon.Transform',
    `-s:${inputDir}`,
    `-xsl:${stylesheet}`,
    `-o:${outputDir}`,
  ];
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`Saxon failed on ${path.basename(stylesheet)}: ${stderr}`));
      else resolve();
    });
  });
}

/** One failed assertion of an SVRL report. */
export type FailedAssert = { id: string; flag: string; location: string; text: string };

const FAILED = /<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/g;

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
}

/** The failed assertions of an SVRL report (all flags). */
export function failedAsserts(svrl: string): FailedAssert[] {
  return [...svrl.matchAll(FAILED)].map(([, attributes = '', body = '']) => ({
    id: attribute(attributes, 'id'),
    flag: attribute(attributes, 'flag'),
    location: attribute(attributes, 'location'),
    text: (/<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** The fatal failed assertions of every report in a folder, by report file name. */
export function fatalAssertsIn(outputDir: string): Map<string, FailedAssert[]> {
  const reports = new Map<string, FailedAssert[]>();
  for (const name of readdirSync(outputDir)) {
    const asserts = failedAsserts(readFileSync(path.join(outputDir, name), 'utf8'));
    reports.set(
      name,
      asserts.filter((failed) => failed.flag === 'fatal'),
    );
  }
  return reports;
}

/** A failed assertion as a line of a test failure: rule id, text, where. */
export function describeAssert(failed: FailedAssert): string {
  return `${failed.id}: ${failed.text} (at ${failed.location})`;
}
