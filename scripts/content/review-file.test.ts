import { describe, expect, it } from 'vitest';
import { readReviewFile, type ReviewFile } from './review-file';
import { BALLERINA_SOURCE as BALLERINA } from '../../tests/ballerina-source';

/**
 * Reading one review file: the review it makes, or its problems at their
 * line and column in the file. Fixtures are content/reviews/ballerina-2023.md
 * with one mistake made in it by string replacement, so lines are known.
 */
const FIRST_BODY_LINE = 49;

/** The Ballerina file with each [from, to] replaced once (a failed test if `from` is not in it). */
function ballerina(...changes: [from: string, to: string][]): string {
  return changes.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`not in the fixture: ${from}`);
    return text.replace(from, () => to);
  }, BALLERINA);
}

const read = (source: string, name = 'ballerina-2023.md') => readReviewFile(name, source);

/** Exactly these problems, in this order: line, column and a telling part of the message. */
function expectProblems(file: ReviewFile, expected: [line: number, column: number, message: string][]) {
  expect(file.problems).toEqual(
    expected.map(([line, column, message]) => ({ line, column, message: expect.stringContaining(message) })),
  );
}

const TOP_KEYS =
  'headline, standfirst, rating, author, published, updated, spoilers, draft, film, watch, mentions, verdict, image';

describe('readReviewFile: a valid file', () => {
  it('is laid out as these tests expect (rating on line 4, verdict on 46, the body from 49)', () => {
    const lines = BALLERINA.split('\n');
    expect([lines[0], lines[46]]).toEqual(['---', '---']);
    expect(lines[3]).toBe('rating: 4');
    expect(lines[45]).toMatch(/^verdict: "Derivative/);
    expect(lines[FIRST_BODY_LINE - 1]).toMatch(/^The revenge plot/);
  });

  it("gives the published review: slug from the file name, the author's slug (readContent adds their name), body blocks, plain verdict", () => {
    const file = read(BALLERINA);
    expect(file.problems).toEqual([]);
    expect(file.slug).toBe('ballerina-2023');
    expect(file.draft).toBe(false);
    const review = file.review!;
    expect(review).toMatchObject({ version: 2, slug: 'ballerina-2023', rating: 4, published: '2023-10-09' });
    expect(review.author).toEqual({ name: 'daniel-okafor', slug: 'daniel-okafor' });
    expect(file.author).toEqual({ slug: 'daniel-okafor', line: 5, column: 9 });
    expect(review.spoilers).toBe(false);
    expect(review.verdict).toMatch(/^Derivative by design .* merely copying them\.$/);
    expect(review.body).toHaveLength(6);
    const first = review.body[0] as { type: string; children: unknown[] };
    expect(first.type).toBe('paragraph');
    expect(first.children[1]).toEqual({
      type: 'link',
      href: '/reviews/the-call-2020',
      children: [{ type: 'emphasis', children: ['The Call'] }],
    });
    expect(review.film).toMatchObject({ title: 'Ballerina', year: 2023, genres: ['action', 'thriller'], runtime: 93 });
  });

  it('counts the words the full-text index holds, once per word, from the text as published', () => {
    const { words, review } = read(BALLERINA);
    const counts = new Map(words);
    expect(counts.size).toBe(words!.length);
    // "Ballerina" is in the headline and the body; "the" is a stop word the index leaves out.
    expect(counts.get('ballerina')).toBeGreaterThan(1);
    expect(counts.has('the')).toBe(false);
    expect(review!.headline.toLowerCase()).toContain('ballerina');
  });

  it('reports every review it points to, from mentions and links, at its line and column', () => {
    expect(read(BALLERINA).references).toEqual([
      { slug: 'the-call-2020', line: 49, column: 196 },
      { slug: 'taken-2008', line: 51, column: 92 },
      { slug: 'john-wick-2014', line: 51, column: 445 },
      { slug: 'hard-boiled-1992', line: 51, column: 792 },
      { slug: 'taken-2008', line: 36, column: 11 },
      { slug: 'john-wick-2014', line: 39, column: 11 },
      { slug: 'hard-boiled-1992', line: 42, column: 11 },
      { slug: 'the-call-2020', line: 45, column: 11 },
    ]);
  });

  it('makes strong, quotes and spoilers into blocks, and a verdict with emphasis into inlines', () => {
    const file = read(
      ballerina(
        ['rating: 4', 'rating: 4\nspoilers: true\ndraft: true'],
        ['verdict: "Derivative', 'verdict: "*Ballerina* is derivative'],
        [
          'The revenge plot',
          '> **Revenge** plot :spoiler[hidden *twist*].\n\n:::spoiler\nThe end.\n:::\n\nThe revenge plot',
        ],
      ),
    );
    expect(file.problems).toEqual([]);
    expect(file.draft).toBe(true);
    expect(file.review!.spoilers).toBe(true);
    expect(file.review!.verdict).toEqual([
      { type: 'emphasis', children: ['Ballerina'] },
      expect.stringMatching(/^ is derivative/),
    ]);
    expect(file.review!.body.slice(0, 2)).toEqual([
      {
        type: 'quote',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'strong', children: ['Revenge'] },
              ' plot ',
              { type: 'spoiler', children: ['hidden ', { type: 'emphasis', children: ['twist'] }] },
              '.',
            ],
          },
        ],
      },
      { type: 'spoiler', children: [{ type: 'paragraph', children: ['The end.'] }] },
    ]);
  });
});

describe('readReviewFile: YAML that cannot be read', () => {
  it('reports the broken line, skips the fields, and still checks the body in the same run', () => {
    const file = read(
      ballerina(
        ['author: daniel-okafor', 'author Daniel Okafor'],
        ['rating: 4', 'rating: 7'],
        ['The revenge plot', '## The revenge plot'],
      ),
    );
    expectProblems(file, [
      [5, 1, 'YAML: Implicit keys need to be on a single line'],
      [FIRST_BODY_LINE, 1, 'headings are not part of a review body'],
    ]);
    expect(file.review).toBeNull();
  });

  it.each([
    [
      'a colon and a space in an unquoted value',
      ['verdict: "Derivative', 'verdict: Derivative'],
      46,
      10,
      'Nested mappings',
    ],
    ['straight quotes opening a value', ['headline: ‘Ballerina’', "headline: 'Ballerina'"], 2, 23, 'Unexpected scalar'],
    ['a tab as indentation', ['  runtime: 93', '\truntime: 93'], 25, 1, 'Tabs are not allowed as indentation'],
    [
      'a field written twice',
      ['author: daniel-okafor', 'author: daniel-okafor\nrating: 3'],
      6,
      1,
      'Map keys must be unique',
    ],
  ] as const)('%s: at its line and column', (_, change, line, column, message) => {
    const [first] = read(ballerina([...change])).problems;
    expect(first).toEqual({ line, column, message: expect.stringContaining(`YAML: ${message}`) });
  });

  it.each([
    ['a colon and a space', ['verdict: "Derivative', 'verdict: Derivative'], 'goes in quotes: "Ballerina: a review"'],
    [
      'straight quotes opening a value',
      ['headline: ‘Ballerina’', "headline: 'Ballerina'"],
      'must be quoted as a whole',
    ],
    ['a field written twice', ['author: daniel-okafor', 'author: daniel-okafor\nrating: 3'], 'this key is given twice'],
    ['a field without its colon', ['author: daniel-okafor', 'author Daniel Okafor'], 'a name, a colon, a space'],
  ] as const)('says how to fix %s', (_, change, hint) => {
    const [first] = read(ballerina([...change])).problems;
    expect(first?.message).toContain(hint);
  });
});

describe('readReviewFile: valid YAML that does not say what the critic meant', () => {
  it('refuses a value starting with * (a YAML alias) instead of crashing', () => {
    const file = read(ballerina(['verdict: "Derivative by design', 'verdict: *Derivative* by design, "']));
    expect(file.problems).toContainEqual({
      line: 46,
      column: 10,
      message: expect.stringContaining('read as a YAML alias'),
    });
    expect(read(ballerina(['verdict: "Derivative by design', 'verdict: *Derivative*\nx: "'])).problems).toContainEqual({
      line: 46,
      column: 10,
      message: expect.stringContaining('read as a YAML alias'),
    });
  });

  it('refuses words after " #" in a text value, which YAML reads as a comment', () => {
    const file = read(ballerina(['author: daniel-okafor', 'author: daniel-okafor #1 fan']));
    expect(file.problems).toEqual([{ line: 5, column: 9, message: expect.stringContaining('read as a YAML comment') }]);
  });

  it('keeps a comment after a number, which loses nothing', () => {
    expect(read(ballerina(['rating: 4', 'rating: 4 # out of 5'])).problems).toEqual([]);
  });
});

describe('readReviewFile: unknown keys', () => {
  it.each([
    [
      'rating: 4',
      'rating: 4\nspoiler: true',
      5,
      1,
      `unknown key "spoiler" — did you mean "spoilers"? (known here: ${TOP_KEYS})`,
    ],
    [
      '  directors:',
      '  directer:',
      11,
      3,
      'unknown key "film.directer" — did you mean "directors"? (known here: title, originalTitle, year, directors, cast, countries, languages, runtime, genres)',
    ],
    [
      '    slug: taken-2008',
      '    slug: taken-2008\n    link: x',
      37,
      5,
      'unknown key "mentions.0.link" (known here: title, year, slug)',
    ],
    ['rating: 4', 'rating: 4\nslug: ballerina-2023', 5, 1, `unknown key "slug" (known here: ${TOP_KEYS})`],
  ])('%s → %s: at the key, with the keys known there', (from, to, line, column, message) => {
    expect(read(ballerina([from, to])).problems).toEqual([{ line, column, message }]);
  });

  it('reports a misspelt field both as unknown and as missing', () => {
    expectProblems(read(ballerina(['rating: 4', 'raiting: 4'])), [
      [4, 1, 'unknown key "raiting" — did you mean "rating"?'],
      [2, 1, 'missing "rating"'],
    ]);
  });
});

describe('readReviewFile: the file itself', () => {
  it('wants a slug as the file name, at 1:1', () => {
    const file = read(BALLERINA, 'Bad Name.md');
    expectProblems(file, [[1, 1, "the file name is the review's address"]]);
    expect(file.review).toBeNull();
  });

  it.each([
    ['no front matter', BALLERINA.slice(BALLERINA.indexOf('\n---\n', 3) + 5)],
    ['a front matter never closed', ballerina(['\n---\n\nThe revenge', '\n\nThe revenge'])],
    ['a first line that is not exactly ---', ballerina(['---\n', '--- \n'])],
  ])('%s: a problem at 1:1', (_, source) => {
    expectProblems(read(source), [[1, 1, 'a review starts with its front matter between two lines of ---']]);
  });

  it('wants fields in the front matter, and counts body lines after an empty one', () => {
    expectProblems(read('---\n---\nA <b>bold</b> claim.\n'), [
      [2, 1, 'the front matter must be a list of fields'],
      [3, 3, 'HTML is not allowed'],
      [3, 10, 'HTML is not allowed'],
    ]);
    expectProblems(read('---\n- headline\n---\n\nSome `code` here.\n'), [
      [2, 1, 'the front matter must be a list of fields'],
      [5, 6, 'code (`…`) is not part of a review body'],
    ]);
  });

  it('reads a file with a byte order mark and Windows line ends as the same review', () => {
    const windows = read(`\uFEFF${BALLERINA.replace(/\n/g, '\r\n')}`);
    expect(windows.problems).toEqual([]);
    expect(windows.review).toEqual(read(BALLERINA).review);
  });

  it('keeps lines and columns right with a byte order mark and Windows line ends', () => {
    const source = ballerina(['rating: 4', 'rating: 7'], ['The revenge plot', 'The <b>revenge</b> plot']);
    expectProblems(read(`\uFEFF${source.replace(/\n/g, '\r\n')}`), [
      [4, 9, 'rating: Invalid value: Expected <=5 but received 7'],
      [FIRST_BODY_LINE, 5, 'HTML is not allowed'],
      [FIRST_BODY_LINE, 15, 'HTML is not allowed'],
    ]);
  });
});
