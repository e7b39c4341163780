import { describe, expect, it } from 'vitest';
import { isPrintable, printableText } from '../../../renderer/pdf/printableText';
import { pdfLabelsFor } from '../../../shared/pdf/pdfLabels';

describe('printableText', () => {
  it('leaves text the font covers as it is', () => {
    for (const text of ['Łódź', 'Αθήνα', 'Москва', 'İstanbul, Şişli', '€ £ ¥ ₺ ₽ ₹ ₴', 'Nguyễn']) {
      expect(printableText(text)).toBe(text);
    }
  });

  it('composes letters typed as a base letter and a combining accent', () => {
    expect(printableText('Lo\u0301dz\u0301')).toBe('Lódź');
  });

  it('drops the invisible direction marks Intl puts around some amounts', () => {
    expect(printableText('\u200f1,234.50\u00a0\u20aa\u200e')).toBe('1,234.50\u00a0\u20aa');
  });

  it('turns tabs and line breaks into spaces', () => {
    expect(printableText('a\tb\nc')).toBe('a b c');
  });

  it('shows a character the font lacks as U+FFFD, one per character, keeping the rest', () => {
    expect(printableText('北京 Trading 🚀!')).toBe('\ufffd\ufffd Trading \ufffd!');
  });

  it('covers every character of the English labels', () => {
    const labels = pdfLabelsFor('en');
    const texts = [
      ...Object.values(labels.table),
      ...Object.values(labels.units),
      ...Object.values(labels.vatCategories),
      labels.correctsInvoice('INV-1', '01/02/2026'),
      labels.collection('€1.00', '01/02/2026'),
      labels.transferRequest('€1.00', '01/02/2026', 'INV-1'),
      labels.lineDiscount('', '10%', '1.00'),
      labels.lineSurcharge('', null, '1.00'),
      labels.page(1, 2),
    ];
    for (const character of texts.join('')) {
      expect(isPrintable(character.codePointAt(0)!), character).toBe(true);
    }
  });

  it('covers the symbols of the common currencies and the separators of every locale', () => {
    const locales = [
      'de-DE',
      'fr-FR',
      'de-CH',
      'pl-PL',
      'ru-RU',
      'tr-TR',
      'el-GR',
      'sv-SE',
      'ar-EG',
    ];
    const currencies = [
      'EUR',
      'GBP',
      'CHF',
      'PLN',
      'CZK',
      'TRY',
      'RUB',
      'UAH',
      'INR',
      'JPY',
      'USD',
    ];
    for (const locale of locales) {
      for (const currency of currencies) {
        const text = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          numberingSystem: 'latn',
        }).format(-1234567.5);
        expect(printableText(text), `${locale} ${currency}: ${text}`).not.toContain('\ufffd');
      }
    }
  });
});
