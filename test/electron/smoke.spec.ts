import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { pdfText } from '../e2e/support/pdfText';
import {
  chooseCustomer,
  createCustomer,
  postFromEditor,
  saveDraftInvoice,
  setUpCompany,
  startInvoice,
  writeLine,
} from '../e2e/support';

// Do not require('electron') to find the binary: since Electron 45 its index.js starts a
// download when the binary is missing. Read the path file the installer writes instead.
function installedElectronBinary(): string | undefined {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const root = path.resolve(import.meta.dirname, '..', '..');
const binary = installedElectronBinary();

test.describe('the Electron app', () => {
  test.skip(
    binary === undefined,
    'Electron binary not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); runs where it is present',
  );

  let app: ElectronApplication;
  let page: Page;
  // A fresh profile per run: an empty database and settings, like a first start.
  const profile = mkdtempSync(path.join(tmpdir(), 'invoicer-electron-'));

  test.beforeAll(async () => {
    // dist/renderer comes from the webServer step of playwright.config.ts; rebuilding it here
    // would race the preview server. The main-process bundle is ours to build.
    execFileSync(process.execPath, ['build/build-electron.mjs'], { cwd: root, stdio: 'inherit' });
    try {
      app = await electron.launch({
        executablePath: binary,
        args: [path.join(root, 'dist', 'electron', 'main.cjs')],
        cwd: root,
        env: { ...process.env, INVOICER_USER_DATA: profile },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      test.skip(true, `Electron binary is present but could not start here: ${reason}`);
      return;
    }
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window titled Invoicer from the app:// origin', async () => {
    await expect(page.getByRole('heading', { name: 'Invoicer', exact: true })).toBeVisible();
    expect(await page.title()).toBe('Invoicer');
    expect(page.url()).toBe('app://invoicer/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  test('the renderer gets the frozen invoicer bridge and no Node', async () => {
    const exposed = await page.evaluate(() => {
      const globals = window as unknown as Record<string, unknown>;
      return {
        bridge: typeof globals.invoicer,
        frozen: Object.isFrozen(globals.invoicer),
        require: typeof globals.require,
        process: typeof globals.process,
      };
    });
    expect(exposed).toEqual({
      bridge: 'object',
      frozen: true,
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('refuses navigation, even within its own origin', async () => {
    // An app:// URL: Chromium itself would allow it, so only our handler stops it, and it is
    // never handed to the system browser, so the test cannot open anything on the host.
    await page.evaluate(() => {
      window.location.href = 'app://invoicer/elsewhere.html';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://invoicer/index.html');
  });

  test('refuses new windows', async () => {
    await page.evaluate(() => window.open('app://invoicer/index.html'));
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
  });

  test('sets up the company, posts an invoice and exports its PDF through the save dialog', async () => {
    // The native save dialog would wait for a person; answer it in the main process instead.
    const target = path.join(profile, 'exported.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never;
    }, target);
    await setUpCompany(page, { vatId: 'DE123456789' });
    await createCustomer(page, { name: 'Αθηνά Παπαδοπούλου' });
    const form = await startInvoice(page);
    await chooseCustomer(form, 'Αθηνά Παπαδοπούλου');
    await writeLine(form, { description: 'Logo design', quantity: '1', price: '800.00' });
    await saveDraftInvoice(form);
    await postFromEditor(page);
    const year = new Date().getFullYear();
    await expect(page.getByRole('heading', { name: `Invoice INV-${year}-0001` })).toBeVisible();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `PDF saved as ${target}` }),
    ).toBeVisible();
    const text = await pdfText(target);
    expect(text).toContain(`INV-${year}-0001`);
    expect(text).toContain('Αθηνά Παπαδοπούλου');
    expect(text).toContain('952.00'); // 800.00 + 19 % VAT
  });
});
