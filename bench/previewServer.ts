import { spawn, type ChildProcess } from 'node:child_process';
import { LOOPBACK_TOKEN_META } from '../shared/contract/bridge';

// The preview server (build/preview-server.ts) as its own process, as the Electron main
// process is in the app: it serves the built app and the benchmark page, and writes the
// exported PDFs. Port 0 lets it take any free loopback port.

export type RunningServer = { origin: string; token: string; stop(): Promise<void> };

/** Starts the server and waits for the address it prints. */
export async function startPreviewServer(options: {
  root: string;
  server: string;
  appDir: string;
  port: number;
  exportDir: string;
  dataDir: string;
}): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      options.server,
      '--root',
      options.appDir,
      '--port',
      String(options.port),
      '--export-dir',
      options.exportDir,
      '--data-dir',
      options.dataDir,
    ],
    { cwd: options.root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no preview server:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Invoicer preview: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview server exited (${code}):\n${output}`));
    });
  });
  // The server writes its per-run token only into the app's index.html; read it from there.
  const index = await (await fetch(`${origin}/`)).text();
  const token = new RegExp(`name="${LOOPBACK_TOKEN_META}" content="([^"]+)"`).exec(index)?.[1];
  if (!token) {
    await stop();
    throw new Error('the preview server wrote no API token into index.html');
  }
  return { origin, token, stop };
}
