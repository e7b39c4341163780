// The PDF worker and its client, in Node: a stand-in Worker runs the worker's own request
// handler on a later turn, after a structured clone, as a real Web Worker would.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { renderDocumentPdf } from '../../../renderer/pdf/renderInvoicePdf';
import { generatePdfInWorker, stopPdfWorker } from '../../../renderer/pdf/pdfWorkerClient';
import {
  answerPdfRequest,
  type PdfWorkerRequest,
  type PdfWorkerResponse,
} from '../../../renderer/pdf/pdfWorkerProtocol';
import { pdfInput } from '../../unit/shared/pdf/pdfFixtures';
import { creditNote, twoRateInvoice } from '../../unit/shared/pdf/pdfScenarios';

class StandInWorker {
  static started: StandInWorker[] = [];
  onmessage: ((event: { data: PdfWorkerResponse }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: { type?: string },
  ) {
    StandInWorker.started.push(this);
  }

  postMessage(request: PdfWorkerRequest): void {
    const copy = structuredClone(request);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: answerPdfRequest(copy) });
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
}

vi.stubGlobal('Worker', StandInWorker);

afterEach(() => {
  stopPdfWorker();
  StandInWorker.started = [];
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('generatePdfInWorker', () => {
  it('makes the PDF in a module worker started from pdfWorker.ts', async () => {
    const input = pdfInput(twoRateInvoice());
    const bytes = await generatePdfInWorker(input);
    expect(bytes).toEqual(renderDocumentPdf(input));
    const [worker] = StandInWorker.started;
    expect(worker?.url.pathname.endsWith('/renderer/pdf/pdfWorker.ts')).toBe(true);
    expect(worker?.options).toEqual({ type: 'module' });
  });

  it('answers several requests from one worker, each with its own PDF', async () => {
    const invoice = pdfInput(twoRateInvoice());
    const credit = pdfInput(creditNote());
    const [first, second] = await Promise.all([
      generatePdfInWorker(invoice),
      generatePdfInWorker(credit),
    ]);
    expect(first).toEqual(renderDocumentPdf(invoice));
    expect(second).toEqual(renderDocumentPdf(credit));
    expect(StandInWorker.started).toHaveLength(1);
  });

  it('rejects with the reason when the PDF cannot be made', async () => {
    const draft = { ...twoRateInvoice(), number: null, posted: null };
    await expect(generatePdfInWorker(pdfInput(draft))).rejects.toThrow(
      /The PDF could not be made: A PDF needs a posted document/,
    );
  });

  it('fails the waiting requests when the worker dies, and starts a new one next time', async () => {
    const waiting = generatePdfInWorker(pdfInput(twoRateInvoice()));
    StandInWorker.started[0]!.crash('out of memory');
    await expect(waiting).rejects.toThrow('The PDF worker stopped: out of memory');
    expect(StandInWorker.started[0]!.terminated).toBe(true);
    await generatePdfInWorker(pdfInput(creditNote()));
    expect(StandInWorker.started).toHaveLength(2);
  });
});

describe('the worker script', () => {
  it('answers each message and transfers the PDF bytes instead of copying them', async () => {
    const posted: { message: PdfWorkerResponse; transfer: unknown[] }[] = [];
    const scope = {
      onmessage: null as ((event: { data: PdfWorkerRequest }) => void) | null,
      postMessage: (message: PdfWorkerResponse, transfer: unknown[]) =>
        posted.push({ message, transfer }),
    };
    vi.stubGlobal('self', scope);
    await import('../../../renderer/pdf/pdfWorker');
    scope.onmessage?.({ data: { id: 7, input: pdfInput(creditNote()) } });
    expect(posted).toHaveLength(1);
    const [{ message, transfer }] = posted as [{ message: PdfWorkerResponse; transfer: unknown[] }];
    expect(message.id).toBe(7);
    expect(message.ok && transfer).toEqual([message.ok ? message.bytes.buffer : null]);
  });
});
