// The shared parts of the e-invoice corpus: its entry type and the buyers abroad, in other
// currencies and scripts.
import type { EInvoiceFormat } from '../../../../shared/einvoice/eInvoiceFormats';
import type { EInvoiceRouting } from '../../../../shared/einvoice/eInvoiceModel';
import type { PostedDocument } from '../../../../shared/pdf/documentPdfInput';
import type { PartySnapshot } from '../../../../shared/schemas/postedSnapshot';
import { AUSTRIAN_BUYER } from './eInvoiceFixtures';

/** A posted document of the corpus, how it is addressed, and the formats it is exported in. */
export type CorpusEntry = {
  name: string;
  document: PostedDocument;
  routing: EInvoiceRouting;
  formats: readonly EInvoiceFormat[];
};

/** Every format. */
export const ALL_FORMATS: readonly EInvoiceFormat[] = ['peppol', 'xrechnung', 'cii'];

export const FRENCH_BUYER: PartySnapshot = {
  ...AUSTRIAN_BUYER,
  name: 'Ateliers Dupont SARL',
  address: {
    line1: '12 rue de la Paix',
    line2: '',
    postalCode: '75002',
    city: 'Paris',
    region: '',
    country: 'FR',
  },
  vatId: 'FR40303265045',
  registrationNumber: '',
};

export const JAPANESE_BUYER: PartySnapshot = {
  ...AUSTRIAN_BUYER,
  name: '株式会社サンプル',
  address: {
    line1: '1-2-3 Marunouchi',
    line2: 'Chiyoda-ku',
    postalCode: '100-0005',
    city: 'Tokyo',
    region: '',
    country: 'JP',
  },
  vatId: '',
  registrationNumber: '',
};

export const GREEK_BUYER: PartySnapshot = {
  ...AUSTRIAN_BUYER,
  name: 'Ελληνικά Τρόφιμα Α.Ε.',
  address: {
    line1: 'Οδός Ερμού 25',
    line2: '',
    postalCode: '105 63',
    city: 'Αθήνα',
    region: '',
    country: 'GR',
  },
  vatId: 'EL094014201',
  registrationNumber: '',
};

export const BULGARIAN_BUYER: PartySnapshot = {
  ...AUSTRIAN_BUYER,
  name: 'Ромашка ЕООД',
  address: {
    line1: 'бул. Витоша 15',
    line2: '',
    postalCode: '1000',
    city: 'София',
    region: '',
    country: 'BG',
  },
  vatId: 'BG175074752',
  registrationNumber: '',
};

export const SWISS_BUYER: PartySnapshot = {
  ...AUSTRIAN_BUYER,
  name: 'Bergbahnen Zermatt AG',
  address: {
    line1: 'Bahnhofplatz 7',
    line2: '',
    postalCode: '3920',
    city: 'Zermatt',
    region: 'VS',
    country: 'CH',
  },
  vatId: '',
};
