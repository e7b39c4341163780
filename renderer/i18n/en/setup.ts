// Strings of the first-run setup.
export const setupMessages = {
  'setup.title': 'Set up Invoicer',
  'setup.intro':
    'A few details about your business and Invoicer is ready for your first invoice. You can change all of them later in Settings.',
  'setup.introAgain':
    'Change the basics of your business. Customers, products and documents stay as they are.',
  'setup.backToSettings': 'Settings',
  'setup.section.company': 'Your company',
  'setup.companyName': 'Company name',
  'setup.companyAddress': 'Company address',
  'setup.section.vat': 'VAT',
  'setup.taxIdsHelp':
    'An invoice must show your VAT ID or your tax number. Enter one now, or later in Settings.',
  'setup.vatIdHelp': 'Optional, e.g. DE123456789.',
  'setup.taxIdHelp': 'Optional: the number your tax office gave you.',
  'setup.section.formats': 'Currency and formats',
  'setup.section.numbers': 'Invoice numbers',
  'setup.numbersHelp':
    'Starting fresh? Keep 1. Moving from another program? Enter the number your next invoice should have.',
  'setup.firstInvoiceNumber': 'First invoice number',
  'setup.firstNumberExample': 'Your first invoice will be numbered {number}.',
  'setup.start': 'Start using Invoicer',
  'setup.saveAgain': 'Save setup',
  'setup.done': 'Your company is set up.',
  'setup.demo': 'Explore with demo data',
  'setup.demoHelp': 'A sample company with customers, products and invoices to try things out.',
  'setup.demoReady': 'The demo company is ready to explore.',
} as const;
