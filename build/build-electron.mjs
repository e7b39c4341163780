// Bundles the main process and the preload into dist/electron, and the browser preview's
// server into dist/preview, as CommonJS: a sandboxed preload cannot load ES modules, and
// 'electron' is provided by the runtime, not bundled.
//
//   node build/build-electron.mjs                  everything
//   node build/build-electron.mjs electron         main process and preload
//   node build/build-electron.mjs preview [--preview-out <file>] [--quiet]
//                                                  the preview server only (the e2e tests
//                                                  give each port its own file; --quiet:
//                                                  warnings and errors only)
import { build } from 'esbuild';

const args = process.argv.slice(2);
const target = args.find((arg) => !arg.startsWith('--')) ?? 'all';
const outIndex = args.indexOf('--preview-out');
const previewOut = outIndex >= 0 ? args[outIndex + 1] : 'dist/preview/server.cjs';
if (!['all', 'electron', 'preview'].includes(target) || !previewOut) {
  console.error(
    'usage: node build/build-electron.mjs [all|electron|preview] [--preview-out <file>]',
  );
  process.exit(2);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // pdf-to-printer finds its bundled SumatraPDF next to its own files: keep it in node_modules.
  external: ['electron', 'pdf-to-printer'],
  sourcemap: true,
  logLevel: args.includes('--quiet') ? 'warning' : 'info',
};

const builds = [];
if (target !== 'preview') {
  builds.push(
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    build({
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
    }),
  );
}
if (target !== 'electron') {
  builds.push(
    build({
      ...common,
      // The preview runs with the Node of the machine (20+), not Electron's.
      target: 'node20',
      entryPoints: ['build/preview-server.ts'],
      outfile: previewOut,
    }),
  );
}
await Promise.all(builds);
