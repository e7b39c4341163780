import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LOOPBACK_TOKEN_META } from '../shared/contract/bridge';
import { createHandlerTable } from '../electron/handlers/handlerTable';
import { createBackupService } from '../electron/services/backups/backupService';
import type { BackupServiceSettings } from '../electron/services/backups/backupService';
import { createFileService } from '../electron/services/files/fileService';
import type { FileSettings } from '../electron/services/files/fileSettings';
import { createMailService } from '../electron/services/mail/mailService';
import { createPrintService } from '../electron/services/print/printService';
import type { AppSettings } from '../electron/services/settings/appSettings';
import { createConfSettingsStore } from '../electron/services/settings/confSettingsStore';
import { startLoopbackServer } from '../electron/transport/loopbackServer';
import { createStaticFiles } from '../electron/transport/staticFiles';
import { createPreviewSecretBox } from './preview-server.secretBox';

export type PreviewServerOptions = {
  port: number;
  root: string;
  /** null: a new folder under the OS temp folder. */
  exportDir: string | null;
  dataDir: string;
  version: string;
  log?: (message: string, error?: unknown) => void;
};

export type PreviewServer = {
  url: string;
  token: string;
  exportDir: string;
  dataDir: string;
  close(): Promise<void>;
};

/** index.html with this run's API token in a <meta> the renderer's API client reads. */
export function withTokenMeta(html: string, token: string): string {
  // The token is base64url: nothing in it needs escaping inside an attribute.
  const meta = `<meta name="${LOOPBACK_TOKEN_META}" content="${token}" />`;
  const head = /<head[^>]*>/i.exec(html);
  if (head === null) return `${meta}\n${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

/**
 * The browser preview: the renderer's build and the loopback API on one 127.0.0.1 origin,
 * over the real services (conf settings in `dataDir`, CUPS printing, SMTP mail, exports
 * into `exportDir`). Only file dialogs are missing; exports go into the export folder.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const log = options.log ?? ((message, error) => console.error(message, error ?? ''));
  // Settings and the password key: this user's only.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const exportDir =
    options.exportDir ?? (await mkdtemp(path.join(tmpdir(), 'invoicer-preview-exports-')));
  mkdirSync(exportDir, { recursive: true });

  const store = createConfSettingsStore<AppSettings & FileSettings & BackupServiceSettings>(
    options.dataDir,
  );
  const table = createHandlerTable({
    app: {
      name: 'Invoicer',
      version: options.version,
      platform: process.platform,
      mode: 'preview',
    },
    files: createFileService({ exportDir, store, log }),
    print: createPrintService({ platform: process.platform, tmpDir: tmpdir() }),
    // Automatic backups next to the preview's settings; "Back up now" into the export folder.
    backups: createBackupService({
      automaticDir: path.join(options.dataDir, 'backups'),
      exportDir,
      store,
      log,
    }),
    mail: createMailService({ store, secrets: createPreviewSecretBox(options.dataDir) }),
  });

  let token = '';
  const serveStatic = createStaticFiles({
    root: options.root,
    transformIndex: (html) => withTokenMeta(html, token),
  });
  const server = await startLoopbackServer({
    table,
    port: options.port,
    fallback: serveStatic,
    log,
  });
  token = server.token;

  return {
    url: `${server.origin}/`,
    token,
    exportDir,
    dataDir: options.dataDir,
    close: () => server.close(),
  };
}
