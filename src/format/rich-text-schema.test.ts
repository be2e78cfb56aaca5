import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_MARKS, MAX_QUOTES } from './limits';
import { bodySchema, verdictSchema, type Block, type Inline } from './rich-text-schema';

/**
 * The rich text of a body and a verdict, as the app checks it: every node
 * against the one kind its `type` names, so that the check takes time in
 * proportion to the tree (an 18-deep quote once took 1.6 s and 352 MB in the
 * browser; 200 levels ran out of memory). The checker never publishes rich
 * text deeper than MAX_QUOTES and MAX_MARKS (review-file-limits.test.ts).
 */
const paragraph = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const quoted = (depth: number, inner: Block = paragraph('deep')): Block =>
  Array.from({ length: depth }).reduce<Block>((block) => ({ type: 'quote', children: [block] }), inner);
const marked = (depth: number, inner: Inline = 'x'): Inline =>
  Array.from({ length: depth }).reduce<Inline>(
    (node, _, index) => (index % 2 ? { type: 'strong', children: [node] } : { type: 'emphasis', children: [node] }),
    inner,
  );
const messages = (schema: v.GenericSchema, input: unknown) =>
  v.safeParse(schema, input).issues?.map((issue) => issue.message);

describe('bodySchema and verdictSchema', () => {
  it(`accept rich text as deep as the checker publishes: ${MAX_QUOTES} quotes, ${MAX_MARKS} marks`, () => {
    const body = [quoted(MAX_QUOTES, { type: 'spoiler', children: [paragraph(marked(MAX_MARKS))] })];
    expect(v.parse(bodySchema, body)).toEqual(body);
    expect(v.parse(verdictSchema, [marked(MAX_MARKS)])).toEqual([marked(MAX_MARKS)]);
  });

  // With a union, every level was checked against every kind: 18 levels took seconds, 200 never ended.
  it.each([18, 200])('check a quote %i levels deep, and marks as deep, in time proportional to their size', (depth) => {
    expect(v.is(bodySchema, [quoted(depth)])).toBe(true);
    expect(v.is(bodySchema, [paragraph(marked(depth))])).toBe(true);
    expect(v.is(verdictSchema, [marked(depth, { type: 'aside' } as unknown as Inline)])).toBe(false);
  });

  it('give up on a tree deeper than the call stack with a RangeError, which the API client reports', () => {
    expect(() => v.safeParse(bodySchema, [quoted(100_000)])).toThrow(RangeError);
  });

  it('refuse a node of an unknown type without looking inside it, naming the types it knows', () => {
    const unknown = { type: 'aside', children: [quoted(3)] };
    expect(v.safeParse(bodySchema, [{ type: 'quote', children: [unknown] }]).issues?.[0]?.issues?.[1]?.message).toBe(
      'Invalid type: Expected ("paragraph" | "quote" | "spoiler") but received "aside"',
    );
    expect(messages(verdictSchema, [{ type: '__proto__', children: ['a'] }])).toEqual([
      'Invalid type: Expected (string | Array) but received Array',
    ]);
  });

  it('check each node as the kind its type names', () => {
    expect(v.is(bodySchema, [{ type: 'quote', children: [paragraph('a')] }])).toBe(true);
    expect(v.is(bodySchema, [{ type: 'aside', children: [paragraph('a')] }])).toBe(false);
    expect(
      v.is(bodySchema, [
        { type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: ['a'] }] },
      ]),
    ).toBe(false);
    expect(
      v.is(bodySchema, [{ type: 'paragraph', children: [{ type: 'emphasis', href: 'https://a.b/', children: [] }] }]),
    ).toBe(false);
  });

  /** Any tree of nodes, of kinds the format has and has not, as deep as 12. */
  const tree = fc.letrec<{ node: unknown }>((self) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.string(),
      fc.record({
        type: fc.constantFrom('paragraph', 'quote', 'spoiler', 'emphasis', 'strong', 'link', 'other'),
        href: fc.option(fc.constantFrom('/reviews/a-1', 'https://a.b/', 'javascript:x'), { nil: undefined }),
        children: fc.array(self('node'), { maxLength: 3 }),
      }),
    ),
  })).node;

  it('never throw on a tree of any shape, and accept only nodes of the kinds they name', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.boolean(), (nodes, verdict) => {
        const result = v.safeParse(verdict ? verdictSchema : bodySchema, nodes);
        if (result.success) expect(JSON.stringify(nodes)).not.toContain('"other"');
      }),
    );
  });
});
