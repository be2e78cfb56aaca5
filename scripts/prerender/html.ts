/**
 * The one way the prerenderer writes HTML around React's output: every value
 * escaped for where it goes, and templates filled by splitting at their
 * markers, never with `String.replace`, whose replacement string reads `$&`,
 * `$'` and `` $` `` as patterns.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The text of HTML React wrote: its entities (named, decimal, hexadecimal) turned back into characters. */
export function decodeHtml(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
  return html.replace(
    /&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi,
    (entity, decimal?: string, hex?: string, name?: string) => {
      const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
      if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      return named[name!.toLowerCase()] ?? entity;
    },
  );
}

/** A void element (`<meta … />`, `<link … />`) with its attributes escaped; undefined attributes are left out. */
export function voidElement(tag: 'meta' | 'link', attributes: Record<string, string | undefined>): string {
  const pairs = Object.entries(attributes)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
  return `<${tag}${pairs.join('')} />`;
}

/**
 * Fills a template's `<!--app-NAME-->` markers with HTML, each marker exactly
 * once. The template alone is searched: what goes in is never read again, so
 * no text in it can act as a marker or a pattern.
 */
export function fillSlots(template: string, slots: Record<string, string>): string {
  const parts = template.split(/<!--app-([a-z]+)-->/);
  const used = new Set<string>();
  const filled = parts.map((part, index) => {
    if (index % 2 === 0) return part;
    if (!(part in slots)) throw new Error(`the app shell has a marker <!--app-${part}--> with nothing to fill it`);
    if (used.has(part)) throw new Error(`the app shell has the marker <!--app-${part}--> twice`);
    used.add(part);
    return slots[part]!;
  });
  const missing = Object.keys(slots).filter((name) => !used.has(name));
  if (missing.length)
    throw new Error(`the app shell has no marker ${missing.map((name) => `<!--app-${name}-->`).join(', ')}`);
  return filled.join('');
}
