import { spawn } from 'node:child_process';

/** How a command ended: its exit code (null if killed), and what it printed. */
export type CommandResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs a program with arguments (never through a shell) and optional standard input.
 * Resolves however the program exits; rejects only when it cannot be started (ENOENT:
 * not installed).
 */
export type RunCommand = (
  file: string,
  args: readonly string[],
  input?: string | Uint8Array,
) => Promise<CommandResult>;

const TIMEOUT_MS = 30_000;
const MAX_OUTPUT = 4 * 1024 * 1024;

/**
 * The real RunCommand: spawn without a shell, in the C locale so that lp and lpstat answer
 * in the English the parsers read, killed after 30 seconds (a hung CUPS must not hang the
 * app), output capped at 4 MB.
 */
export const runCommand: RunCommand = (file, args, input) =>
  new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      shell: false,
      windowsHide: true,
      env: { ...process.env, LANG: 'C', LC_ALL: 'C', LC_MESSAGES: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_OUTPUT) into.push(chunk);
      else child.kill('SIGKILL');
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    // A program that exits before reading its input closes the pipe; that is not an error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
