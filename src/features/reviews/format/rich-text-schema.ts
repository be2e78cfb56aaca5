import * as v from 'valibot';
import { text, words } from './fields';
import { httpsUrl } from './https-url';

/**
 * The rich text of a review's body and verdict: a small tree, written by
 * critics in Markdown (docs/review-format.md) and published as JSON. Blocks
 * are paragraphs, block quotes and spoiler sections; inside them, text,
 * emphasis, strong, links (to another review or to an https: page) and
 * spoiler passages. The app renders it as React elements, never as HTML.
 */
export type Inline =
  | string
  | { type: 'emphasis' | 'strong' | 'spoiler'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'quote'; children: Block[] }
  | { type: 'spoiler'; children: Block[] };

/** A link to another review of this site: `/reviews/<slug>`. */
export const REVIEW_LINK = /^\/reviews\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const href = v.union(
  [v.pipe(v.string(), v.regex(REVIEW_LINK)), httpsUrl],
  'Invalid link: only /reviews/<slug> or https: addresses',
);

const inline: v.GenericSchema<Inline> = v.union([
  words(),
  v.object({ type: v.picklist(['emphasis', 'strong', 'spoiler']), children: v.lazy(() => inlines) }),
  v.object({ type: v.literal('link'), href, children: v.lazy(() => inlines) }),
]);
const inlines = v.pipe(v.array(inline), v.nonEmpty());

export const blockSchema: v.GenericSchema<Block> = v.union([
  v.object({ type: v.literal('paragraph'), children: inlines }),
  v.object({
    type: v.picklist(['quote', 'spoiler']),
    children: v.lazy(() => v.pipe(v.array(blockSchema), v.nonEmpty())),
  }),
]);

/** A paragraph of a body: a plain string (as format v1 published it) or a block. */
export const bodySchema = v.pipe(v.array(v.union([text(20_000), blockSchema])), v.nonEmpty());

/** A verdict: plain text, or a line of rich text (never a spoiler). */
export const verdictSchema = v.union([text(), inlines]);

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
