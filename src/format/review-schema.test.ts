import { readdirSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../scripts/lib/project-paths';
import { accepted, authoredReviews, ballerinaWith, problemPaths, reviewJson } from '../../tests/review-fixtures';
import { FIRST_YEAR, FORMAT_VERSION, LAST_YEAR } from './fields';
import { reviewSchema } from './review-schema';
import { plainText } from './rich-text';

// The review files: their pictures are in a folder beside them (images/).
const files = readdirSync(CONTENT_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();

describe('the sample reviews in content/reviews', () => {
  const reviews = authoredReviews();
  const slugs = reviews.map((review) => review.slug);

  it('are one Markdown file per review, named after its slug', () => {
    expect(files.map((file) => file.replace(/\.md$/, ''))).toEqual([...slugs].sort());
  });

  it.each(slugs)('%s, as published, passes the review schema of format v2', (slug) => {
    const json = reviewJson(slug);
    expect(json.version).toBe(FORMAT_VERSION);
    const result = v.safeParse(reviewSchema, json);
    expect(result.success ? [] : v.summarize(result.issues)).toEqual([]);
    expect(result.output).toMatchObject({ slug });
  });

  it('has at least 30 reviews, in at least 8 genres, with every whole rating from 1 to 5', () => {
    expect(reviews.length).toBeGreaterThanOrEqual(30);
    expect(new Set(reviews.flatMap((review) => review.film.genres)).size).toBeGreaterThanOrEqual(8);
    const ratings = new Set(reviews.map((review) => review.rating));
    for (const stars of [1, 2, 3, 4, 5]) expect(ratings).toContain(stars);
  });

  it('only mentions reviews that exist', () => {
    const known = new Set(slugs);
    const dangling = reviews.flatMap((review) =>
      review.mentions.filter((mention) => mention.slug && !known.has(mention.slug)).map((m) => m.slug),
    );
    expect(dangling).toEqual([]);
  });

  it('has the facts of Ballerina (2023)', () => {
    const ballerina = accepted(reviewJson('ballerina-2023'));
    expect(ballerina.film.title).toBe('Ballerina');
    expect(ballerina.film.year).toBe(2023);
    expect(ballerina.film.directors).toEqual(['Lee Chung-hyun']);
    expect(ballerina.film.cast).toEqual(
      expect.arrayContaining([
        { name: 'Jeon Jong-seo', character: 'Jang Ok-ju' },
        { name: 'Kim Ji-hoon', character: 'Choi Pro' },
        { name: 'Park Yu-rim', character: 'Choi Min-hee' },
      ]),
    );
    expect(ballerina.film.countries).toEqual(['South Korea']);
    expect(ballerina.film.genres).toEqual(['action', 'thriller']);
    expect(ballerina.rating).toBe(4);
    expect(ballerina.watch.map((option) => option.provider)).toContain('Netflix');
    expect(ballerina.mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Taken', slug: 'taken-2008' }),
        expect.objectContaining({ title: 'John Wick', slug: 'john-wick-2014' }),
      ]),
    );
    const text = plainText(ballerina.body);
    expect(text).toContain('Taken');
    expect(text).toContain('John Wick');
  });
});

describe('reviewSchema rejects broken reviews, naming the field', () => {
  it.each([
    ['headline', 'headline'],
    ['standfirst', 'standfirst'],
    ['rating', 'rating'],
    ['author', 'author'],
    ['published', 'published'],
    ['film', 'film'],
    ['film.title', 'film.title'],
    ['film.year', 'film.year'],
    ['film.genres', 'film.genres'],
    ['body', 'body'],
    ['verdict', 'verdict'],
    ['version', 'version'],
    ['slug', 'slug'],
  ])('a missing %s', (field, path) => {
    expect(problemPaths(ballerinaWith(field, undefined))).toContain(path);
  });

  it.each([
    ['rating', 7],
    ['rating', 'seven'],
    ['rating', '4'],
    ['rating', 3.3],
    ['rating', 0],
    ['rating', 0.25],
    ['rating', -1],
    ['rating', Number.NaN],
    ['rating', null],
    ['headline', 42],
    ['headline', ''],
    ['headline', '   '],
    ['headline', ['a headline']],
    ['film.year', '2023'],
    ['film.year', 2023.5],
    ['film.year', 1200],
    ['film.year', FIRST_YEAR - 1],
    ['film.year', LAST_YEAR + 1],
    ['mentions', [{ title: 'Taken', year: 1869 }]],
    ['film.directors', 'Lee Chung-hyun'],
    ['film.cast', [{ character: 'Jang Ok-ju' }]],
    ['film.genres', ['action', 'cyberpunk']],
    ['film.genres', ['Action']],
    ['film.genres', []],
    ['film.runtime', -93],
    ['body', []],
    ['body', 'One paragraph'],
    ['spoilers', 'no'],
    ['version', 1],
    ['version', 3],
    ['version', '2'],
    ['watch', [{ provider: 'Netflix', kind: 'torrent', url: 'https://www.netflix.com/' }]],
  ])('%s = %j', (field, value) => {
    expect(problemPaths(ballerinaWith(field, value))[0]).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}`));
  });

  it.each([
    '2023-02-30',
    '2023-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-1-9',
    '09/10/2023',
    '9 October 2023',
    '2023-10-09T00:00:00Z',
    '',
  ])('published = %j is not a real date', (date) => {
    expect(problemPaths(ballerinaWith('published', date))).toContain('published');
  });

  it.each(['2024-02-29', '2023-12-31', '1999-01-01', `${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`])(
    'published = %j is a real date',
    (date) => {
      expect(accepted(ballerinaWith('published', date)).published).toBe(date);
      expect(accepted(ballerinaWith('updated', date)).updated).toBe(date);
    },
  );

  it.each(['1869-12-31', '0001-01-01', '1000-06-15', '2101-01-01', '9999-12-31'])(
    `published or updated = %j is outside ${FIRST_YEAR}–${LAST_YEAR}`,
    (date) => {
      expect(problemPaths(ballerinaWith('published', date))).toEqual(['published']);
      expect(problemPaths(ballerinaWith('updated', date))).toEqual(['updated']);
      const result = v.safeParse(reviewSchema, ballerinaWith('published', date));
      expect(result.success ? '' : v.summarize(result.issues)).toContain(`between ${FIRST_YEAR} and ${LAST_YEAR}`);
    },
  );

  it.each([FIRST_YEAR, 1927, LAST_YEAR])('film.year = %i is accepted', (year) => {
    expect(accepted(ballerinaWith('film.year', year)).film.year).toBe(year);
  });

  it.each([
    'Ballerina-2023',
    'ballerina--2023',
    '-ballerina-2023',
    'ballerina-2023-',
    'ballerina 2023',
    'ballerina_2023',
    '../../etc/passwd',
    'ballerina/2023',
    'balleriná-2023',
    '',
    'a'.repeat(121),
  ])('slug = %j', (slug) => {
    expect(problemPaths(ballerinaWith('slug', slug))).toContain('slug');
  });
});
