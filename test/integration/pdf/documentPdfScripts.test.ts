// Names and lines in Polish, Greek, Cyrillic, Turkish and more, printed with the embedded
// font and read back with pdftotext and zbarimg.
import { describe, expect, it } from 'vitest';
import { unicodeInvoice } from '../../unit/shared/pdf/pdfScenarios';
import { flowingText, layoutText, readQrCodes, renderTestPdf, totalFigures } from './pdfTools';

describe('names in Polish, Greek, Cyrillic and Turkish', () => {
  const document = unicodeInvoice();
  const path = renderTestPdf('unicode', document, 'de-DE');
  const text = layoutText(path);

  it('prints every script with the embedded font, and amounts with €', () => {
    for (const expected of [
      'Żółć Łódź Sp. z o.o.',
      '90-926 Łódź',
      'Poland',
      'Müller & Søn Ærø Design',
      'Ξενοδοχείο «Αθήνα», διαμονή',
      'Перевод документов, ООО «Москва»',
      'Danışmanlık İstanbul, Şişli ofisi',
      'Dziękujemy! Ευχαριστούμε! Спасибо! Teşekkürler!',
      '€',
    ]) {
      expect(text).toContain(expected);
    }
    for (const figure of totalFigures(document, 'de-DE')) expect(text).toContain(figure);
  });

  it('shows a character the font lacks as � and keeps the rest of the text', () => {
    expect(flowingText(path)).toContain('Čeština, Română (ș ț), Tiếng Việt, Ørsted — �� � end');
  });

  it('puts the seller name in the QR code in UTF-8', () => {
    const fields = readQrCodes(path)[0]?.split('\n');
    expect(fields?.[5]).toBe('Müller & Søn Ærø Design');
    expect(fields?.[7]).toBe(`EUR${(document.posted!.totals.amountDue / 100).toFixed(2)}`);
  });
});
