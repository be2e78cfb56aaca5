import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { GENRE_SLUGS } from '../../src/format/genres';
import { WATCH_KINDS } from '../../src/format/facets';
import { reviewSchema } from '../../src/format/review-schema';
import { readReviewFile } from './review-file';

/**
 * Any file in content/reviews gets an answer: the published review, which
 * the app's schema accepts as it is, or at least one problem, each at a line
 * and column inside the file. Files are made at random from front matter
 * (valid YAML or not), Markdown, deep nesting and every character that has
 * broken something somewhere: quotes, `$'` and `$&` (String.replace
 * patterns), `</script>`, U+FFFE, lone surrogates, bidi controls, NUL, emoji,
 * right-to-left text. fast-check prints the seed and the smallest failing
 * file. No file reaches the last resort ("the review cannot be published":
 * the format refusing what the checker passed). The time limit is a ceiling
 * a hundred times the usual few milliseconds: it catches the exponential and
 * quadratic cases (an 18-deep quote took 6 s, 200 levels never ended), not a
 * slow machine.
 */
const TIME_LIMIT_MS = 2_000;
const RUNS = { numRuns: 150 };
const TEST_TIMEOUT_MS = 300_000;

const SPECIAL = [
  ...['"', "'", '\\', "$'", '$&', '$`', '${', '</script>', '<b>', '<!--', '&amp;', '&#xFFFE;', '&#0;'],
  ...['\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u202E', '\u2066', '\u0000', '\u0001', '\u001F', '\u007F'],
  ...['\t', '\r', '\n', '\r\n', '\u2028', '\u00A0', '\uFEFF', '😀', '👩‍👩‍👧', 'مرحبا', 'שלום', '발레리나'],
  ...[':', ': ', ' #', '#', '*', '**', '_', '~~', '`', '[', ']', '(', ')', '{', '}', '|', '&', '!', '%', '@', '?'],
  ...['>', '> ', '- ', '1. ', '---', '...', ':::spoiler', ':::', ':spoiler[', '\\:', 'x', 'film', ' '],
];
/** One character or one troublesome piece. */
const unit = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const hostile = fc.string({ unit, maxLength: 24 });
const words = fc.oneof(hostile, fc.constantFrom('Ballerina', 'Daniel Okafor', 'A film worth seeing.'));

/** How deep to nest: mostly about the limits, sometimes far past them. */
const depth = (most: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 16 }) }, fc.integer({ min: 1, max: most }));

/** Markdown: pieces of the subset, of what is refused, and of deep nesting. */
const markdown = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: words },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          ...['*a*', '**b**', '_c_', '[T](/reviews/taken-2008)', '[w](https://example.com/)', '[l](javascript:x)'],
          ...[':spoiler[s]', '> quoted', '\n\n', '\n', '\n>\n', ':::spoiler\nhidden\n:::', '<i>t</i>', '`c`', '## h'],
          ...[
            '- item',
            '1992. A year',
            '| a | b |\n|---|---|',
            '[^1]',
            '[^1]: note',
            '[r][x]',
            '[x]: /a',
            '  \n',
            '\\',
          ],
        ),
      },
      { weight: 1, arbitrary: depth(300).map((n) => `${'>'.repeat(n)} deep`) },
      { weight: 1, arbitrary: depth(2_500).map((n) => `${'*'.repeat(n)}x${'*'.repeat(n)}`) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `${':spoiler['.repeat(n)}x${']'.repeat(n)}`) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 1, max: 120 }).map((n) => `${'['.repeat(n)}x${'](https://a.b)'.repeat(n)}`),
      },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => `${'  '.repeat(n)}- x`) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 1, max: 8 }).map((n) => `${':::spoiler\n'.repeat(n)}x\n${':::\n'.repeat(n)}`),
      },
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const list = <T>(arbitrary: fc.Arbitrary<T>) => optional(fc.array(arbitrary, { maxLength: 3 }));
/** Mostly what the schema wants, so that many files get as far as publishing; sometimes not. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });

/** Front matter as data, sometimes with keys the schema does not know. */
const frontMatter = fc
  .record({
    headline: words,
    standfirst: words,
    rating: mostly(fc.constantFrom(0.5, 4, 5), fc.oneof(fc.constantFrom(7, 3.3, -1), words)),
    author: words,
    published: mostly(fc.constant('2023-10-09'), fc.oneof(fc.constantFrom('2023-02-30', '1850-01-01'), words)),
    updated: optional(fc.constantFrom('2024-01-01', 'yesterday')),
    spoilers: optional(mostly(fc.boolean(), words)),
    draft: optional(fc.boolean()),
    film: fc.record({
      title: words,
      originalTitle: optional(words),
      year: mostly(fc.integer({ min: 1870, max: 2100 }), fc.oneof(fc.integer({ min: 1700, max: 2200 }), words)),
      directors: list(words),
      cast: list(fc.record({ name: words, character: optional(words) })),
      countries: list(words),
      languages: list(words),
      runtime: optional(mostly(fc.integer({ min: 1, max: 1_000 }), fc.integer())),
      genres: mostly(fc.array(fc.constantFrom(...GENRE_SLUGS), { minLength: 1, maxLength: 3 }), fc.array(words)),
    }),
    watch: list(
      fc.record({
        provider: words,
        kind: mostly(fc.constantFrom(...WATCH_KINDS), fc.constant('stream')),
        url: mostly(fc.constant('https://example.com/'), words),
      }),
    ),
    mentions: list(
      fc.record({
        title: words,
        year: optional(fc.integer({ min: 1870, max: 2100 })),
        slug: optional(mostly(fc.constant('taken-2008'), words)),
      }),
    ),
    verdict: fc.oneof(words, markdown),
    image: optional(
      fc.record({
        url: fc.constant('https://example.com/a.jpg'),
        width: fc.integer({ min: 0, max: 5_000 }),
        height: fc.integer({ min: 1, max: 5_000 }),
        alt: words,
      }),
    ),
    unknown: optional(fc.dictionary(hostile, words, { maxKeys: 2 })),
  })
  .map(({ unknown, ...fields }) => ({ ...unknown, ...fields }));

/** The front matter as YAML: written properly, or line by line without any quoting, as a hurried critic might. */
const yaml = fc.oneof(
  { weight: 3, arbitrary: frontMatter.map((data) => stringify(data).trimEnd()) },
  {
    weight: 1,
    arbitrary: frontMatter.map((data) =>
      Object.entries(data)
        .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
        .join('\n'),
    ),
  },
  { weight: 1, arbitrary: fc.array(hostile, { maxLength: 6 }).map((lines) => lines.join('\n')) },
);

const slug = mostly(
  fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
  fc.oneof(fc.constantFrom('x'.repeat(121), 'Bad Name', '', 'a--b'), hostile),
);

/** A review file: its name and its text, with the line ends and marks editors add. */
const reviewFile = fc
  .record({
    name: slug.map((name) => `${name}.md`),
    yaml,
    body: markdown,
    opening: mostly(fc.constant('---\n'), fc.constantFrom('\uFEFF---\n', '--- \n', '')),
    closing: mostly(fc.constant('\n---\n'), fc.constantFrom('\n---   \n', '\n---', '\n...\n', '')),
    windows: fc.boolean(),
  })
  .map(({ name, yaml, body, opening, closing, windows }) => {
    const text = `${opening}${yaml}${closing}\n${body}\n`;
    return { name, text: windows ? text.replace(/\n/g, '\r\n') : text };
  });

/** The answer for one file, in time: a review the app accepts as it is, or problems inside the file. */
function expectAnAnswer(name: string, text: string): void {
  const started = performance.now();
  const file = readReviewFile(name, text);
  expect(performance.now() - started).toBeLessThan(TIME_LIMIT_MS);
  if (file.review) {
    expect(file.problems).toEqual([]);
    const again = v.safeParse(reviewSchema, file.review);
    expect(again.success && again.output).toEqual(file.review);
    return;
  }
  expect(file.problems.length).toBeGreaterThan(0);
  // The checker's own rules catch everything: the format's check, the last resort, never has to.
  expect(file.problems.map(({ message }) => message)).not.toContainEqual(
    expect.stringMatching(/^the review cannot be published/),
  );
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  for (const { line, column } of file.problems) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
  }
}

describe('any review file gets an answer', () => {
  it(
    'a file made of front matter and Markdown at random',
    () =>
      fc.assert(
        fc.property(reviewFile, ({ name, text }) => expectAnAnswer(name, text)),
        RUNS,
      ),
    TEST_TIMEOUT_MS,
  );

  it(
    'a valid front matter with any body: a review or the body’s problems',
    () => {
      const valid = stringify({
        headline: 'A headline',
        standfirst: 'A standfirst.',
        rating: 4,
        author: 'Daniel Okafor',
        published: '2023-10-09',
        film: { title: 'Ballerina', year: 2023, genres: ['action'] },
        verdict: 'Good.',
      });
      fc.assert(
        fc.property(markdown, (body) => expectAnAnswer('ballerina-2023.md', `---\n${valid}---\n\n${body}\n`)),
        RUNS,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'any text at all',
    () =>
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 400 }), fc.boolean(), (text, framed) =>
          expectAnAnswer('ballerina-2023.md', framed ? `---\n${text}\n---\n${text}` : text),
        ),
        RUNS,
      ),
    TEST_TIMEOUT_MS,
  );
});
