// The PDF Web Worker (a module worker bundled by Vite, see pdfWorkerClient.ts). It keeps
// the parsed font and the converted logo between requests, so a batch export pays for them
// once. The PDF bytes are transferred back, not copied.
import {
  answerPdfRequest,
  type PdfWorkerRequest,
  type PdfWorkerResponse,
} from './pdfWorkerProtocol';

// The project's TypeScript lib is the DOM's, whose `self` is a Window; in a worker it is the
// worker's global scope, of which only these two members are used.
type WorkerScope = {
  onmessage: ((event: MessageEvent<PdfWorkerRequest>) => void) | null;
  postMessage: (message: PdfWorkerResponse, transfer: Transferable[]) => void;
};

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const response = answerPdfRequest(event.data);
  scope.postMessage(response, response.ok ? [response.bytes.buffer] : []);
};
