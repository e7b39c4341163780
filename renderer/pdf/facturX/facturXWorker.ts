// The Factur-X Web Worker: turns a document's PDF and its CII XML into a Factur-X PDF with
// pdf-lib (makeFacturXPdf), off the UI thread. A module worker of its own, bundled by Vite
// as a separate chunk, so pdf-lib is loaded on the first Factur-X export only and never
// with the main bundle or the PDF worker. The bytes go back transferred, not copied.
import type { FacturXRequest, FacturXResponse } from './facturXClient';
import { makeFacturXPdf } from './makeFacturXPdf';

// The project's TypeScript lib is the DOM's, whose `self` is a Window; in a worker it is the
// worker's global scope, of which only these two members are used.
type WorkerScope = {
  onmessage: ((event: MessageEvent<FacturXRequest>) => void) | null;
  postMessage: (message: FacturXResponse, transfer: Transferable[]) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { pdf, xml, date } = event.data;
  makeFacturXPdf(pdf, xml, { date: new Date(date) }).then(
    (bytes) => scope.postMessage({ ok: true, bytes }, [bytes.buffer]),
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      scope.postMessage(
        { ok: false, message: `The Factur-X PDF could not be made: ${reason}` },
        [],
      );
    },
  );
};
