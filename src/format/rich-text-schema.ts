import * as v from 'valibot';
import { text, words } from './fields';
import { MAX_NOTE, MAX_PARAGRAPH, MAX_VERDICT } from './limits';
import { httpsUrl } from './https-url';
import { REVIEW_LINK } from './review-link';

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

const href = v.union(
  [v.pipe(v.string(), v.regex(REVIEW_LINK)), httpsUrl],
  'Invalid link: only /reviews/<slug> or https: addresses',
);

/**
 * A node checked as the kind its `type` names, and that one only, as valibot's
 * `variant` does (whose code would add 0.4 kB to every page's first load): the
 * check takes time in proportion to the tree, where a union tries every kind
 * at every level, exponential in the depth. An unknown type is refused without
 * looking inside the node. The JSON Schema generator asks with no input: it
 * gets every kind.
 */
function byType(kinds: Record<string, v.GenericSchema>): v.GenericSchema {
  const types = new Map(Object.entries(kinds));
  const every = v.union([...new Set(types.values())]);
  const unknownType = v.object({ type: v.picklist([...types.keys()]) });
  return v.lazy((input) =>
    input === undefined ? every : (types.get((input as { type?: string } | null)?.type as string) ?? unknownType),
  );
}

const mark = v.object({ type: v.picklist(['emphasis', 'strong', 'spoiler']), children: v.lazy(() => inlines) });
const link = v.object({ type: v.literal('link'), href, children: v.lazy(() => inlines) });
const inline = v.union([
  words(MAX_PARAGRAPH),
  byType({ emphasis: mark, strong: mark, spoiler: mark, link }),
]) as v.GenericSchema<Inline>;
const inlines = v.pipe(v.array(inline), v.nonEmpty());

const section = v.object({
  type: v.picklist(['quote', 'spoiler']),
  children: v.lazy(() => v.pipe(v.array(block), v.nonEmpty())),
});
const block = byType({
  paragraph: v.object({ type: v.literal('paragraph'), children: inlines }),
  quote: section,
  spoiler: section,
}) as v.GenericSchema<Block>;

/** A paragraph of a body: a plain string (as format v1 published it) or a block. */
export const bodySchema = v.pipe(v.array(v.union([text(MAX_PARAGRAPH), block])), v.nonEmpty());

/** A verdict: plain text, or a line of rich text (never a spoiler). */
export const verdictSchema = v.union([text(MAX_VERDICT), inlines]);

/** A critic's note on a film of their list: the same as a verdict, shorter. */
export const noteSchema = v.union([text(MAX_NOTE), inlines]);
