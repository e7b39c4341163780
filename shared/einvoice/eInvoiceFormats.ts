/**
 * The e-invoice formats a posted invoice or credit note can be exported in: Peppol BIS
 * Billing 3.0 (UBL 2.1), XRechnung 3.0 in its UBL syntax (the German CIUS of EN 16931), and
 * UN/CEFACT Cross Industry Invoice D16B at the EN 16931 (COMFORT) level.
 */
export const EINVOICE_FORMATS = ['peppol', 'xrechnung', 'cii'] as const;
export type EInvoiceFormat = (typeof EINVOICE_FORMATS)[number];

/** The XML syntax a format is written in. */
export type EInvoiceSyntax = 'ubl' | 'cii';

type FormatRules = {
  syntax: EInvoiceSyntax;
  label: string;
  /** BT-24, the specification identifier the receiver validates against. */
  customizationId: string;
  /** BT-23, the business process; CII leaves it out (optional there). */
  profileId: string | null;
  /** Added to the file name so two formats of one document can sit side by side. */
  fileSuffix: string;
  /** Whether the format follows the Peppol rules (electronic addresses from the Peppol list). */
  peppolRules: boolean;
  /** Whether the format follows the German rules (XRechnung, BR-DE-*). */
  germanRules: boolean;
};

const PEPPOL_PROCESS = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const RULES: Record<EInvoiceFormat, FormatRules> = {
  peppol: {
    syntax: 'ubl',
    label: 'Peppol BIS Billing 3.0 (UBL)',
    customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    profileId: PEPPOL_PROCESS,
    fileSuffix: 'peppol',
    peppolRules: true,
    germanRules: false,
  },
  xrechnung: {
    syntax: 'ubl',
    label: 'XRechnung 3.0 (UBL)',
    customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    profileId: PEPPOL_PROCESS,
    fileSuffix: 'xrechnung',
    peppolRules: false,
    germanRules: true,
  },
  cii: {
    syntax: 'cii',
    label: 'UN/CEFACT CII D16B (EN 16931)',
    customizationId: 'urn:cen.eu:en16931:2017',
    profileId: null,
    fileSuffix: 'cii',
    peppolRules: false,
    germanRules: false,
  },
};

/** The syntax, identifiers and label of a format. */
export function eInvoiceFormatRules(format: EInvoiceFormat): Readonly<FormatRules> {
  return RULES[format];
}

/** True for one of the formats above (stored records and requests carry strings). */
export function isEInvoiceFormat(value: unknown): value is EInvoiceFormat {
  return typeof value === 'string' && (EINVOICE_FORMATS as readonly string[]).includes(value);
}

/**
 * The file name of a document's e-invoice from the name of its PDF ("INV-1 Acme.pdf" →
 * "INV-1 Acme.xrechnung.xml"), so the XML sorts next to the PDF of the same document.
 */
export function eInvoiceFileName(pdfFileName: string, format: EInvoiceFormat): string {
  const stem = pdfFileName.replace(/\.pdf$/i, '');
  return `${stem}.${RULES[format].fileSuffix}.xml`;
}
