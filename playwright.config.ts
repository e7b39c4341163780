import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's chromium when present (CI installs it), else Playwright's own download, so the
// same config works on a developer machine after `npx playwright install chromium`.
const systemChromium = '/usr/bin/chromium';
// E2E_PORT lets two developers' runs share a machine: each gets its own server and build.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_PORT ? `dist/e2e-${PORT}` : 'dist/renderer';
const previewServer = process.env.E2E_PORT
  ? `dist/e2e-${PORT}-preview/server.cjs`
  : 'dist/preview/server.cjs';
// node + the vite script rather than npx: no npm start-up noise, the same on every OS.
const vite = 'node node_modules/vite/bin/vite.js';

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: existsSync(systemChromium) ? systemChromium : undefined,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // Builds dist/renderer for the e2e tests and for the Electron smoke test, then serves it
    // with the real services behind the loopback API (build/preview-server.ts): exports land
    // in test-results/exports-<port>, settings and SMTP accounts in preview-data-<port>.
    command:
      `${vite} build --outDir ../${outDir} && ` +
      `node build/build-electron.mjs preview --preview-out ${previewServer} --quiet && ` +
      `node ${previewServer} --root ${outDir} --port ${PORT} ` +
      `--export-dir test-results/exports-${PORT} --data-dir test-results/preview-data-${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
