import { describe, expect, it } from 'vitest';
import { GENRE_SLUGS } from '../../src/format/genres';
import { readReviewFile } from './review-file';
import { BALLERINA_SOURCE as BALLERINA } from '../../tests/ballerina-source';

/**
 * The fields of a review file's front matter (front-matter-schema.ts), as
 * readReviewFile reports them: each mistake at the value's line and column
 * in the file. Fixtures are content/reviews/ballerina-2023.md with one change.
 */

/** The Ballerina file with each [from, to] replaced once (a failed test if `from` is not in it). */
function ballerina(...changes: [from: string, to: string][]): string {
  return changes.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`not in the fixture: ${from}`);
    return text.replace(from, () => to);
  }, BALLERINA);
}

/** The problems of the Ballerina file with one change, as [line, column, message]. */
const problemsWith = (from: string, to: string) =>
  readReviewFile('ballerina-2023.md', ballerina([from, to])).problems.map(({ line, column, message }) => [
    line,
    column,
    message,
  ]);

describe('readReviewFile: front matter fields', () => {
  it.each([
    ['a missing rating', 'rating: 4\n', '', [[2, 1, 'missing "rating"']]],
    ['a missing film year', '  year: 2023\n', '', [[8, 3, 'missing "film.year"']]],
    [
      'a rating in words',
      'rating: 4',
      'rating: "four"',
      [[4, 9, 'rating: Invalid type: Expected number but received "four"']],
    ],
    ['a rating over 5', 'rating: 4', 'rating: 7', [[4, 9, 'rating: Invalid value: Expected <=5 but received 7']]],
    [
      'a rating not in half stars',
      'rating: 4',
      'rating: 3.3',
      [[4, 9, 'rating: Invalid rating: whole or half stars only']],
    ],
    [
      'a date with month 13 and day 45',
      'published: 2023-10-09',
      'published: 2023-13-45',
      [[6, 12, 'published: Invalid date: write it as YYYY-MM-DD, e.g. 2023-10-09']],
    ],
    [
      'a date written day first',
      'published: 2023-10-09',
      'published: 23/10/2023',
      [[6, 12, 'published: Invalid date: write it as YYYY-MM-DD, e.g. 2023-10-09']],
    ],
    [
      'a date as a number',
      'published: 2023-10-09',
      'published: 20231009',
      [[6, 12, 'published: write the date as YYYY-MM-DD, e.g. 2023-10-09']],
    ],
    [
      'a year before 1870',
      '  year: 2023',
      '  year: 1869',
      [[10, 9, 'film.year: Invalid value: Expected >=1870 but received 1869']],
    ],
    [
      'a year after 2100',
      '  year: 2023',
      '  year: 2101',
      [[10, 9, 'film.year: Invalid value: Expected <=2100 but received 2101']],
    ],
    [
      'an empty genre list',
      '  genres:\n    - action\n    - thriller',
      '  genres: []',
      [[26, 11, 'film.genres: list at least one genre']],
    ],
    [
      'an http: watch address',
      'url: https://www.netflix.com/',
      'url: http://www.netflix.com/',
      [[32, 10, 'watch.0.url: Invalid URL: only https: links are allowed']],
    ],
    [
      'draft: yes',
      'rating: 4',
      'rating: 4\ndraft: yes',
      [[5, 8, 'draft: Invalid type: Expected boolean but received "yes"']],
    ],
    [
      'an author with name: under it',
      'author: daniel-okafor',
      'author:\n  name: Daniel Okafor',
      [[6, 3, 'author: Invalid type: Expected string but received Object']],
    ],
    [
      "an author's name instead of their slug",
      'author: daniel-okafor',
      'author: Daniel Okafor',
      [
        [
          5,
          9,
          "author: write the critic's slug, the name of their file in content/critics without .md, such as daniel-okafor",
        ],
      ],
    ],
    [
      'a director whose name is too long, written with person:',
      '    - Lee Chung-hyun',
      `    - name: ${'x'.repeat(201)}\n      person: lee-chung-hyun`,
      [[12, 13, 'film.directors.0.name: too long: 201 characters, at most 200']],
    ],
    [
      'a person: that is not a slug',
      '    - name: Jeon Jong-seo',
      '    - name: Jeon Jong-seo\n      person: Jeon 2',
      [[15, 15, 'film.cast.0.person: Invalid slug: lowercase letters, digits and single hyphens, like taken-2008']],
    ],
    [
      'an empty headline',
      /^headline: .*$/m.exec(BALLERINA)![0],
      'headline: ""',
      [[2, 11, 'headline: Invalid text: it is empty']],
    ],
    [
      'a mention slug that is not a slug',
      'slug: taken-2008',
      'slug: Taken 2008',
      [[36, 11, 'mentions.0.slug: Invalid slug: lowercase letters, digits and single hyphens, like taken-2008']],
    ],
  ])('%s', (_, from, to, expected) => {
    expect(problemsWith(from, to)).toEqual(expected);
  });

  it('names the unknown genre and lists every valid one', () => {
    expect(problemsWith('    - thriller', '    - sci-fi')).toEqual([
      [28, 7, `film.genres.1: unknown genre "sci-fi": use one of ${GENRE_SLUGS.join(', ')}`],
    ]);
    expect(GENRE_SLUGS).toContain('science-fiction');
  });

  it.each([1870, 2100])('accepts a film year of %i, at the edge of the range', (year) => {
    expect(problemsWith('  year: 2023', `  year: ${year}`)).toEqual([]);
  });

  it('reports every field mistake together with the body’s, in one run', () => {
    const file = readReviewFile(
      'ballerina-2023.md',
      ballerina(
        ['rating: 4', 'rating: 7'],
        ['  year: 2023', '  year: 1850'],
        ['The revenge plot', '- The revenge plot'],
      ),
    );
    expect(file.problems.map(({ line, column }) => [line, column])).toEqual([
      [4, 9],
      [10, 9],
      [49, 1],
    ]);
  });
});

describe('readReviewFile: no spoilers outside the body', () => {
  const HEADLINE = /^headline: .*$/m.exec(BALLERINA)![0];

  it.each([
    ['the headline', HEADLINE, 'headline: "‘Ballerina’ review — :spoiler[she lives]"', 2, 11],
    ['the headline, as a section mark', HEADLINE, 'headline: ":::spoiler Ballerina"', 2, 11],
    ['the standfirst', 'standfirst: Lee', 'standfirst: :spoiler[She lives.] Lee', 3, 13],
  ])('refuses a spoiler mark in %s, at its value', (_, from, to, line, column) => {
    const key = from.slice(0, from.indexOf(':'));
    expect(problemsWith(from, to)).toEqual([
      [line, column, `${key}: no spoilers here: it is shown on cards, in search results and in link previews`],
    ]);
  });

  it('refuses a spoiler in the verdict, at the start of the verdict', () => {
    expect(problemsWith('verdict: "Derivative', 'verdict: "In the end :spoiler[she lives]. Derivative')).toEqual([
      [46, 10, 'verdict: no spoiler mark in the verdict: it is always shown in full'],
    ]);
  });

  it.each([
    ['two paragraphs', 'verdict: |\n  One.\n\n  Two.', 'verdict: write one paragraph'],
    ['a quote', 'verdict: "> Quoted."', 'verdict: write one paragraph'],
    ['HTML', 'verdict: "Very <b>good</b>."', 'verdict: HTML is not allowed'],
    ['an http: link', 'verdict: "See [the site](http://example.com/)."', 'verdict: link to "http://example.com/"'],
  ])('refuses %s in the verdict, at the start of the verdict', (_, verdict, message) => {
    const [first] = problemsWith(/^verdict: .*$/m.exec(BALLERINA)![0], verdict);
    expect(first).toEqual([46, 10, expect.stringContaining(message)]);
  });

  it('counts a review link in the verdict as a reference, at the start of the verdict', () => {
    const file = readReviewFile(
      'ballerina-2023.md',
      ballerina(['verdict: "Derivative', 'verdict: "Like [*Taken*](/reviews/taken-2008), derivative']),
    );
    expect(file.problems).toEqual([]);
    expect(file.references).toContainEqual({ slug: 'taken-2008', line: 46, column: 10 });
    expect(file.review!.verdict).toContainEqual({
      type: 'link',
      href: '/reviews/taken-2008',
      children: [{ type: 'emphasis', children: ['Taken'] }],
    });
  });
});
