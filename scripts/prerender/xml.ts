/**
 * The one XML writer of the build (sitemaps, the Atom feed): documents are
 * trees of elements, and every text and attribute value is escaped and
 * stripped of the characters XML 1.0 forbids, whatever it holds, so no data
 * can end an element or make a reader refuse the file.
 */

/** An element: a name from the code, attributes (undefined ones are left out), and children, elements or text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: (XmlElement | string)[];
}

/** Builds an element: `xml('link', { rel: 'self', href })`, `xml('title', {}, text)`. */
export function xml(
  name: string,
  attributes: Record<string, string | undefined> = {},
  ...children: (XmlElement | string)[]
): XmlElement {
  return { name, attributes, children };
}

/**
 * What XML 1.0 allows in no document, even as a character reference: C0
 * controls but tab, line feed and carriage return, U+FFFE, U+FFFF, and
 * surrogates that are not half of a pair.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the control characters are what this finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In an attribute, a reader turns tab and line breaks into spaces unless they are written as references.
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };
const NAME = /^[A-Za-z_][\w.:-]*$/;

/** Text for an XML text node: escaped, without the characters XML forbids. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>\r]/g, (character) => TEXT_ESCAPES[character]!);
}

/** A value for a double-quoted XML attribute: escaped, without the characters XML forbids. */
export function xmlAttribute(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"\r\t\n]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}

/**
 * A whole document, UTF-8 with its declaration: an element holding only text
 * on one line, one holding elements with each child on a line of its own.
 */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`;
}

function write(element: XmlElement, indent: string): string {
  if (!NAME.test(element.name)) throw new Error(`not an XML name: ${JSON.stringify(element.name)}`);
  const attributes = Object.entries(element.attributes)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => {
      if (!NAME.test(name)) throw new Error(`not an XML attribute name: ${JSON.stringify(name)}`);
      return ` ${name}="${xmlAttribute(value)}"`;
    })
    .join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (!element.children.length) return `${open}/>`;
  if (element.children.every((child) => typeof child === 'string')) {
    return `${open}>${element.children.map((text) => xmlText(text as string)).join('')}</${element.name}>`;
  }
  const inner = `${indent}  `;
  const lines = element.children.map((child) =>
    typeof child === 'string' ? `${inner}${xmlText(child)}` : write(child, inner),
  );
  return `${open}>\n${lines.join('\n')}\n${indent}</${element.name}>`;
}
