import { describe, expect, it } from 'vitest';
import {
  attachmentFiles,
  attachmentFilesResult,
  FALLBACK_MAIL_EINVOICE_FORMAT,
  planAttachments,
  type AttachmentInput,
  type PlannedAttachment,
} from '../../../../../renderer/screens/documents/mailAttachments';
import { eInvoiceRouting } from '../../../../../shared/einvoice/eInvoiceRouting';
import { exportEInvoice } from '../../../../../shared/einvoice/exportEInvoice';
import type { RoutingCustomer } from '../../../../../shared/einvoice/eInvoiceRouting';
import { line, posted, SELLER } from '../../../shared/einvoice/eInvoiceFixtures';

const COMPANY = { vatId: SELLER.vatId, email: SELLER.email };
const LEITWEG = '04011000-1234512345-06';
const PDF_NAME = 'INV-2026-0042 Stadtverwaltung.pdf';

/** A German authority with its Leitweg-ID: every format can be made for it. */
function customer(format: 'peppol' | 'xrechnung' | 'cii' | null): RoutingCustomer {
  return {
    eInvoice: { format, buyerReference: LEITWEG, endpointScheme: '0204', endpointId: LEITWEG },
    directDebit: null,
  };
}

const invoice = posted({ number: 'INV-2026-0042', lines: [line()] });

function input(overrides: Partial<AttachmentInput>): AttachmentInput {
  return {
    attach: 'pdf',
    document: invoice,
    customer: customer('xrechnung'),
    company: COMPANY,
    pdfFileName: PDF_NAME,
    ...overrides,
  };
}

function plannedFiles(overrides: Partial<AttachmentInput>): PlannedAttachment[] {
  const plan = planAttachments(input(overrides));
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value.files;
}

describe('what a mailed document carries', () => {
  it('PDF only attaches the PDF alone and makes no e-invoice', () => {
    const plan = planAttachments(input({ attach: 'pdf', customer: null }));
    expect(plan).toEqual({
      ok: true,
      value: { files: [{ kind: 'pdf', filename: PDF_NAME }], format: null, preferred: false },
    });
  });

  it('PDF and e-invoice attaches both, the XML in the customer’s format exactly as Export e-invoice writes it', () => {
    const files = plannedFiles({ attach: 'pdfAndEInvoice' });
    const routing = eInvoiceRouting(invoice, 'xrechnung', customer('xrechnung'), COMPANY);
    const exported = exportEInvoice({ document: invoice, format: 'xrechnung', routing }, PDF_NAME);
    if (!exported.ok) throw new Error(exported.error.message);
    expect(files).toEqual([
      { kind: 'pdf', filename: PDF_NAME },
      {
        kind: 'xml',
        filename: 'INV-2026-0042 Stadtverwaltung.xrechnung.xml',
        xml: exported.value.xml,
      },
    ]);
  });

  it('e-invoice only attaches the XML alone', () => {
    const files = plannedFiles({ attach: 'eInvoice', customer: customer('cii') });
    expect(files.map((file) => [file.kind, file.filename])).toEqual([
      ['xml', 'INV-2026-0042 Stadtverwaltung.cii.xml'],
    ]);
  });

  it('a customer without a preferred format gets Peppol BIS, and the plan says it is the fallback', () => {
    const plan = planAttachments(input({ attach: 'eInvoice', customer: customer(null) }));
    expect(FALLBACK_MAIL_EINVOICE_FORMAT).toBe('peppol');
    expect(plan.ok && [plan.value.format, plan.value.preferred]).toEqual(['peppol', false]);
    expect(plan.ok && plan.value.files[0]?.filename).toBe(
      'INV-2026-0042 Stadtverwaltung.peppol.xml',
    );
    const own = planAttachments(input({ attach: 'eInvoice', customer: customer('peppol') }));
    expect(own.ok && own.value.preferred).toBe(true);
  });

  it('Factur-X attaches one PDF with the CII e-invoice, whatever format the customer prefers', () => {
    const files = plannedFiles({ attach: 'facturX', customer: customer('peppol') });
    expect(files).toHaveLength(1);
    const file = files[0]!;
    expect(file.kind).toBe('facturX');
    expect(file.filename).toBe('INV-2026-0042 Stadtverwaltung.factur-x.pdf');
    expect(file.kind === 'facturX' && file.xml).toContain('<rsm:CrossIndustryInvoice');
  });

  it('a quote goes as its PDF whatever the setting says', () => {
    for (const attach of ['eInvoice', 'pdfAndEInvoice', 'facturX'] as const) {
      expect(plannedFiles({ attach, document: null })).toEqual([
        { kind: 'pdf', filename: PDF_NAME },
      ]);
    }
  });

  it('an e-invoice the checks refuse refuses the whole mail, listing every problem with its field', () => {
    // Peppol needs the buyer's Peppol ID; a customer without e-invoice settings has none.
    for (const attach of ['eInvoice', 'pdfAndEInvoice'] as const) {
      const plan = planAttachments(input({ attach, customer: { directDebit: null } }));
      expect(plan.ok).toBe(false);
      if (plan.ok) return;
      expect(plan.error.code).toBe('EINVOICE_INCOMPLETE');
      expect(plan.error.format).toBe('peppol');
      expect(plan.error.problems.length).toBeGreaterThan(0);
      expect(plan.error.problems.some((problem) => problem.field.startsWith('customer.'))).toBe(
        true,
      );
    }
    const noVat = { vatId: '', email: '' };
    const unidentified = posted({
      number: 'INV-2026-0043',
      seller: { ...SELLER, vatId: '', taxId: '', registrationNumber: '' },
      lines: [line()],
    });
    const facturX = planAttachments(
      input({ attach: 'facturX', document: unidentified, company: noVat }),
    );
    expect(facturX.ok || facturX.error.format).toBe('cii');
    expect(facturX.ok || facturX.error.problems.map((problem) => problem.field)).toContain(
      'company.vatId',
    );
  });
});

describe('the files of a mail', () => {
  const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

  it('carry the PDF as application/pdf and the XML as UTF-8 application/xml, making the PDF once', async () => {
    let made = 0;
    const files = await attachmentFiles(
      [
        { kind: 'pdf', filename: 'a.pdf' },
        { kind: 'xml', filename: 'a.peppol.xml', xml: '<Invoice>Müller</Invoice>' },
      ],
      {
        pdf: () => {
          made += 1;
          return Promise.resolve(pdfBytes);
        },
        facturX: () => Promise.reject(new Error('not asked for')),
      },
    );
    expect(made).toBe(1);
    expect(files.map((file) => [file.filename, file.contentType])).toEqual([
      ['a.pdf', 'application/pdf'],
      ['a.peppol.xml', 'application/xml'],
    ]);
    expect(files[0]?.content).toBe(pdfBytes);
    expect(new TextDecoder().decode(files[1]?.content)).toBe('<Invoice>Müller</Invoice>');
  });

  it('an XML-only mail never renders the PDF', async () => {
    const files = await attachmentFiles([{ kind: 'xml', filename: 'a.cii.xml', xml: '<x/>' }], {
      pdf: () => Promise.reject(new Error('the PDF was made')),
      facturX: () => Promise.reject(new Error('not asked for')),
    });
    expect(files).toHaveLength(1);
  });

  it('a Factur-X file is made from the document’s PDF and its XML, dated when it was posted', async () => {
    const seen: unknown[] = [];
    const files = await attachmentFiles(
      [
        {
          kind: 'facturX',
          filename: 'a.factur-x.pdf',
          xml: '<cii/>',
          postedAt: '2026-03-05T09:00:00.000Z',
        },
      ],
      {
        pdf: () => Promise.resolve(pdfBytes),
        facturX: (pdf, xml, date) => {
          seen.push(pdf, xml, date.toISOString());
          return Promise.resolve(new Uint8Array([1, 2, 3]));
        },
      },
    );
    expect(seen).toEqual([pdfBytes, '<cii/>', '2026-03-05T09:00:00.000Z']);
    expect(files).toEqual([
      {
        filename: 'a.factur-x.pdf',
        content: new Uint8Array([1, 2, 3]),
        contentType: 'application/pdf',
      },
    ]);
  });
});

describe('making the files of a mail', () => {
  it('a PDF that cannot be made is an error saying why, and no files', async () => {
    const made = await attachmentFilesResult([{ kind: 'pdf', filename: 'a.pdf' }], {
      pdf: () => Promise.reject(new Error('The PDF worker stopped.')),
      facturX: () => Promise.reject(new Error('not asked for')),
    });
    expect(made).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The PDF worker stopped.' },
    });
  });
});
