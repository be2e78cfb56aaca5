import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { NESTING_LIMITS } from './limits';
import { bodySchema, nestingOf, tooDeep, verdictSchema, type Block, type Inline } from './rich-text-schema';

/**
 * The rich text of a body and a verdict, as the app checks it: every node
 * against the one kind its `type` names, and the depth measured first,
 * without recursion, so that a tree of any depth is refused with its depth
 * rather than taking the tab down (an 18-deep quote once took 1.6 s and
 * 352 MB in the browser; 200 levels ran out of memory).
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

describe('nestingOf', () => {
  it('counts quotes and sections among blocks, and marks (links and spoiler passages too) inside paragraphs', () => {
    const body: Block[] = [
      quoted(2, {
        type: 'spoiler',
        children: [quoted(1, paragraph({ type: 'link', href: 'https://a.b/', children: [marked(2)] }))],
      }),
      paragraph({ type: 'spoiler', children: ['a'] }),
    ];
    expect(nestingOf(body)).toEqual({ quotes: 3, sections: 1, marks: 3 });
  });

  it('counts a verdict as a line of marks', () => {
    expect(nestingOf([marked(4), 'plain'], true)).toEqual({ quotes: 0, sections: 0, marks: 4 });
    expect(nestingOf([{ type: 'spoiler', children: ['a'] }], true)).toEqual({ quotes: 0, sections: 0, marks: 1 });
  });

  it('measures the deepest branch, not the sum of them', () => {
    expect(nestingOf([quoted(2), quoted(3), quoted(1)])).toEqual({ quotes: 3, sections: 0, marks: 0 });
    expect(nestingOf([paragraph(marked(3), marked(5), marked(1))])).toEqual({ quotes: 0, sections: 0, marks: 5 });
  });

  it('measures any JSON without failing, however deep', () => {
    expect(nestingOf([quoted(100_000)]).quotes).toBe(100_000);
    expect(nestingOf(['text', 3, null, { children: 'no' }, [[{ type: 'quote' }]]])).toEqual({
      quotes: 1,
      sections: 0,
      marks: 0,
    });
    expect(nestingOf('not a list')).toEqual({ quotes: 0, sections: 0, marks: 0 });
  });
});

describe('tooDeep', () => {
  it('says the first kind past its limit, with the limit', () => {
    expect(tooDeep({ quotes: 4, sections: 1, marks: 6 })).toBeNull();
    expect(tooDeep({ quotes: 6, sections: 0, marks: 9 })).toBe('block quotes nested 6 deep: at most 4 levels');
    expect(tooDeep({ quotes: 0, sections: 2, marks: 0 })).toBe('spoiler sections nested 2 deep: at most 1 level');
    expect(tooDeep({ quotes: 0, sections: 0, marks: 7 })).toBe(
      'emphasis, strong, links and spoilers nested 7 deep: at most 6 levels',
    );
  });
});

describe('bodySchema and verdictSchema', () => {
  it(`accept rich text as deep as NESTING_LIMITS: ${NESTING_LIMITS.quotes} quotes, ${NESTING_LIMITS.marks} marks`, () => {
    const body = [quoted(NESTING_LIMITS.quotes, paragraph(marked(NESTING_LIMITS.marks)))];
    expect(v.parse(bodySchema, body)).toEqual(body);
    expect(v.parse(verdictSchema, [marked(NESTING_LIMITS.marks)])).toEqual([marked(NESTING_LIMITS.marks)]);
  });

  it.each([5, 18, 200, 100_000])('refuse block quotes %i deep, saying so', (depth) => {
    expect(messages(bodySchema, [quoted(depth)])).toEqual([
      `Invalid rich text: block quotes nested ${depth} deep: at most 4 levels`,
    ]);
  });

  it.each([7, 2_000, 100_000])('refuse marks %i deep, in a body and in a verdict', (depth) => {
    const message = `Invalid rich text: emphasis, strong, links and spoilers nested ${depth} deep: at most 6 levels`;
    expect(messages(bodySchema, [paragraph(marked(depth))])).toEqual([message]);
    expect(v.is(verdictSchema, [marked(depth)])).toBe(false);
  });

  it('refuse a spoiler section inside another', () => {
    const nested: Block = { type: 'spoiler', children: [{ type: 'spoiler', children: [paragraph('a')] }] };
    expect(messages(bodySchema, [nested])).toEqual([
      'Invalid rich text: spoiler sections nested 2 deep: at most 1 level',
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

  it('never throw, and accept only trees within the limits', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.boolean(), (nodes, verdict) => {
        const result = v.safeParse(verdict ? verdictSchema : bodySchema, nodes);
        if (result.success) expect(tooDeep(nestingOf(nodes, verdict))).toBeNull();
      }),
    );
  });
});
