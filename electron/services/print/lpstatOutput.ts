/** A printer as the print dialog lists it. */
export type PrinterInfo = {
  name: string;
  description: string;
  isDefault: boolean;
  /** false: the queue is stopped; jobs wait until someone enables it. */
  enabled: boolean;
};

/**
 * The printers in `lpstat -l -p -d` output (C locale): "printer NAME is idle. …" or
 * "printer NAME disabled since …" lines, their indented "Description: …" lines, and
 * "system default destination: NAME". Lines it does not know are skipped, so a CUPS
 * that says more than this one does still parses.
 */
export function parsePrinters(output: string): {
  printers: PrinterInfo[];
  defaultName: string | null;
} {
  const printers: PrinterInfo[] = [];
  let defaultName: string | null = null;
  let current: PrinterInfo | undefined;
  for (const line of output.split(/\r?\n/)) {
    const printer = /^printer (\S+)\s+(.*)$/.exec(line);
    if (printer) {
      const [, name = '', rest = ''] = printer;
      current = { name, description: name, isDefault: false, enabled: !/^disabled\b/.test(rest) };
      printers.push(current);
      continue;
    }
    const description = /^\s+Description:\s?(.*)$/.exec(line);
    if (description && current) {
      const text = (description[1] ?? '').trim();
      if (text !== '') current.description = text;
      continue;
    }
    const fallback = /^system default destination:\s*(\S+)/.exec(line);
    if (fallback) {
      defaultName = fallback[1] ?? null;
      continue;
    }
    // Any other line that is not indented ends the current printer's details.
    if (!/^\s/.test(line)) current = undefined;
  }
  for (const printer of printers) printer.isDefault = printer.name === defaultName;
  return { printers, defaultName };
}

/** The destination names of `lpstat -e`: one a line (printers, instances, temporary queues). */
export function parseDestinations(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/\s/.test(line));
}

/** The job ids (the first word of each line) of `lpstat -o` or `lpstat -W completed -o`. */
export function parseJobIds(output: string): string[] {
  return output
    .split(/\r?\n/)
    .filter((line) => line !== '' && !/^\s/.test(line))
    .map((line) => line.split(/\s+/, 1)[0] ?? '');
}

/** The job id in lp's answer "request id is Printer-42 (1 file(s))", or null. */
export function parseRequestId(output: string): string | null {
  const match = /request id is (\S+)/.exec(output);
  return match?.[1] ?? null;
}
