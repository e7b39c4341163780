import { describe, expect, it } from 'vitest';
import { CONTRACT_NAMES } from '../../../../shared/contract/contractNames';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { createHandlerTable } from '../../../../electron/handlers/handlerTable';
import { PDF_BASE64, VALID_REPLIES, VALID_REQUESTS } from '../../shared/contract/contractSamples';
import { fakeServices } from './fakeServices';

const pdfBytes = new Uint8Array(Buffer.from(PDF_BASE64, 'base64'));

describe('the handler table', () => {
  it.each(CONTRACT_NAMES)(
    'answers a valid %s request with a reply the contract accepts',
    async (name) => {
      const { services } = fakeServices();
      const table = createHandlerTable(services);
      const reply = await dispatch(table, name, VALID_REQUESTS[name], { checkReply: true });
      expect(reply).toEqual({ ok: true, value: VALID_REPLIES[name] });
    },
  );

  it('hands the export service the decoded PDF bytes and the name', async () => {
    const { services, calls } = fakeServices();
    await dispatch(
      createHandlerTable(services),
      'files.exportPdf',
      VALID_REQUESTS['files.exportPdf'],
    );
    expect(calls).toHaveLength(1);
    const [file] = calls[0]!.args as [{ name: string; bytes: Uint8Array }];
    expect(file.name).toBe('INV-2026-0007 Acme Ltd.pdf');
    expect(new Uint8Array(file.bytes)).toEqual(pdfBytes);
  });

  it('hands the print service bytes, copies, paper size and title', async () => {
    const { services, calls } = fakeServices();
    await dispatch(createHandlerTable(services), 'print.pdf', VALID_REQUESTS['print.pdf']);
    const [request] = calls[0]!.args as [Record<string, unknown>];
    expect(request).toMatchObject({
      printer: 'Office_Laser',
      copies: 2,
      paperSize: 'A4',
      title: 'INV-2026-0007',
    });
    expect(new Uint8Array(request.pdf as Uint8Array)).toEqual(pdfBytes);
  });

  it('hands the mail service attachments as bytes and an absent cc as none', async () => {
    const { services, calls } = fakeServices();
    await dispatch(createHandlerTable(services), 'mail.send', VALID_REQUESTS['mail.send']);
    const [mail] = calls[0]!.args as [{ cc: string[]; attachments: { content: Uint8Array }[] }];
    expect(mail.cc).toEqual([]);
    expect(new Uint8Array(mail.attachments[0]!.content)).toEqual(pdfBytes);
  });

  it('passes a password to save along, and its absence as undefined', async () => {
    const { services, calls } = fakeServices();
    const table = createHandlerTable(services);
    await dispatch(table, 'mail.saveAccount', VALID_REQUESTS['mail.saveAccount']);
    await dispatch(table, 'mail.saveAccount', {
      account: VALID_REQUESTS['mail.saveAccount'].account,
    });
    expect(calls.map((call) => call.args[1])).toEqual(['correct horse', undefined]);
  });

  it('passes service errors through with their code and message', async () => {
    const { services } = fakeServices();
    services.print.listPrinters = () =>
      Promise.resolve({
        ok: false,
        error: { code: 'PRINT_FAILED', message: 'CUPS is not running.' },
      });
    const reply = await dispatch(
      createHandlerTable(services),
      'printers.list',
      {},
      { checkReply: true },
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'PRINT_FAILED', message: 'CUPS is not running.' },
    });
  });
});
