// Electronegativity (Doyensec's checker of Electron misconfigurations) over the main
// process's TypeScript source, the renderer's index.html (its CSP) and package.json.
// Fails on any finding above LOW that electronegativity-exclusions.json does not accept
// with a reason, on an accepted finding that no longer occurs, and on a file it cannot
// parse. Runs offline: the two downloads electronegativity would try (translations, and
// Electron's release list for AvailableSecurityFixesGlobalCheck) are switched off here,
// and the Electron version is the installed one, never looked up.
//
//   node test/security/electronegativity.mjs [--root <project>] [--exclusions <file>]
//
// --root and --exclusions exist for the test of this script (a project with known faults).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);

/** Severities as electronegativity numbers them; anything above LOW must be dealt with. */
const LOW = 1;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : fallback;
}

/** The installed Electron's version: what the app ships with, known without a network. */
function electronVersion() {
  const file = path.join(repo, 'node_modules', 'electron', 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** Reads and checks the exclusion file: every entry names its check and gives a reason. */
function readExclusions(file) {
  const config = JSON.parse(readFileSync(file, 'utf8'));
  const problems = [];
  const skipped = config.skippedChecks ?? [];
  const accepted = config.acceptedFindings ?? [];
  for (const [i, entry] of [...skipped, ...accepted].entries()) {
    if (typeof entry.check !== 'string' || entry.check === '') {
      problems.push(`entry ${i + 1} names no check`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      problems.push(`${entry.check ?? `entry ${i + 1}`}: give the reason (a sentence or two)`);
    }
  }
  for (const entry of accepted) {
    if (typeof entry.file !== 'string' || entry.file === '') {
      problems.push(`${entry.check}: name the file the finding is in ("N/A" for global ones)`);
    }
  }
  return { skipped, accepted, problems };
}

/**
 * electronegativity fetches with `got`; this stand-in refuses at once, so the scan neither
 * waits for a network nor reaches one. Must be in require's cache before the runner loads.
 */
function switchOffDownloads() {
  const runner = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(runner).resolve('got');
  const refuse = () => Promise.reject(new Error('electronegativity runs offline here'));
  const got = Object.assign(refuse, { head: refuse, get: refuse, stream: refuse });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: got };
}

/** A copy of what is scanned, so the scan sees those files and nothing else of the tree. */
function stage(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'invoicer-electronegativity-'));
  cpSync(path.join(root, 'electron'), path.join(dir, 'electron'), { recursive: true });
  for (const file of ['renderer/index.html', 'package.json']) {
    const from = path.join(root, file);
    if (existsSync(from)) cpSync(from, path.join(dir, file), { recursive: true });
  }
  return dir;
}

async function scan(root, skipped) {
  switchOffDownloads();
  const run = require('@doyensec/electronegativity');
  const dir = stage(root);
  const log = console.log;
  // Its only output here is the notice that translations could not be fetched.
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    return await run(
      {
        input: dir,
        isRelative: true,
        isVerbose: false,
        customScan: [],
        excludeFromScan: skipped.map((entry) => entry.check.toLowerCase()),
        electronVersionOverride: electronVersion(),
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
    rmSync(dir, { recursive: true, force: true });
  }
}

function matches(entry, issue) {
  return (
    entry.check === issue.id &&
    entry.file === issue.file &&
    (entry.code === undefined || (issue.sample ?? '').includes(entry.code))
  );
}

function describeIssue(issue) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  // The flagged line of a source file (a global finding has none; JSON's is its first line).
  const code = issue.sample && /\.(ts|tsx|js|mjs|cjs|html)$/.test(issue.file);
  const sample = code ? `\n      ${issue.sample}` : '';
  return `${issue.severity.name} ${issue.id} at ${where}: ${issue.description}${sample}`;
}

async function main() {
  const root = option('--root', repo);
  const exclusionsFile = option(
    '--exclusions',
    path.join(here, 'electronegativity-exclusions.json'),
  );
  const { skipped, accepted, problems } = readExclusions(exclusionsFile);
  const failures = problems.map((problem) => `${path.basename(exclusionsFile)}: ${problem}`);

  const result = await scan(root, skipped);
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    failures.push(`could not parse ${error.file}: ${error.message}`);
  }
  const used = new Set();
  const notes = [];
  for (const issue of result.issues) {
    issue.file = issue.file.split(path.sep).join('/');
    if (issue.severity.value <= LOW) {
      notes.push(issue);
      continue;
    }
    const entry = accepted.find((candidate) => matches(candidate, issue));
    if (entry) used.add(entry);
    else failures.push(describeIssue(issue));
  }
  for (const entry of accepted.filter((candidate) => !used.has(candidate))) {
    failures.push(
      `${entry.check} in ${entry.file} is accepted but no longer found; remove it from ${path.basename(exclusionsFile)}`,
    );
  }

  console.log(
    `electronegativity: Electron ${electronVersion()}, ${result.atomicChecks} atomic and ` +
      `${result.globalChecks} global checks; ${result.issues.length} findings: ` +
      `${used.size} accepted with a reason, ${notes.length} low or informational, ` +
      `${failures.length} to fix (skipped checks: ${skipped.map((e) => e.check).join(', ') || 'none'})`,
  );
  for (const note of notes) console.log(`  · ${describeIssue(note)}`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

await main();
