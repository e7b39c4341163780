import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FACTURX_NAME_SUFFIX,
  facturXFileName,
  facturXXml,
} from '../../../../../renderer/pdf/facturX/facturXInvoice';
import {
  exportFileName,
  isSafeFileName,
  MAX_FILE_NAME_BYTES,
} from '../../../../../shared/contract/fileNames';
import { eInvoiceRouting } from '../../../../../shared/einvoice/eInvoiceRouting';
import { exportEInvoice } from '../../../../../shared/einvoice/exportEInvoice';
import { PROPERTY_RUNS } from '../../../../unit/propertyRuns';
import { line, posted, SELLER } from '../../../shared/einvoice/eInvoiceFixtures';

const COMPANY = { vatId: SELLER.vatId, email: SELLER.email };
const CUSTOMER = { directDebit: null };

describe('the XML a Factur-X PDF embeds', () => {
  it('is the CII e-invoice of the document at the EN 16931 profile, as Export e-invoice writes it', () => {
    const invoice = posted({ number: 'INV-2026-0042', lines: [line()] });
    const xml = facturXXml(invoice, CUSTOMER, COMPANY, 'INV-2026-0042 Acme.pdf');
    if (!xml.ok) throw new Error(xml.error.message);
    expect(xml.value).toContain('<rsm:CrossIndustryInvoice');
    // The guideline the Factur-X EN 16931 profile is identified by.
    expect(xml.value).toMatch(
      /<ram:GuidelineSpecifiedDocumentContextParameter>\s*<ram:ID>urn:cen\.eu:en16931:2017<\/ram:ID>/,
    );
    const routing = eInvoiceRouting(invoice, 'cii', CUSTOMER, COMPANY);
    const alone = exportEInvoice({ document: invoice, format: 'cii', routing }, 'x.pdf');
    expect(alone.ok && alone.value.xml).toBe(xml.value);
  });

  it('is refused with every problem the e-invoice checks find, and no XML', () => {
    const unidentified = { ...SELLER, vatId: '', taxId: '', registrationNumber: '' };
    const invoice = posted({ number: 'INV-2026-0043', seller: unidentified, lines: [line()] });
    const xml = facturXXml(invoice, CUSTOMER, { vatId: '', email: '' }, 'INV-2026-0043.pdf');
    expect(xml.ok).toBe(false);
    if (xml.ok) return;
    expect(xml.error.code).toBe('EINVOICE_INCOMPLETE');
    expect(xml.error.problems.map((problem) => problem.field)).toContain('company.vatId');
    expect(xml.error.problems.every((problem) => problem.message.length > 10)).toBe(true);
  });
});

describe('the file name of a Factur-X PDF', () => {
  it('is the PDF’s name with .factur-x before .pdf', () => {
    expect(facturXFileName('INV-2026-0007 Acme Ltd.pdf')).toBe(
      'INV-2026-0007 Acme Ltd.factur-x.pdf',
    );
  });

  it('keeps the suffix and stays a safe, short name for any exported document name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (number, customer) => {
          const name = facturXFileName(
            exportFileName({ number, customer, issueDate: '2026-03-05' }),
          );
          expect(name.endsWith(FACTURX_NAME_SUFFIX)).toBe(true);
          expect(isSafeFileName(name)).toBe(true);
          expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
