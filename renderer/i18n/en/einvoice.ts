// Strings of the e-invoice export on posted invoices and credit notes.
export const einvoiceMessages = {
  'einvoice.section': 'E-invoice',
  'einvoice.sectionHelp':
    'The same document as structured XML for the customer’s accounting system, with the figures of the PDF.',
  'einvoice.format': 'Format',
  'einvoice.formatHelp.preferred': 'The customer prefers this format.',
  'einvoice.export': 'Export e-invoice',
  'einvoice.exporting': 'Exporting…',
  'einvoice.problemsTitle': 'Before this e-invoice can be made:',
  'einvoice.problemsHelp': 'Nothing is written until these are fixed. Each link opens the field.',
  'einvoice.exported': 'E-invoice saved as {path}',
  'einvoice.checking': 'Checking the document…',
} as const;
