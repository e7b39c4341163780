// Strings of the quote list, the quote editor's own words and the sent quote view.
export const quotesMessages = {
  'quotes.list.title': 'Quotes',
  'quotes.list.search': 'Search number or customer',
  'quotes.list.empty': 'No quotes match.',
  'quotes.new': 'New quote',
  'quotes.new.title': 'New quote',
  'quotes.draft.title': 'Draft quote',
  'quotes.editor.label': 'Quote',
  'quotes.backToList': 'Quotes',
  'quotes.validUntil': 'Valid until',

  'quotes.send': 'Send…',
  'quotes.send.title': 'Send this quote?',
  'quotes.send.message':
    'Sending makes the quote final: it gets the next quote number and can no longer be changed. The customer can then accept or decline it.',
  'quotes.send.confirm': 'Send quote',
  'quotes.send.done': 'Quote {number} is sent.',

  'quotes.status.sent': 'Sent',
  'quotes.status.accepted': 'Accepted',
  'quotes.status.declined': 'Declined',
  'quotes.status.expired': 'Expired',
  'quotes.status.invoiced': 'Invoiced',

  'quotes.view.title': 'Quote {number}',
  'quotes.view.pastValidity':
    'The valid-until date has passed; mark the quote expired unless the customer accepted in time.',
  'quotes.view.openInvoice': 'This quote became an invoice — open the invoice',
  'quotes.accept': 'Accept',
  'quotes.accepted': 'Quote accepted.',
  'quotes.decline': 'Decline',
  'quotes.declined': 'Quote declined.',
  'quotes.markExpired': 'Mark expired',
  'quotes.expiredDone': 'Quote marked expired.',
  'quotes.convert': 'Convert to invoice',
  'quotes.converted': 'Draft invoice created from the quote.',
} as const;
