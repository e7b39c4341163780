// `npm run bench`: bundles the benchmark runner (bench/runner.ts, TypeScript) with esbuild
// into dist/bench and runs it. Packages stay in node_modules; only our sources are bundled.
import console from 'node:console';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/bench/runner.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['bench/runner.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
try {
  const { main } = await import(pathToFileURL(outfile).href);
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
}
