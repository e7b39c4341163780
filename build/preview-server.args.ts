import { homedir } from 'node:os';
import path from 'node:path';
import { err, ok, type Result } from '../shared/result';

/** How the preview server was asked to run. */
export type PreviewArgs = {
  port: number;
  /** The renderer's build to serve. */
  root: string;
  /** Where exports go; null: a new folder under the OS temp folder, made at start. */
  exportDir: string | null;
  /** Settings, SMTP accounts and the key of their passwords. */
  dataDir: string;
  help: boolean;
};

export const PREVIEW_USAGE = `Usage: node dist/preview/server.cjs [options]

Serves the renderer's build and the app's services (export, print, mail) on 127.0.0.1.

  --port <n>          port on 127.0.0.1 (default 4173; 0 for any free port)
  --root <dir>        the renderer build to serve (default dist/renderer)
  --export-dir <dir>  where exported PDFs are written (default: a new folder in the
                      system's temp folder, printed at start)
  --data-dir <dir>    settings, e-mail accounts and the key of their passwords
                      (default ~/.invoicer-preview)
  --help              this text`;

const VALUE_OPTIONS = new Set(['--port', '--root', '--export-dir', '--data-dir']);

/** Reads the command line of the preview server; a message for the person when it is wrong. */
export function parsePreviewArgs(argv: readonly string[]): Result<PreviewArgs, string> {
  const values = new Map<string, string>();
  let help = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (!VALUE_OPTIONS.has(name)) return err(`Unknown option ${arg}.\n\n${PREVIEW_USAGE}`);
    const value = inline ?? argv[(index += 1)];
    if (value === undefined || value === '') return err(`${name} needs a value.`);
    values.set(name, value);
  }
  const port = Number(values.get('--port') ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return err('--port must be a whole number from 0 to 65535.');
  }
  const exportDir = values.get('--export-dir');
  return ok({
    port,
    root: path.resolve(values.get('--root') ?? 'dist/renderer'),
    exportDir: exportDir === undefined ? null : path.resolve(exportDir),
    dataDir: path.resolve(values.get('--data-dir') ?? path.join(homedir(), '.invoicer-preview')),
    help,
  });
}
