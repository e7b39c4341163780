// `npm run preview`: the renderer's build and the app's services on http://127.0.0.1:4173,
// so the app can be tried, and end-to-end tested, in a browser with real export, print and
// mail. Bundled by build/build-electron.mjs into dist/preview/server.cjs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePreviewArgs, PREVIEW_USAGE } from './preview-server.args';
import { startPreviewServer } from './preview-server.services';

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<number> {
  const args = parsePreviewArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.error);
    return 2;
  }
  if (args.value.help) {
    console.log(PREVIEW_USAGE);
    return 0;
  }
  const { root } = args.value;
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`${root} has no index.html; build the renderer first (npx vite build).`);
    return 1;
  }
  const server = await startPreviewServer({ ...args.value, version: packageVersion() });
  console.log(`Invoicer preview: ${server.url}`);
  console.log(`  exports go to ${server.exportDir}`);
  console.log(`  settings and e-mail accounts are kept in ${server.dataDir}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error('The preview server could not start:', error);
    process.exitCode = 1;
  },
);
