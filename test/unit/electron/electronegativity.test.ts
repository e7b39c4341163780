import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// The electronegativity step of npm test (test/security/electronegativity.mjs), run on small
// projects with known faults: it must fail on them, name them, and honour only exclusions
// that give a reason and still match something.

const script = fileURLToPath(new URL('../../security/electronegativity.mjs', import.meta.url));
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'" />`;

const INSECURE_MAIN = `import { app, BrowserWindow } from 'electron';
app.whenReady().then(() => {
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadURL('app://invoicer/index.html');
});
`;

/** Guarded as electronegativity wants, but with an openExternal of a variable URL. */
const OPENING_MAIN = `import { app, session, shell } from 'electron';
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void shell.openExternal(url);
    return { action: 'deny' };
  });
});
app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_c, _p, grant) => grant(false));
});
`;

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Exclusions = {
  skippedChecks?: { check: string; reason?: string }[];
  acceptedFindings?: { check: string; file?: string; code?: string; reason?: string }[];
};

const OFFLINE = {
  check: 'AvailableSecurityFixesGlobalCheck',
  reason: 'It downloads the release list; tests run offline.',
};

/** Runs the step on a project of these files with these exclusions. */
function scan(files: Record<string, string>, exclusions: Exclusions) {
  const root = mkdtempSync(path.join(tmpdir(), 'invoicer-eng-test-'));
  dirs.push(root);
  for (const [file, text] of Object.entries({ 'package.json': '{"name":"x"}', ...files })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const exclusionFile = path.join(root, 'exclusions.json');
  writeFileSync(exclusionFile, JSON.stringify(exclusions));
  const result = spawnSync(
    process.execPath,
    [script, '--root', root, '--exclusions', exclusionFile],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the electronegativity step', () => {
  // (nodeIntegration: true alone is only INFORMATIONAL to electronegativity 1.10;
  // windowOptions.test.ts holds that line.)
  it('fails on a window without context isolation or sandbox, and on a missing CSP', () => {
    const { status, output } = scan(
      { 'electron/main.ts': INSECURE_MAIN, 'renderer/index.html': '<html></html>' },
      { skippedChecks: [OFFLINE] },
    );
    expect(status).toBe(1);
    for (const check of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK']) {
      expect(output).toMatch(new RegExp(`✗ (HIGH|MEDIUM) ${check}`));
    }
    expect(output).toContain('electron/main.ts:3:');
  });

  it('accepts a finding only with its reason, and only where the entry says', () => {
    const files = {
      'electron/main.ts': OPENING_MAIN,
      'renderer/index.html': `<html><head>${CSP}</head></html>`,
    };
    const accepted = {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'electron/main.ts',
      code: 'void shell.openExternal(url)',
      reason: 'Only ever called with URLs checked to be https.',
    };
    const missing = scan(files, { skippedChecks: [OFFLINE] });
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/MEDIUM OPEN_EXTERNAL_JS_CHECK at electron\/main.ts:5:/);

    expect(scan(files, { skippedChecks: [OFFLINE], acceptedFindings: [accepted] }).status).toBe(0);

    const elsewhere = scan(files, {
      skippedChecks: [OFFLINE],
      acceptedFindings: [{ ...accepted, code: 'shell.openExternal(other)' }],
    });
    expect(elsewhere.status).toBe(1);

    const unexplained = scan(files, {
      skippedChecks: [OFFLINE],
      acceptedFindings: [{ ...accepted, reason: '' }],
    });
    expect(unexplained.status).toBe(1);
    expect(unexplained.output).toContain('OPEN_EXTERNAL_JS_CHECK: give the reason');
  });

  it('fails on an accepted finding that no longer occurs', () => {
    const { status, output } = scan(
      { 'electron/main.ts': OPENING_MAIN, 'renderer/index.html': `<html>${CSP}</html>` },
      {
        skippedChecks: [OFFLINE],
        acceptedFindings: [
          {
            check: 'OPEN_EXTERNAL_JS_CHECK',
            file: 'electron/main.ts',
            reason: 'Only ever called with URLs checked to be https.',
          },
          {
            check: 'NODE_INTEGRATION_JS_CHECK',
            file: 'electron/main.ts',
            reason: 'Was needed once, for a window that is gone.',
          },
        ],
      },
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'NODE_INTEGRATION_JS_CHECK in electron/main.ts is accepted but no longer found',
    );
    expect(output).not.toMatch(/✗ .*OPEN_EXTERNAL/);
  });

  it('refuses to skip a check without saying why', () => {
    const { status, output } = scan(
      { 'electron/main.ts': 'export {};\n', 'renderer/index.html': `<html>${CSP}</html>` },
      { skippedChecks: [{ check: 'AvailableSecurityFixesGlobalCheck' }] },
    );
    expect(status).toBe(1);
    expect(output).toContain('AvailableSecurityFixesGlobalCheck: give the reason');
  });
});
