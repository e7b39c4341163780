/** What a screen can do about a failed print operation. */
export type PrintErrorCode =
  'PRINTER_NOT_FOUND' | 'PRINT_FAILED' | 'PRINT_TIMEOUT' | 'INVALID_REQUEST';

/** A failed print operation: a code to act on and a sentence for the person. */
export type PrintError = { code: PrintErrorCode; message: string };

/** The error of a printer that is not (or no longer) set up. */
export function printerNotFound(name: string): PrintError {
  return {
    code: 'PRINTER_NOT_FOUND',
    message: `The printer "${name}" is not set up on this computer. Choose another printer, or add it in the system's printer settings.`,
  };
}

/** The error of a request that does not have the shape the service accepts. */
export function invalidPrintRequest(message: string): PrintError {
  return { code: 'INVALID_REQUEST', message };
}

/** A failure with the system's own words appended, for whoever helps the user. */
export function printFailed(message: string, detail = ''): PrintError {
  const said = detail.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { code: 'PRINT_FAILED', message: said === '' ? message : `${message} (${said})` };
}

const NO_CUPS =
  'This computer has no printing system (CUPS) installed, so documents cannot be printed from here. Export the PDF and print it from another program.';

/** The program (lp, lpstat) could not be started at all. */
export function printSystemMissing(): PrintError {
  return { code: 'PRINT_FAILED', message: NO_CUPS };
}

/**
 * Turns what lp or lpstat wrote on failure into an error, in the C locale's words: a
 * printer that does not exist, a scheduler that is not running, a queue that refuses jobs.
 */
export function mapCupsFailure(stderr: string, printer: string | null): PrintError {
  if (/does not exist|Invalid destination name|Unknown destination|not found/i.test(stderr)) {
    return printerNotFound(printer ?? '');
  }
  if (/scheduler is not running|Unable to connect to server|Connection refused/i.test(stderr)) {
    return printFailed(
      "The computer's printing service (CUPS) is not running. Start it, or restart the computer, and print again.",
    );
  }
  if (/not accepting jobs/i.test(stderr)) {
    return printFailed(
      `The printer "${printer ?? ''}" is not accepting jobs at the moment. Check it in the system's printer settings.`,
    );
  }
  if (/forbidden|not authorized|permission denied/i.test(stderr)) {
    return printFailed('This user may not print to the printer.', stderr);
  }
  return printFailed('The document could not be sent to the printer.', stderr);
}
