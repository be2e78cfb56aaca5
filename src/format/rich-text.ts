import type { Block, Inline } from './rich-text-schema';

/** What the app and the scripts read from rich text, without its schema (which stays out of the pages' first load). */

/**
 * The words of rich text, for JSON-LD, share texts and search. Spoilers are
 * left out (a passage becomes "…", a section disappears), so nothing outside
 * the page can give the ending away.
 */
export function plainText(nodes: readonly (string | Block | Inline)[], separator = '\n\n'): string {
  const parts = nodes.map((node) => {
    if (typeof node === 'string') return node;
    if (node.type === 'spoiler') return separator ? null : '…';
    return plainText(node.children, node.type === 'quote' ? '\n\n' : '');
  });
  return parts.filter((part) => part !== null).join(separator);
}

/** Whether rich text marks any passage or section as a spoiler. */
export function hasSpoiler(nodes: readonly (string | Block | Inline)[]): boolean {
  return nodes.some((node) => typeof node !== 'string' && (node.type === 'spoiler' || hasSpoiler(node.children)));
}
