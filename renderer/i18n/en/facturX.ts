// Strings of the Factur-X export of a posted invoice or credit note (FacturXExport.tsx).
export const facturXMessages = {
  'facturX.title': 'Factur-X',
  'facturX.description':
    'One PDF for people and for software: this document’s PDF with its EN 16931 e-invoice (UN/CEFACT CII) inside, as factur-x.xml.',
  'facturX.export': 'Export Factur-X PDF',
  'facturX.exporting': 'Making the Factur-X PDF…',
  'facturX.exported': 'Saved the Factur-X PDF as {path}',
  'facturX.refused.one': 'The Factur-X PDF cannot be made yet: one thing is missing.',
  'facturX.refused.many': 'The Factur-X PDF cannot be made yet: {count} things are missing.',
  'facturX.problems': 'What to fix for Factur-X',
} as const;
