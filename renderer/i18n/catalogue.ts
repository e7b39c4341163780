import { commonMessages } from './en/common';
import { customersMessages } from './en/customers';
import { dashboardMessages } from './en/dashboard';
import { documentsMessages } from './en/documents';
import { facturXMessages } from './en/facturX';
import { einvoiceMessages } from './en/einvoice';
import { fieldsMessages } from './en/fields';
import { invoicesMessages } from './en/invoices';
import { journalMessages } from './en/journal';
import { productsMessages } from './en/products';
import { quotesMessages } from './en/quotes';
import { reportsMessages } from './en/reports';
import { settingsMessages } from './en/settings';
import { setupMessages } from './en/setup';

/**
 * The English catalogue: every string the UI shows. Each area keeps its strings in its own
 * file under en/; a translation is another catalogue with the same keys, not a code change.
 */
export const englishCatalogue = {
  ...commonMessages,
  ...fieldsMessages,
  ...setupMessages,
  ...settingsMessages,
  ...customersMessages,
  ...productsMessages,
  ...documentsMessages,
  ...facturXMessages,
  ...einvoiceMessages,
  ...invoicesMessages,
  ...quotesMessages,
  ...dashboardMessages,
  ...journalMessages,
  ...reportsMessages,
} as const;

export type MessageKey = keyof typeof englishCatalogue;
export type Catalogue = Record<MessageKey, string>;
