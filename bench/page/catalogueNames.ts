// The raw material of the benchmark's customers and products: names in the scripts and
// countries a German sole trader's customers come from, so prefix search meets accents,
// Greek and Cyrillic as it would in real use. Lists are '|'-separated strings to stay short.

function list(items: string): string[] {
  return items.split('|');
}

function cities(items: string): { postalCode: string; city: string }[] {
  return list(items).map((item) => {
    const [postalCode = '', city = ''] = item.split(':');
    return { postalCode, city };
  });
}

/** Where a customer is, and what that means for VAT, currency and its VAT ID's shape. */
export type Region = {
  country: string;
  /** EU business customers abroad get the reverse charge; outside the EU, export. */
  market: 'domestic' | 'eu' | 'export';
  currency: string | null;
  language: string | null;
  vatPrefix: string | null;
  vatDigits: number;
  surnames: readonly string[];
  forms: readonly string[];
  trades: readonly string[];
  cities: readonly { postalCode: string; city: string }[];
  street: string;
};

export const GERMANY: Region = {
  country: 'DE',
  market: 'domestic',
  currency: null,
  language: null,
  vatPrefix: 'DE',
  vatDigits: 9,
  surnames: list(
    'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Schmitz|Krause|Meier|Lehmann|Köhler|Maier|Herrmann|König|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|Lorenz|Baumann|Franke|Albrecht',
  ),
  forms: list('GmbH|GmbH & Co. KG|AG|e.K.|OHG|UG (haftungsbeschränkt)'),
  trades: list(
    'Bau|Elektrotechnik|Design|Consulting|Logistik|Immobilien|Medien|Software|Druckerei|Gartenbau|Metallbau|Sanitär|Autohaus|Bäckerei|Architekten|Steuerberatung|Werbeagentur|Möbelwerkstatt|Zahnarztpraxis',
  ),
  cities: cities(
    '10115:Berlin|20095:Hamburg|80331:München|50667:Köln|60311:Frankfurt am Main|70173:Stuttgart|40213:Düsseldorf|04109:Leipzig|01067:Dresden|90402:Nürnberg|28195:Bremen|30159:Hannover|44135:Dortmund|45127:Essen|69117:Heidelberg',
  ),
  street: 'Hauptstraße',
};

export const GERMAN_FIRST_NAMES = list(
  'Jürgen|Anna|Lukas|Sophie|Jörg|Marie|Björn|Lena|Uwe|Hannah|Klaus|Lea|Günter|Mia|Stefan|Käthe|Tobias|Emily|Sören|Johanna',
);

export const ABROAD: readonly Region[] = [
  {
    country: 'FR',
    market: 'eu',
    currency: null,
    language: 'fr',
    vatPrefix: 'FR',
    vatDigits: 11,
    surnames: list(
      'Dupont|Martin|Bernard|Dubois|Thomas|Robert|Petit|Durand|Lefèvre|Moreau|Girard|Bérenger',
    ),
    forms: list('SARL|SAS|SA'),
    trades: list('Boulangerie|Atelier|Conseil|Menuiserie|Librairie|Éditions'),
    cities: cities('75002:Paris|69003:Lyon|13001:Marseille|33000:Bordeaux'),
    street: 'rue de la République',
  },
  {
    country: 'AT',
    market: 'eu',
    currency: null,
    language: 'de-AT',
    vatPrefix: 'ATU',
    vatDigits: 8,
    surnames: list('Gruber|Huber|Pichler|Steiner|Moser|Hofer|Leitner|Eder|Wimmer|Schwaiger'),
    forms: list('GmbH|KG|OG'),
    trades: list('Tischlerei|Grafik|Reisen|Weinbau|Bau'),
    cities: cities('1010:Wien|8010:Graz|5020:Salzburg|6020:Innsbruck'),
    street: 'Landstraße',
  },
  {
    country: 'GR',
    market: 'eu',
    currency: null,
    language: 'el',
    vatPrefix: 'EL',
    vatDigits: 9,
    surnames: list(
      'Παπαδόπουλος|Ιωάννου|Γεωργίου|Νικολάου|Οικονόμου|Δημητρίου|Κωνσταντίνου|Αθανασίου',
    ),
    forms: list('Α.Ε.|Ο.Ε.|Ε.Π.Ε.'),
    trades: list('Τεχνική|Εμπορική|Ξενοδοχεία|Σχέδιο'),
    cities: cities('105 63:Αθήνα|546 21:Θεσσαλονίκη|262 21:Πάτρα'),
    street: 'Οδός Ερμού',
  },
  {
    country: 'PL',
    market: 'eu',
    currency: null,
    language: 'pl',
    vatPrefix: 'PL',
    vatDigits: 10,
    surnames: list(
      'Kowalski|Nowak|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski',
    ),
    forms: list('Sp. z o.o.|S.A.|Sp.j.'),
    trades: list('Budownictwo|Transport|Usługi|Drukarnia'),
    cities: cities('00-001:Warszawa|30-001:Kraków|50-001:Wrocław|80-001:Gdańsk'),
    street: 'ul. Marszałkowska',
  },
  {
    country: 'BG',
    market: 'eu',
    currency: null,
    language: 'bg',
    vatPrefix: 'BG',
    vatDigits: 9,
    surnames: list('Иванов|Петров|Георгиев|Димитров|Николов|Христов|Стоянов'),
    forms: list('ЕООД|ООД|АД'),
    trades: list('Строй|Софтуер|Транс|Дизайн'),
    cities: cities('1000:София|4000:Пловдив|9000:Варна'),
    street: 'бул. Витоша',
  },
  {
    country: 'IT',
    market: 'eu',
    currency: null,
    language: 'it',
    vatPrefix: 'IT',
    vatDigits: 11,
    surnames: list('Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco'),
    forms: list('S.r.l.|S.p.A.|S.n.c.'),
    trades: list('Studio|Officina|Trattoria|Edizioni|Costruzioni'),
    cities: cities('20121:Milano|00184:Roma|10121:Torino|50122:Firenze'),
    street: 'Via Roma',
  },
  {
    country: 'CH',
    market: 'export',
    currency: 'CHF',
    language: 'de-CH',
    vatPrefix: null,
    vatDigits: 0,
    surnames: list('Meier|Brunner|Frei|Baumgartner|Gerber|Widmer|Zürcher'),
    forms: list('AG|GmbH'),
    trades: list('Treuhand|Uhren|Informatik|Architektur'),
    cities: cities('8001:Zürich|3011:Bern|4051:Basel'),
    street: 'Bahnhofstrasse',
  },
  {
    country: 'GB',
    market: 'export',
    currency: 'GBP',
    language: 'en-GB',
    vatPrefix: null,
    vatDigits: 0,
    surnames: list('Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|O’Brien'),
    forms: list('Ltd|LLP|plc'),
    trades: list('Consulting|Print|Media|Engineering'),
    cities: cities('EC1A 1BB:London|M1 1AE:Manchester|EH1 1YZ:Edinburgh'),
    street: 'High Street',
  },
  {
    country: 'US',
    market: 'export',
    currency: 'USD',
    language: 'en-US',
    vatPrefix: null,
    vatDigits: 0,
    surnames: list('Johnson|Miller|Davis|Garcia|Rodriguez|Martinez|Anderson'),
    forms: list('Inc.|LLC|Corp.'),
    trades: list('Software|Media|Imports|Design'),
    cities: cities('10001:New York|94105:San Francisco|60601:Chicago'),
    street: 'Main Street',
  },
];

/** Catalogue items: a base name, its unit, a price range in euros, and how VAT applies. */
export type ProductKind = {
  name: string;
  unit: 'C62' | 'HUR' | 'DAY' | 'MON' | 'LS' | 'KGM' | 'MTR' | 'SET' | 'XPK';
  minPrice: number;
  maxPrice: number;
  vat: 'standard' | 'reduced' | 'zeroRated' | 'exempt';
};

export const PRODUCT_KINDS: readonly ProductKind[] = [
  { name: 'Beratung', unit: 'HUR', minPrice: 65, maxPrice: 180, vat: 'standard' },
  { name: 'Projektmanagement', unit: 'HUR', minPrice: 70, maxPrice: 140, vat: 'standard' },
  { name: 'Workshop', unit: 'DAY', minPrice: 600, maxPrice: 1800, vat: 'standard' },
  { name: 'Webseitenpflege', unit: 'MON', minPrice: 49, maxPrice: 399, vat: 'standard' },
  { name: 'Logo-Entwurf', unit: 'LS', minPrice: 400, maxPrice: 2500, vat: 'standard' },
  { name: 'Druck Visitenkarten', unit: 'XPK', minPrice: 19, maxPrice: 89, vat: 'standard' },
  { name: 'Kabel', unit: 'MTR', minPrice: 0.35, maxPrice: 4.9, vat: 'standard' },
  { name: 'Montagematerial', unit: 'SET', minPrice: 5, maxPrice: 120, vat: 'standard' },
  { name: 'Softwarelizenz', unit: 'C62', minPrice: 9, maxPrice: 999, vat: 'standard' },
  { name: 'Fachbuch', unit: 'C62', minPrice: 14.9, maxPrice: 89, vat: 'reduced' },
  { name: 'Kaffee', unit: 'KGM', minPrice: 9.5, maxPrice: 32, vat: 'reduced' },
  { name: 'Zeitschrift', unit: 'C62', minPrice: 3.5, maxPrice: 12, vat: 'reduced' },
  { name: 'Seminar (Weiterbildung)', unit: 'DAY', minPrice: 250, maxPrice: 900, vat: 'exempt' },
  { name: 'Versicherungsvermittlung', unit: 'LS', minPrice: 50, maxPrice: 600, vat: 'exempt' },
  { name: 'Solarmodul', unit: 'C62', minPrice: 90, maxPrice: 450, vat: 'zeroRated' },
];

export const PRODUCT_QUALIFIERS = list(
  'Basis|Premium|Standard|Express|Senior|Junior|Plus|Pro|Kompakt|XL|Classic|Öko|Nord|Süd|Spezial|Team|Starter|Business|Mini|Maxi|Light|Turbo|Gold|Silber|Bronze|Digital|Analog|Hybrid|Flex|Fix|Duo|Trio|Quattro',
);

/** One exemption reason for every exempt product: a document prints only one. */
export const EXEMPTION_REASON = 'Steuerfrei nach § 4 Nr. 21 UStG';
