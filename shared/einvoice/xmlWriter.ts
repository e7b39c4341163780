// A tiny XML writer for the e-invoice mappings: elements, attributes and escaped text, no
// DOM. Empty content is dropped where it is built (el() leaves out an element with no text
// and no children), because Peppol forbids empty elements (PEPPOL-EN16931-R008) and the
// schemas refuse most of them; so a mapping can write optional fields without an `if` each.

/** An element: a qualified name, attributes in order, and text or child elements. */
export type XmlElement = {
  name: string;
  attributes: ReadonlyArray<readonly [string, string]>;
  children: readonly XmlElement[];
  text: string | null;
};

/** What el() takes as content: text, child elements, or nothing (left out). */
export type XmlContent = string | XmlElement | null | undefined | false | readonly XmlContent[];

/** Attribute values; an empty or missing one is left out. */
export type XmlAttributes = Readonly<Record<string, string | null | undefined>>;

// XML 1.0 refuses these code points outright, even escaped; a person may have pasted one.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// Pairs of surrogates are real characters (emoji, rare CJK); only lone halves are refused.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML 1.0 cannot carry (control characters, lone surrogates). */
export function xmlSafeText(value: string): string {
  return value.replace(LONE_SURROGATE, '').replace(FORBIDDEN, '');
}

/** Escapes text for element content. */
export function escapeText(value: string): string {
  return xmlSafeText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted attribute value (line breaks kept as references). */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function flatten(content: readonly XmlContent[], into: Array<string | XmlElement>): void {
  for (const item of content) {
    if (item === null || item === undefined || item === false) continue;
    if (typeof item === 'string' || !Array.isArray(item)) into.push(item as string | XmlElement);
    else flatten(item as readonly XmlContent[], into);
  }
}

/**
 * An element, or null when it would be empty: no non-blank text and no child elements.
 * Text and children are not mixed in e-invoices; text wins if both are given.
 */
export function el(
  name: string,
  attributes: XmlAttributes | null,
  ...content: XmlContent[]
): XmlElement | null {
  const parts: Array<string | XmlElement> = [];
  flatten(content, parts);
  const text = parts.filter((part): part is string => typeof part === 'string').join('');
  const children = parts.filter((part): part is XmlElement => typeof part !== 'string');
  const hasText = text.trim() !== '';
  if (!hasText && children.length === 0) return null;
  const kept = Object.entries(attributes ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return { name, attributes: kept, children: hasText ? [] : children, text: hasText ? text : null };
}

/**
 * An element that the schema requires even when there is nothing to say in it (CII's
 * ApplicableHeaderTradeDelivery), written as `<name/>` when it has no children.
 */
export function container(name: string, ...content: XmlContent[]): XmlElement {
  return el(name, null, ...content) ?? { name, attributes: [], children: [], text: null };
}

/** An element that must exist: throws if it came out empty (a mapping's programming error). */
export function required(element: XmlElement | null, what: string): XmlElement {
  if (element === null) throw new Error(`The e-invoice element ${what} came out empty`);
  return element;
}

function write(element: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = element.attributes
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (element.text !== null) {
    out.push(
      `${indent}<${element.name}${attributes}>${escapeText(element.text)}</${element.name}>`,
    );
    return;
  }
  if (element.children.length === 0) {
    out.push(`${indent}<${element.name}${attributes}/>`);
    return;
  }
  out.push(`${indent}<${element.name}${attributes}>`);
  for (const child of element.children) write(child, depth + 1, out);
  out.push(`${indent}</${element.name}>`);
}

/** The document as UTF-8 XML text with its declaration, indented two spaces per level. */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
