import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const C_LOCALE = { ...process.env, LANG: 'C', LC_ALL: 'C' };

/** The cups-pdf queue the print tests print to; start-cups.sh adds it. */
export const TEST_QUEUE = 'InvoicerTestPDF';
/** A queue that accepts jobs and never prints them, like a printer switched off. */
export const STOPPED_TEST_QUEUE = 'InvoicerTestStopped';

const START_SCRIPT = fileURLToPath(new URL('./start-cups.sh', import.meta.url));

/**
 * Makes sure CUPS runs with the test queues (start-cups.sh: starts cupsd when `lpstat -r`
 * says it is not running, adds the queues if missing) and returns them and the folder
 * cups-pdf writes to. Throws with the script's explanation when that cannot be done here: the
 * print tests must fail, not skip, where CUPS is missing.
 */
export async function ensureCupsTestQueues(): Promise<{
  queue: string;
  stoppedQueue: string;
  outputDir: string;
}> {
  try {
    await run('bash', [START_SCRIPT], { env: C_LOCALE });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(
      `CUPS with the cups-pdf queues ${TEST_QUEUE} and ${STOPPED_TEST_QUEUE} is needed for the print tests and could not be set up: ${(stderr ?? '').trim() || message}. ` +
        'Install cups-daemon, cups-client, cups-ipp-utils, printer-driver-cups-pdf and poppler-utils, and run test/integration/support/start-cups.sh as root.',
    );
  }
  return {
    queue: TEST_QUEUE,
    stoppedQueue: STOPPED_TEST_QUEUE,
    outputDir: await cupsPdfOutputDir(),
  };
}

/**
 * The folder cups-pdf writes this user's jobs to: the last Out line of
 * /etc/cups/cups-pdf.conf with ${HOME} and ${USER} of the printing user, else cups-pdf's
 * default /var/spool/cups-pdf/${USER}.
 */
export async function cupsPdfOutputDir(confFile = '/etc/cups/cups-pdf.conf'): Promise<string> {
  const user = userInfo();
  let out = '/var/spool/cups-pdf/${USER}';
  try {
    const lines = (await readFile(confFile, 'utf8')).split(/\r?\n/);
    for (const line of lines) {
      const match = /^\s*Out\s+(\S.*?)\s*$/.exec(line);
      if (match?.[1]) out = match[1];
    }
  } catch {
    // No config file: cups-pdf uses its default.
  }
  return out.replaceAll('${HOME}', user.homedir).replaceAll('${USER}', user.username);
}

/** Waits for the cups-pdf output file whose name contains `token`; its full path. */
export async function waitForCupsPdfOutput(outputDir: string, token: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(outputDir).catch(() => [] as string[]);
    const found = names.find((name) => name.includes(token) && name.endsWith('.pdf'));
    if (found !== undefined) return path.join(outputDir, found);
    if (Date.now() > deadline) {
      throw new Error(
        `cups-pdf wrote no file with "${token}" to ${outputDir} within ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** pdfinfo's page count and page size (points) of a PDF file. */
export async function pdfInfo(file: string): Promise<{ pages: number; pageSize: string }> {
  const { stdout } = await run('pdfinfo', [file], { env: C_LOCALE });
  const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
  const size = /^Page size:\s+([\d.]+ x [\d.]+) pts/m.exec(stdout)?.[1];
  if (pages === undefined || size === undefined) throw new Error(`pdfinfo said: ${stdout}`);
  return { pages: Number(pages), pageSize: size };
}

/**
 * The IPP attributes CUPS keeps for a job (copies, media, job-state, ...), from ipptool:
 * what lp really asked for, which the cups-pdf output alone does not show.
 */
export async function ippJobAttributes(jobId: string): Promise<Record<string, string>> {
  const number = jobId.slice(jobId.lastIndexOf('-') + 1);
  const { stdout } = await run(
    'ipptool',
    ['-tv', `ipp://localhost/jobs/${number}`, 'get-job-attributes.test'],
    { env: C_LOCALE },
  );
  const attributes: Record<string, string> = {};
  for (const match of stdout.matchAll(/^\s+([a-z0-9-]+) \([^)]*\) = (.*)$/gm)) {
    // The response comes after the request; its value wins.
    attributes[match[1]!] = match[2]!;
  }
  return attributes;
}
