import * as v from 'valibot';
import { text, words } from './fields';
import { NESTING_LIMITS, TEXT_LIMITS } from './limits';
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

// Variants, not unions, of the nodes: a node is checked against the one kind its `type` names, so the check
// takes time in proportion to the tree (a union tries every kind at every level: exponential in the depth).
const inline: v.GenericSchema<Inline> = v.union([
  words(TEXT_LIMITS.paragraph),
  v.variant('type', [
    v.object({ type: v.picklist(['emphasis', 'strong', 'spoiler']), children: v.lazy(() => inlines) }),
    v.object({ type: v.literal('link'), href, children: v.lazy(() => inlines) }),
  ]),
]);
const inlines = v.pipe(v.array(inline), v.nonEmpty());

const block: v.GenericSchema<Block> = v.variant('type', [
  v.object({ type: v.literal('paragraph'), children: inlines }),
  v.object({
    type: v.picklist(['quote', 'spoiler']),
    children: v.lazy(() => v.pipe(v.array(block), v.nonEmpty())),
  }),
]);

/** How deep a tree of rich text nests, by the kinds NESTING_LIMITS counts. */
export type Nesting = Record<keyof typeof NESTING_LIMITS, number>;

const MARKS: ReadonlySet<unknown> = new Set(['emphasis', 'strong', 'spoiler', 'link']);

/**
 * The deepest nesting of each kind in rich text (`inline`: a line of
 * inlines, such as a verdict, rather than blocks). Any JSON is measured,
 * without recursion, so it is safe to run before the schemas, which recurse.
 */
export function nestingOf(nodes: unknown, inline = false): Nesting {
  const deepest: Nesting = { quotes: 0, sections: 0, marks: 0 };
  const stack: { value: unknown; inline: boolean; at: Nesting }[] = [{ value: nodes, inline, at: { ...deepest } }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, at } = item;
    if (Array.isArray(value)) {
      for (const child of value) stack.push({ value: child, inline: item.inline, at });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const { type, children } = value as { type?: unknown; children?: unknown };
    const here: Nesting = {
      quotes: at.quotes + Number(!item.inline && type === 'quote'),
      sections: at.sections + Number(!item.inline && type === 'spoiler'),
      marks: at.marks + Number(item.inline && MARKS.has(type)),
    };
    for (const kind of Object.keys(deepest) as (keyof Nesting)[]) deepest[kind] = Math.max(deepest[kind], here[kind]);
    stack.push({ value: children, inline: item.inline || type === 'paragraph', at: here });
  }
  return deepest;
}

const NESTED: Record<keyof Nesting, string> = {
  quotes: 'block quotes',
  sections: 'spoiler sections',
  marks: 'emphasis, strong, links and spoilers',
};

/** What nests too deep, said with its limit ("block quotes nested 6 deep: at most 4 levels"), or null. */
export function tooDeep(nesting: Nesting): string | null {
  const kind = (Object.keys(NESTED) as (keyof Nesting)[]).find((key) => nesting[key] > NESTING_LIMITS[key]);
  if (!kind) return null;
  const limit = NESTING_LIMITS[kind];
  return `${NESTED[kind]} nested ${nesting[kind]} deep: at most ${limit} level${limit === 1 ? '' : 's'}`;
}

/** Rich text within NESTING_LIMITS, measured before `schema` walks it (which would recurse as deep as it goes). */
const shallow = <TSchema extends v.GenericSchema<unknown[]>>(schema: TSchema, inline: boolean) =>
  v.pipe(
    v.array(v.unknown()),
    v.check(
      (nodes) => tooDeep(nestingOf(nodes, inline)) === null,
      (issue) => `Invalid rich text: ${tooDeep(nestingOf(issue.input, inline))}`,
    ),
    schema,
  );

/** A paragraph of a body: a plain string (as format v1 published it) or a block. */
export const bodySchema = shallow(v.pipe(v.array(v.union([text(TEXT_LIMITS.paragraph), block])), v.nonEmpty()), false);

/** A verdict: plain text, or a line of rich text (never a spoiler). */
export const verdictSchema = v.union([text(TEXT_LIMITS.verdict), shallow(inlines, true)]);

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
