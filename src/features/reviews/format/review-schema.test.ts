import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GENRE_SLUGS } from './genres';
import { reviewSchema, reviewSummarySchema, type Review } from './review-schema';

const CONTENT_DIR = join(import.meta.dirname, '..', '..', '..', 'content', 'reviews');
const files = readdirSync(CONTENT_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();
const readContent = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(CONTENT_DIR, file), 'utf8')) as Record<string, unknown>;

type Json = Record<string, unknown>;

/** The authored Ballerina review, with one change at a dot path ("film.cast.0.name"); undefined deletes. */
function ballerinaWith(path: string, value: unknown): Json {
  const review = readContent('ballerina-2023.json');
  const keys = path.split('.');
  const last = keys.pop()!;
  let target = review as Json;
  for (const key of keys) target = target[key] as Json;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return review;
}

function parse(input: unknown) {
  return v.safeParse(reviewSchema, input);
}

/** The dot paths of the problems found, e.g. ["film.year"]. */
function problemPaths(input: unknown): string[] {
  const result = parse(input);
  return result.success ? [] : result.issues.map((issue) => v.getDotPath(issue) ?? '(root)');
}

function accepted(input: unknown): Review {
  const result = parse(input);
  if (!result.success) throw new Error(`rejected: ${v.summarize(result.issues)}`);
  return result.output;
}

describe('the sample reviews in content/reviews', () => {
  const reviews = files.map((file) => ({ file, result: parse(readContent(file)) }));
  const valid = reviews.flatMap(({ result }) => (result.success ? [result.output] : []));

  it.each(files)('%s passes the review schema and is named after its slug', (file) => {
    const result = parse(readContent(file));
    expect(result.success ? [] : v.summarize(result.issues)).toEqual([]);
    expect(result.output).toMatchObject({ slug: file.replace(/\.json$/, '') });
  });

  it('has at least 30 reviews, in at least 8 genres, with every whole rating from 1 to 5', () => {
    expect(valid.length).toBe(files.length);
    expect(valid.length).toBeGreaterThanOrEqual(30);
    expect(new Set(valid.flatMap((review) => review.film.genres)).size).toBeGreaterThanOrEqual(8);
    const ratings = new Set(valid.map((review) => review.rating));
    for (const stars of [1, 2, 3, 4, 5]) expect(ratings).toContain(stars);
  });

  it('only mentions reviews that exist', () => {
    const slugs = new Set(valid.map((review) => review.slug));
    const dangling = valid.flatMap((review) =>
      review.mentions.filter((mention) => mention.slug && !slugs.has(mention.slug)).map((m) => m.slug),
    );
    expect(dangling).toEqual([]);
    expect(reviews.every(({ result }) => result.success)).toBe(true);
  });

  it('has the facts of Ballerina (2023)', () => {
    const ballerina = accepted(readContent('ballerina-2023.json'));
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
    const text = ballerina.body.join('\n');
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
    ['film.directors', 'Lee Chung-hyun'],
    ['film.cast', [{ character: 'Jang Ok-ju' }]],
    ['film.genres', ['action', 'cyberpunk']],
    ['film.genres', ['Action']],
    ['film.genres', []],
    ['film.runtime', -93],
    ['body', []],
    ['body', 'One paragraph'],
    ['spoilers', 'no'],
    ['version', 2],
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

  it.each(['2024-02-29', '2023-12-31', '1999-01-01'])('published = %j is a real date', (date) => {
    expect(accepted(ballerinaWith('published', date)).published).toBe(date);
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

describe('reviewSchema accepts hostile text as plain text', () => {
  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a script element', '<script>alert(1)</script>'],
    ['an HTML comment and entities', '<!-- x --> &lt;b&gt; &amp;'],
    ['zero-width characters', 'Bal\u200Ble\u200Crina\u200D \u2060end'],
    ['a 3,000-character word', 'x'.repeat(3_000)],
    ['emoji ZWJ sequences', 'Family 👩‍👩‍👧‍👦, flag 🏳️‍🌈, skin tone 👍🏽'],
    ['right-to-left script', 'باليرينا 발레리나'],
    ['quotes and backslashes', `"'\`\\u0000 \\n`],
  ])('%s is kept exactly', (_, hostile) => {
    expect(accepted(ballerinaWith('headline', hostile)).headline).toBe(hostile);
    expect(accepted(ballerinaWith('standfirst', hostile)).standfirst).toBe(hostile);
    expect(accepted(ballerinaWith('verdict', hostile)).verdict).toBe(hostile);
    expect(accepted(ballerinaWith('body', [hostile, 'Second paragraph.'])).body[0]).toBe(hostile);
    if (hostile.length <= 200) {
      expect(accepted(ballerinaWith('film.title', hostile)).film.title).toBe(hostile);
      expect(accepted(ballerinaWith('author.name', hostile)).author.name).toBe(hostile);
    }
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'removes the bidi control U+%s',
    (control) => {
      const review = accepted(ballerinaWith('headline', `Good ${control}evil${control} film`));
      expect(review.headline).toBe('Good evil film');
    },
  );

  it('removes a right-to-left override everywhere text comes from data', () => {
    const rlo = '\u202E';
    const review = accepted({
      ...readContent('ballerina-2023.json'),
      headline: `${rlo}txet`,
      standfirst: `A ${rlo}standfirst`,
      author: { name: `Daniel ${rlo}Okafor` },
      verdict: `${rlo}Great`,
      body: [`One ${rlo}paragraph`],
      film: {
        ...(readContent('ballerina-2023.json').film as Json),
        title: `Ballerina${rlo}`,
        directors: [`Lee ${rlo}Chung-hyun`],
        cast: [{ name: `${rlo}Jeon Jong-seo`, character: `Jang ${rlo}Ok-ju` }],
        countries: [`South ${rlo}Korea`],
      },
      mentions: [{ title: `Taken${rlo}`, year: 2008, slug: 'taken-2008' }],
      watch: [{ provider: `Net${rlo}flix`, kind: 'subscription', url: 'https://www.netflix.com/' }],
    });
    expect(JSON.stringify(review)).not.toContain(rlo);
    expect(review.headline).toBe('txet');
    expect(review.film.cast[0]).toEqual({ name: 'Jeon Jong-seo', character: 'Jang Ok-ju' });
    expect(review.watch[0]!.provider).toBe('Netflix');
  });

  it('rejects text that is nothing but bidi controls and spaces', () => {
    expect(problemPaths(ballerinaWith('headline', '\u202E \u2066\u2069'))).toContain('headline');
  });
});

describe('reviewSchema only links to https: URLs', () => {
  const hostileUrls = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zy8+',
    'http://www.netflix.com/',
    'ftp://example.com/film.mp4',
    'vbscript:msgbox(1)',
    '//www.netflix.com/',
    '/watch/ballerina',
    'www.netflix.com',
    '',
  ];

  it.each(hostileUrls)('refuses a watch link to %j', (url) => {
    const watch = [{ provider: 'Netflix', kind: 'subscription', url }];
    expect(problemPaths(ballerinaWith('watch', watch))).toEqual(['watch.0.url']);
  });

  it.each(hostileUrls)('refuses an image at %j', (url) => {
    const image = { url, width: 1200, height: 675, alt: 'Jeon Jong-seo in Ballerina' };
    expect(problemPaths(ballerinaWith('image', image))).toEqual(['image.url']);
  });

  it('accepts https: links and images', () => {
    const review = accepted({
      ...readContent('ballerina-2023.json'),
      watch: [{ provider: 'Netflix', kind: 'subscription', url: 'https://www.netflix.com/title/81476963' }],
      image: { url: 'https://images.example.com/ballerina.jpg', width: 1200, height: 675, alt: 'A still' },
    });
    expect(review.watch[0]!.url).toBe('https://www.netflix.com/title/81476963');
    expect(review.image?.url).toBe('https://images.example.com/ballerina.jpg');
  });
});

describe('reviewSummarySchema', () => {
  it('accepts the summary of every genre', () => {
    for (const genre of GENRE_SLUGS) {
      const summary = {
        slug: 'a-film-2020',
        headline: 'A headline',
        standfirst: 'A standfirst',
        rating: 0.5,
        published: '2020-01-01',
        film: { title: 'A Film', year: 2020, genres: [genre], directors: [], cast: [], countries: [] },
      };
      expect(v.safeParse(reviewSummarySchema, summary).success).toBe(true);
    }
  });
});
