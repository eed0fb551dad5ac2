/**
 * A tiny XML writer for sitemaps. Documents are built as trees, and every text node and
 * attribute value goes through `escapeXml` when written, so no value (an Arabic slug, a
 * hostile headline) can break the markup. Element and attribute names are our own constants.
 *
 * fast-xml-parser's builder would do the same but is a development dependency here (the tests
 * parse with it); this is the one small, tested function instead of a new runtime dependency.
 */

/**
 * Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab, newline and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. A title holding one would make the
 * whole file unreadable to a crawler, so they are dropped.
 */
const NOT_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers turn a raw carriage return into a newline, and tabs and newlines in attributes into
  // spaces; as references they read back as written.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text safe inside an element or a quoted attribute, read back exactly as given. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHARS, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

export type XmlNode = {
  name: string;
  attrs?: Record<string, string>;
  /** Strings are text (escaped when written); nodes are child elements. */
  children?: (XmlNode | string)[];
};

/** An element with text or child elements. */
export function el(
  name: string,
  children: (XmlNode | string)[] | string = [],
  attrs?: Record<string, string>,
): XmlNode {
  return { name, attrs, children: typeof children === 'string' ? [children] : children };
}

function openTag(node: XmlNode, out: string[]) {
  out.push('<', node.name);
  for (const [key, value] of Object.entries(node.attrs ?? {})) out.push(' ', key, '="', escapeXml(value), '"');
}

function write(node: XmlNode, out: string[]) {
  openTag(node, out);
  const children = node.children ?? [];
  if (children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of children) {
    if (typeof child === 'string') out.push(escapeXml(child));
    else write(child, out);
  }
  out.push('</', node.name, '>');
}

/** A whole document: the declaration, then the root element with one child element per line. */
export function xmlDocument(root: XmlNode): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  openTag(root, out);
  out.push('>\n');
  for (const child of root.children ?? []) {
    if (typeof child === 'string') out.push(escapeXml(child));
    else write(child, out);
    out.push('\n');
  }
  out.push('</', root.name, '>\n');
  return out.join('');
}
