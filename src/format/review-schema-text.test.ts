import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { accepted, ballerinaWith, problemPaths, reviewJson, type Json } from '../../tests/review-fixtures';
import { cardSchema } from './card-schema';
import { GENRE_SLUGS } from './genres';
import { MAX_HEADLINE, MAX_NAME, MAX_STANDFIRST } from './limits';

const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

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
    expect(accepted(ballerinaWith('verdict', hostile)).verdict).toBe(hostile);
    expect(accepted(ballerinaWith('body', [hostile, 'Second paragraph.'])).body[0]).toBe(hostile);
    if (hostile.length <= MAX_STANDFIRST) {
      expect(accepted(ballerinaWith('standfirst', hostile)).standfirst).toBe(hostile);
    }
    if (hostile.length <= MAX_HEADLINE) {
      expect(accepted(ballerinaWith('headline', hostile)).headline).toBe(hostile);
    }
    if (hostile.length <= MAX_NAME) {
      expect(accepted(ballerinaWith('film.title', hostile)).film.title).toBe(hostile);
      expect(accepted(ballerinaWith('author.name', hostile)).author.name).toBe(hostile);
    }
  });

  it.each(BIDI_CONTROLS.map((control) => [control.codePointAt(0)!.toString(16).toUpperCase(), control]))(
    'removes the bidi control U+%s',
    (_, control) => {
      const review = accepted(ballerinaWith('headline', `Good ${control}evil${control} film`));
      expect(review.headline).toBe('Good evil film');
    },
  );

  it('removes a right-to-left override everywhere text comes from data', () => {
    const rlo = '\u202E';
    const review = accepted({
      ...reviewJson('ballerina-2023'),
      headline: `${rlo}txet`,
      standfirst: `A ${rlo}standfirst`,
      author: { name: `Daniel ${rlo}Okafor` },
      verdict: `${rlo}Great`,
      body: [`One ${rlo}paragraph`],
      film: {
        ...(reviewJson('ballerina-2023').film as Json),
        title: `Ballerina${rlo}`,
        originalTitle: `${rlo}발레리나`,
        directors: [`Lee ${rlo}Chung-hyun`],
        cast: [{ name: `${rlo}Jeon Jong-seo`, character: `Jang ${rlo}Ok-ju` }],
        countries: [`South ${rlo}Korea`],
        languages: [`Kor${rlo}ean`],
      },
      mentions: [{ title: `Taken${rlo}`, year: 2008, slug: 'taken-2008' }],
      watch: [{ provider: `Net${rlo}flix`, kind: 'subscription', url: 'https://www.netflix.com/' }],
    });
    expect(JSON.stringify(review)).not.toContain(rlo);
    expect(review.headline).toBe('txet');
    expect(review.film.cast[0]).toEqual({ name: 'Jeon Jong-seo', character: 'Jang Ok-ju' });
    expect(review.film.originalTitle).toBe('발레리나');
    expect(review.film.languages).toEqual(['Korean']);
    expect(review.watch[0]!.provider).toBe('Netflix');
  });

  it('rejects text that is nothing but bidi controls and spaces', () => {
    expect(problemPaths(ballerinaWith('headline', '\u202E \u2066\u2069'))).toContain('headline');
    expect(problemPaths(ballerinaWith('film.directors', ['\u202E']))).toContain('film.directors.0');
  });
});

describe('reviewSchema keeps each item of a list once', () => {
  const film = reviewJson('ballerina-2023').film as Json;
  const card = (slug: string) => ({
    slug,
    headline: `About ${slug}`,
    standfirst: 'A standfirst',
    rating: 3,
    published: '2020-01-01',
    film: { title: slug, year: 2020, genres: ['drama'] },
  });

  it('drops repeated genres, directors, countries and languages, keeping the first of each', () => {
    const review = accepted(
      ballerinaWith('film', {
        ...film,
        genres: ['thriller', 'action', 'thriller', 'action'],
        directors: ['Lee Chung-hyun', 'Bong Joon-ho', 'Lee Chung-hyun'],
        countries: ['South Korea', 'South Korea'],
        languages: ['Korean', 'English', 'Korean'],
      }),
    );
    expect(review.film.genres).toEqual(['thriller', 'action']);
    expect(review.film.directors).toEqual(['Lee Chung-hyun', 'Bong Joon-ho']);
    expect(review.film.countries).toEqual(['South Korea']);
    expect(review.film.languages).toEqual(['Korean', 'English']);
  });

  it('counts names that differ only by bidi controls or spaces as repeats', () => {
    const review = accepted(
      ballerinaWith('film.directors', ['Lee Chung-hyun', ' Lee Chung-hyun ', 'Lee \u2066Chung-hyun\u2069']),
    );
    expect(review.film.directors).toEqual(['Lee Chung-hyun']);
  });

  it('drops a repeated cast member, but keeps an actor who plays two characters', () => {
    const review = accepted(
      ballerinaWith('film.cast', [
        { name: 'Jeon Jong-seo', character: 'Jang Ok-ju' },
        { name: 'Jeon Jong-seo', character: 'Jang Ok-ju' },
        { name: 'Jeon Jong-seo', character: 'Her twin' },
        { name: 'Shin Se-hwi' },
        { name: 'Shin Se-hwi' },
      ]),
    );
    expect(review.film.cast).toEqual([
      { name: 'Jeon Jong-seo', character: 'Jang Ok-ju' },
      { name: 'Jeon Jong-seo', character: 'Her twin' },
      { name: 'Shin Se-hwi' },
    ]);
  });

  it('drops a repeated watch option (same provider and kind), keeping the first link', () => {
    const review = accepted(
      ballerinaWith('watch', [
        { provider: 'Netflix', kind: 'subscription', url: 'https://www.netflix.com/a' },
        { provider: 'Netflix', kind: 'subscription', url: 'https://www.netflix.com/b' },
        { provider: 'Netflix', kind: 'rent', url: 'https://www.netflix.com/c' },
      ]),
    );
    expect(review.watch.map((option) => option.url)).toEqual([
      'https://www.netflix.com/a',
      'https://www.netflix.com/c',
    ]);
  });

  it('drops a repeated mention (same title and year)', () => {
    const review = accepted(
      ballerinaWith('mentions', [
        { title: 'Taken', year: 2008, slug: 'taken-2008' },
        { title: 'Taken', year: 2008 },
        { title: 'Taken' },
        { title: 'John Wick', year: 2014, slug: 'john-wick-2014' },
      ]),
    );
    expect(review.mentions).toEqual([
      { title: 'Taken', year: 2008, slug: 'taken-2008' },
      { title: 'Taken' },
      { title: 'John Wick', year: 2014, slug: 'john-wick-2014' },
    ]);
  });

  it('drops a repeated related review (same slug) and checks each as a card', () => {
    const review = accepted(
      ballerinaWith('related', [card('taken-2008'), { ...card('taken-2008'), headline: 'Again' }, card('jaws-1975')]),
    );
    expect(review.related.map((related) => [related.slug, related.headline])).toEqual([
      ['taken-2008', 'About taken-2008'],
      ['jaws-1975', 'About jaws-1975'],
    ]);
    expect(problemPaths(ballerinaWith('related', [{ ...card('jaws-1975'), rating: 9 }]))).toEqual(['related.0.rating']);
  });

  it('gives empty lists for missing watch, mentions and related, and no spoilers', () => {
    const review = accepted({
      ...reviewJson('ballerina-2023'),
      watch: undefined,
      mentions: undefined,
      related: undefined,
      spoilers: undefined,
    });
    expect([review.watch, review.mentions, review.related, review.spoilers]).toEqual([[], [], [], false]);
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
    'https//www.netflix.com/',
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
      ...reviewJson('ballerina-2023'),
      watch: [{ provider: 'Netflix', kind: 'subscription', url: 'https://www.netflix.com/title/81476963' }],
      image: { url: 'https://images.example.com/ballerina.jpg', width: 1200, height: 675, alt: 'A still' },
    });
    expect(review.watch[0]!.url).toBe('https://www.netflix.com/title/81476963');
    expect(review.image?.url).toBe('https://images.example.com/ballerina.jpg');
  });
});

describe('cardSchema', () => {
  const card = {
    slug: 'a-film-2020',
    headline: 'A headline',
    standfirst: 'A standfirst',
    rating: 0.5,
    published: '2020-01-01',
    film: { title: 'A Film', year: 2020, genres: ['drama'] },
  };

  it.each(GENRE_SLUGS)('accepts a card in %s', (genre) => {
    expect(v.parse(cardSchema, { ...card, film: { ...card.film, genres: [genre] } }).film.genres).toEqual([genre]);
  });

  it('keeps only what a card shows, without bidi controls', () => {
    const parsed = v.parse(cardSchema, { ...card, headline: 'A \u202Eheadline', body: ['not a card field'] });
    expect(parsed).toEqual({ ...card, headline: 'A headline' });
  });

  it.each([
    ['an unknown genre', { film: { ...card.film, genres: ['Drama'] } }],
    ['no genre', { film: { ...card.film, genres: [] } }],
    ['a year before cinema', { film: { ...card.film, year: 1869 } }],
    ['a date after 2100', { published: '2101-01-01' }],
    ['a rating of 7', { rating: 7 }],
    ['a slug that climbs folders', { slug: '../index' }],
  ])('refuses a card with %s', (_, change) => {
    expect(v.is(cardSchema, { ...card, ...change })).toBe(false);
  });
});
