// `npm test`: typecheck, lint, format check, electronegativity, vitest, Playwright. Every
// step runs even when an earlier one fails, so one run shows everything that is wrong. The
// last line of output is always `N passed, N failed[, N skipped]`; .ci/run relies on that.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = path.join(root, 'test-results');

/** Runs a package's CLI with this Node, without npx (no npm noise, works on Windows too). */
function run(pkg, binName, args, env = {}) {
  const dir = path.join(root, 'node_modules', pkg);
  let script;
  try {
    const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    script = path.join(dir, typeof bin === 'string' ? bin : bin[binName]);
  } catch (error) {
    console.error(`cannot find the ${binName} CLI (${error.message}); run npm ci first`);
    return false;
  }
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

/** Runs one of the project's own Node scripts. */
function runScript(script, args = []) {
  const result = spawnSync(process.execPath, [path.join(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status === 0;
}

function readReport(file) {
  try {
    return JSON.parse(readFileSync(path.join(reports, file), 'utf8'));
  } catch {
    return undefined;
  }
}

/** A check (typecheck, lint, format) counts as one test. */
function check(passes) {
  return passes() ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

/** Counts from a runner's JSON report; a crash, a silent non-zero exit or zero tests fail. */
function runner(exitedCleanly, counts) {
  if (!counts) return { passed: 0, failed: 1, skipped: 0, note: 'crashed without a report' };
  if (counts.passed + counts.failed === 0) return { ...counts, failed: 1, note: 'no tests ran' };
  if (!exitedCleanly && counts.failed === 0) {
    return { ...counts, failed: 1, note: 'exited non-zero (see output above)' };
  }
  return counts;
}

function vitestCounts(report) {
  if (!report) return undefined;
  // A test file that fails to load has no tests of its own; count it as one failure.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(report) {
  if (!report) return undefined;
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

const steps = [
  [
    'typecheck',
    () =>
      check(() =>
        // Both, even if the first fails.
        [
          run('typescript', 'tsc', ['--noEmit', '-p', 'tsconfig.json']),
          run('typescript', 'tsc', ['--noEmit', '-p', 'tsconfig.shared.json']),
        ].every(Boolean),
      ),
  ],
  ['lint', () => check(() => run('eslint', 'eslint', ['--max-warnings', '0', '.']))],
  ['format', () => check(() => run('prettier', 'prettier', ['--check', '.']))],
  // Electron misconfigurations in electron/ (findings above LOW fail unless accepted with a
  // reason in test/security/electronegativity-exclusions.json); offline.
  ['electronegativity', () => check(() => runScript('test/security/electronegativity.mjs'))],
  [
    'vitest',
    () => {
      const ok = run('vitest', 'vitest', [
        'run',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=test-results/vitest.json',
      ]);
      return runner(ok, vitestCounts(readReport('vitest.json')));
    },
  ],
  [
    'playwright',
    () => {
      const ok = run('@playwright/test', 'playwright', ['test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json'),
      });
      return runner(ok, playwrightCounts(readReport('playwright.json')));
    },
  ],
];

mkdirSync(reports, { recursive: true });
for (const stale of ['vitest.json', 'playwright.json']) {
  rmSync(path.join(reports, stale), { force: true }); // never count an old run's report
}

const rows = steps.map(([name, step]) => {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const counts = step();
  return { name, ...counts, seconds: (Date.now() - started) / 1000 };
});

const total = { passed: 0, failed: 0, skipped: 0 };
const nameWidth = Math.max(...rows.map((row) => row.name.length)) + 2;
const line = (cells) =>
  cells.map((cell, i) => (i ? cell.padStart(8) : cell.padEnd(nameWidth))).join('');
console.log(`\n${line(['step', 'passed', 'failed', 'skipped', 'time'])}`);
for (const row of rows) {
  for (const key of Object.keys(total)) total[key] += row[key];
  const counts = [row.passed, row.failed, row.skipped].map(String);
  console.log(
    `${line([row.name, ...counts, `${row.seconds.toFixed(1)}s`])}  ${row.note ?? ''}`.trimEnd(),
  );
}

const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exitCode = total.failed > 0 || total.passed === 0 ? 1 : 0;
