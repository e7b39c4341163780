// A small XML reader for the tests: enough to read back what shared/einvoice writes
// (elements, attributes, text; no comments, CDATA or DTDs) and to find figures in it by
// path, so the tests check the XML text itself, not the model it was made from.

export type XmlNode = {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
};

const TOKEN =
  /<\?[\s\S]*?\?>|<\/([^\s>]+)\s*>|<([^\s>/]+)((?:\s+[^\s=]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=]+)="([^"]*)"/g;

function unescape(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Parses a document into its root element; throws on mismatched tags. */
export function readXml(xml: string): XmlNode {
  const stack: XmlNode[] = [{ name: '#document', attributes: {}, children: [], text: '' }];
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, opening, attributes = '', selfClosing, text] = match;
    const top = stack[stack.length - 1]!;
    if (opening) {
      const node: XmlNode = { name: opening, attributes: {}, children: [], text: '' };
      for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
        node.attributes[name!] = unescape(value!);
      }
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    } else if (closing) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}>`);
      stack.pop();
    } else if (text !== undefined) {
      top.text += unescape(text);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  const root = stack[0]!.children[0];
  if (!root) throw new Error('The document has no root element');
  return root;
}

/** Every element at a path of child names ('cac:TaxTotal/cac:TaxSubtotal') below `node`. */
export function all(node: XmlNode, path: string): XmlNode[] {
  return path
    .split('/')
    .reduce<XmlNode[]>(
      (nodes, name) => nodes.flatMap((n) => n.children.filter((c) => c.name === name)),
      [node],
    );
}

/** The one element at a path; throws when there is none or more than one. */
export function one(node: XmlNode, path: string): XmlNode {
  const found = all(node, path);
  if (found.length !== 1) throw new Error(`${path}: expected one element, found ${found.length}`);
  return found[0]!;
}

/** The text of the one element at a path, or null when there is none. */
export function textAt(node: XmlNode, path: string): string | null {
  const found = all(node, path);
  if (found.length > 1)
    throw new Error(`${path}: expected at most one element, found ${found.length}`);
  return found[0]?.text.trim() ?? null;
}
