import { describe, expect, it } from 'vitest';
import {
  container,
  el,
  escapeAttribute,
  escapeText,
  serializeXml,
  xmlSafeText,
} from '../../../../shared/einvoice/xmlWriter';

describe('xmlWriter', () => {
  it('escapes markup in text and quotes and line breaks in attributes', () => {
    expect(escapeText('Tom & Jerry <b>"hi"</b>')).toBe('Tom &amp; Jerry &lt;b&gt;"hi"&lt;/b&gt;');
    expect(escapeAttribute('a "b"\nc')).toBe('a &quot;b&quot;&#10;c');
  });

  it('drops characters XML 1.0 cannot carry but keeps every script and emoji', () => {
    expect(xmlSafeText('a\u0000b\u0007c\u000Bd')).toBe('abcd');
    expect(xmlSafeText('Ελληνικά Русский 北京 🚀\ttab\nline')).toBe(
      'Ελληνικά Русский 北京 🚀\ttab\nline',
    );
    expect(xmlSafeText('lone \uD800 half \uDC00 end')).toBe('lone  half  end');
  });

  it('leaves out elements with no text and no children, and empty attributes', () => {
    expect(el('cbc:Note', null, '')).toBeNull();
    expect(el('cbc:Note', null, '   ')).toBeNull();
    expect(el('cac:Party', null, el('cbc:Name', null, null), undefined, false)).toBeNull();
    const element = el('cbc:ID', { schemeID: '', other: null, kept: 'x' }, 'A-1');
    expect(element?.attributes).toEqual([['kept', 'x']]);
  });

  it('writes nested elements indented, with the declaration and escaped text', () => {
    const root = el('root', { 'xmlns:a': 'urn:a' }, el('a:child', null, 'R&D'), [
      el('a:x', null, '1'),
    ]);
    expect(serializeXml(root!)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<root xmlns:a="urn:a">\n  <a:child>R&amp;D</a:child>\n  <a:x>1</a:x>\n</root>\n',
    );
  });

  it('writes a required container with nothing in it as an empty element', () => {
    const root = el('r', null, container('ram:ApplicableHeaderTradeDelivery', null));
    expect(serializeXml(root!)).toContain('<ram:ApplicableHeaderTradeDelivery/>');
  });
});
