import { spawn } from 'node:child_process';
import path from 'node:path';
import { build as viteBuild } from 'vite';

// What the benchmark runs on, built fresh: the font subset (a no-op when up to date), the
// app's renderer exactly as `vite build` makes it, the benchmark page into a folder of its
// own beside it (same origin, so the same IndexedDB; never part of the app's bundle), and
// the preview server that serves both with the app's services behind its loopback API.

export type BenchBuild = { appDir: string; previewServer: string };

// zod's sources carry /* @__PURE__ */ comments where Rollup cannot use them; it says so at
// length on every build. The app's own build is unchanged by hiding that.
const quiet = {
  onwarn(warning: { code?: string }, warn: (warning: never) => void) {
    if (warning.code !== 'INVALID_ANNOTATION') warn(warning as never);
  },
};

/** Runs `node <args>` in `root`; rejects with its output when it fails. */
export function runNode(root: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

/** Where the build goes: dist/bench. */
export function benchBuildPaths(root: string): BenchBuild {
  const out = path.join(root, 'dist', 'bench');
  return { appDir: path.join(out, 'app'), previewServer: path.join(out, 'preview', 'server.cjs') };
}

/** Builds everything into dist/bench. */
export async function buildForBench(root: string): Promise<BenchBuild> {
  const { appDir, previewServer } = benchBuildPaths(root);
  await runNode(root, ['build/make-font-subset.mjs']);
  await viteBuild({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: appDir, emptyOutDir: true, rollupOptions: quiet, chunkSizeWarningLimit: 2048 },
  });
  await viteBuild({
    configFile: false,
    root: path.join(root, 'bench', 'page'),
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      outDir: path.join(appDir, 'bench'),
      emptyOutDir: true,
      rollupOptions: { ...quiet, input: path.join(root, 'bench', 'page', 'bench.html') },
      chunkSizeWarningLimit: 4096,
    },
  });
  await runNode(root, [
    'build/build-electron.mjs',
    'preview',
    '--preview-out',
    path.relative(root, previewServer),
    '--quiet',
  ]);
  return { appDir, previewServer };
}
