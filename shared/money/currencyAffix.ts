import { COMMON_CURRENCIES, type CurrencyCode } from './currencies';

// What a person may type before or after an amount to name its currency, and how to tell
// "the currency of this field" from "some other currency" from "not a currency at all".

/** How the text beside a number relates to the currency of the field. */
export type AffixMatch = 'THIS_CURRENCY' | 'OTHER_CURRENCY' | 'NOT_A_CURRENCY';

// Besides the user's locale, the symbols English writes are accepted: '¥' is what a Japanese
// keyboard types although ja-JP formats JPY as '￥', and en-GB spells out 'US$' and 'JP¥'.
const REFERENCE_LOCALES = ['en', 'en-GB'];
const DISPLAYS = ['symbol', 'narrowSymbol'] as const;
// Names in the user's language too, singular and plural: '1,234円', '12 euros', '5 Euro'.
const NAME_SAMPLES = [1, 2];
const CURRENCY_SYMBOL = /\p{Sc}/u;

const symbolsCache = new Map<string, ReadonlySet<string>>();
let knownCodes: ReadonlySet<string> | undefined;

/** Compares affixes as typed: any run of spaces is one space, letters in any case. */
function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toUpperCase();
}

type Display = (typeof DISPLAYS)[number] | 'name';

function symbolIn(locale: string, currency: string, display: Display, count = 1): string {
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: display,
    maximumFractionDigits: 0, // "1 euro", not "1.00 euros": the plural follows the decimals
    minimumFractionDigits: 0,
  }).formatToParts(count);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** Every spelling accepted for `currency` in `locale`: its code and its symbols, normalised. */
function spellings(currency: string, locale: string): ReadonlySet<string> {
  const key = `${locale}|${currency}`;
  const cached = symbolsCache.get(key);
  if (cached) return cached;
  const found = new Set([currency]);
  for (const where of [locale, ...REFERENCE_LOCALES]) {
    for (const display of DISPLAYS) found.add(normalise(symbolIn(where, currency, display)));
  }
  for (const count of NAME_SAMPLES) found.add(normalise(symbolIn(locale, currency, 'name', count)));
  symbolsCache.set(key, found);
  return found;
}

function isKnownCode(text: string): boolean {
  knownCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(text) && knownCodes.has(text);
}

/** Whether `affix` (the text typed before or after a number) names `currency` or another one. */
export function matchCurrencyAffix(
  affix: string,
  currency: CurrencyCode,
  locale: string,
): AffixMatch {
  const typed = normalise(affix);
  if (spellings(currency, locale).has(typed)) return 'THIS_CURRENCY';
  if (isKnownCode(typed) || CURRENCY_SYMBOL.test(typed)) return 'OTHER_CURRENCY';
  // Symbols made of letters only ('kr', 'zł', 'Kč') name a currency too.
  const isOther = COMMON_CURRENCIES.some(
    (other) => other !== currency && spellings(other, locale).has(typed),
  );
  return isOther ? 'OTHER_CURRENCY' : 'NOT_A_CURRENCY';
}
