import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readApiFile } from '../../../tests/mocks/handlers';
import { Catalog, type ListScope } from './catalog';
import { checkEntries } from './catalog-entries';
import { DEFAULT_FILTERS, SORT_KEYS, type ListFilters, type SortKey } from './filters';
import { GENRE_SLUGS, type Genre } from './genres';
import { STAR_BUCKETS, type StarBucket } from './ratings';
import { reviewSummarySchema, type ReviewSummary } from './review-schema';
import { mulberry32 } from '../../../scripts/lib/generate-catalog';

const ALL: ListScope = { kind: 'all' };

/** The sample catalogue, as the app reads it: every shard of the published API. */
function sampleSummaries(): ReviewSummary[] {
  const index = readApiFile('catalog/index.json') as { shards: string[] };
  const raw = index.shards.flatMap((path) => (readApiFile(path) as { entries: unknown[] }).entries);
  const { entries, rejected } = checkEntries(raw);
  expect(rejected).toEqual([]);
  return entries;
}

const filters = (overrides: Partial<ListFilters>): ListFilters => ({ ...DEFAULT_FILTERS, ...overrides });
const titles = (reviews: readonly ReviewSummary[]) => reviews.map((review) => review.film.title);
const slugSet = (reviews: readonly ReviewSummary[]) => new Set(reviews.map((review) => review.slug));

// ---------------------------------------------------------------------------
// An independent, deliberately simple implementation of the list rules, to check Catalog against.
// ---------------------------------------------------------------------------

/** Lower case, accents and curly apostrophes removed: what a reader types is matched loosely. */
function looseText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** Whole-star page of a rating: 4.5 is a 4, and half a star is a 1. */
function starsOf(rating: number): number {
  if (rating < 2) return 1;
  return Math.floor(rating);
}

/** String order for titles: the platform's English collation, ignoring case, accents and punctuation. */
const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true }).compare;
const newest = (a: ReviewSummary, b: ReviewSummary) =>
  a.published !== b.published ? (a.published > b.published ? -1 : 1) : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
const referenceOrders: Record<SortKey, (a: ReviewSummary, b: ReviewSummary) => number> = {
  newest,
  rating: (a, b) => (a.rating !== b.rating ? b.rating - a.rating : newest(a, b)),
  title: (a, b) => titleOrder(a.film.title, b.film.title) || b.film.year - a.film.year,
  year: (a, b) => b.film.year - a.film.year || titleOrder(a.film.title, b.film.title),
};

const fieldsCache = new WeakMap<ReviewSummary, string[]>();
function searchableFields(review: ReviewSummary): string[] {
  let fields = fieldsCache.get(review);
  if (!fields) {
    fields = [review.film.title, ...review.film.directors, ...review.film.cast].map(looseText);
    fieldsCache.set(review, fields);
  }
  return fields;
}

function referenceSelect(reviews: readonly ReviewSummary[], scope: ListScope, chosen: ListFilters) {
  const required = scope.kind === 'genre' ? [...chosen.genres, scope.genre] : chosen.genres;
  const words = looseText(chosen.query).split(/\s+/).filter(Boolean);
  const selected = reviews.filter((review) => {
    if (!required.every((genre) => review.film.genres.includes(genre))) return false;
    if (chosen.minRating !== null && review.rating < chosen.minRating) return false;
    if (scope.kind === 'stars' && starsOf(review.rating) !== scope.stars) return false;
    const searchable = searchableFields(review);
    return words.every((word) => searchable.some((field) => field.includes(word)));
  });
  const genreCounts = new Map(
    GENRE_SLUGS.map((genre) => [genre, selected.filter((review) => review.film.genres.includes(genre)).length]),
  );
  return { reviews: selected.sort(referenceOrders[chosen.sort]), genreCounts };
}

/** Catalog.select agrees with the reference: same reviews, the same counts, in the chosen order. */
function expectSameSelection(
  catalog: Catalog,
  reviews: readonly ReviewSummary[],
  scope: ListScope,
  chosen: ListFilters,
) {
  const actual = catalog.select(scope, chosen);
  const expected = referenceSelect(reviews, scope, chosen);
  expect(slugSet(actual.reviews)).toEqual(slugSet(expected.reviews));
  expect(actual.reviews).toHaveLength(expected.reviews.length);
  const compare = referenceOrders[chosen.sort];
  for (let index = 1; index < actual.reviews.length; index++) {
    const [before, after] = [actual.reviews[index - 1]!, actual.reviews[index]!];
    if (compare(before, after) > 0) {
      throw new Error(`"${before.slug}" is listed before "${after.slug}" in the ${chosen.sort} order`);
    }
  }
  // Newest and rating orders end with the slug, so they are total: the list must be exactly the same.
  if (chosen.sort === 'newest' || chosen.sort === 'rating') expect(actual.reviews).toEqual(expected.reviews);
  expect(Object.fromEntries(actual.genreCounts)).toEqual(Object.fromEntries(expected.genreCounts));
}

// ---------------------------------------------------------------------------
// A synthetic catalogue of a few thousand summaries, from a seeded generator.
// ---------------------------------------------------------------------------

const TITLE_WORDS = [
  'Amélie',
  'Amelie',
  'Café',
  'Noir',
  'Night',
  'the',
  'The',
  'Return',
  'of',
  'Señor',
  'Zoë',
  'Ångström',
  'Part 2',
  'Part 10',
  'Part 1',
  '2049',
  'Singin’',
  "Rock'n'Roll",
  'Déjà',
  'Vu',
  'L’Avventura',
  'Œuvre',
  'river',
  'River',
  'Ballerina',
  'Wick',
  'Dune',
  'dune',
  'Mad',
  'Max:',
  'Fury',
  'Road',
  '—',
  'Ça',
  'Ira',
];
const NAMES = [
  'Donald O’Connor',
  "Sinéad O'Connor",
  'Lee Chung-hyun',
  'Jeon Jong-seo',
  'Zoë Kravitz',
  'Penélope Cruz',
  'Björk',
  'Chloë Sevigny',
  'Jean-Pierre Jeunet',
  'Audrey Tautou',
  'Bong Joon-ho',
  'Keanu Reeves',
  'Gong Li',
  'Isabelle Huppert',
  'Juliette Binoche',
  'Mads Mikkelsen',
  'Toshiro Mifune',
  'Liv Ullmann',
  'Agnès Varda',
];

function syntheticCatalogue(count: number, seed: number): ReviewSummary[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const chosen = new Set<T>();
    const size = 1 + Math.floor(random() * max);
    while (chosen.size < size) chosen.add(pick(list));
    return [...chosen];
  };
  // Few distinct dates, years and titles, so that ties are common and tie-breaks are tested.
  const dates = Array.from({ length: 300 }, () => {
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 4000) * 86_400_000);
    return day.toISOString().slice(0, 10);
  });
  return Array.from({ length: count }, (_, index) => {
    const title = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TITLE_WORDS)).join(' ');
    return {
      slug: `film-${(index * 7919) % 100_003}`,
      headline: `Review ${index}`,
      standfirst: `Standfirst ${index}`,
      rating: (1 + Math.floor(random() * 10)) / 2,
      published: pick(dates),
      film: {
        title,
        year: 1950 + Math.floor(random() * 75),
        genres: some(GENRE_SLUGS, 3),
        directors: some(NAMES, 2),
        cast: some(NAMES, 5),
        countries: ['France'],
      },
    };
  });
}

const synthetic = syntheticCatalogue(3_000, 20240613);
const syntheticCatalog = new Catalog(synthetic);

describe('the synthetic catalogue', () => {
  it('is valid data, so the tests below are about the catalogue and not broken input', () => {
    for (const summary of synthetic) expect(v.is(reviewSummarySchema, summary)).toBe(true);
    expect(new Set(synthetic.map((summary) => summary.slug)).size).toBe(synthetic.length);
  });
});

describe('Catalog.select on the sample catalogue', () => {
  const reviews = sampleSummaries();
  const catalog = new Catalog(reviews);

  it('lists every review, newest first, with no filters', () => {
    const { reviews: all } = catalog.select(ALL, DEFAULT_FILTERS);
    expect(all).toHaveLength(reviews.length);
    const dates = all.map((review) => review.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('needs every chosen genre (AND, not OR)', () => {
    const { reviews: found } = catalog.select(ALL, filters({ genres: ['action', 'thriller'] }));
    expect(new Set(titles(found))).toEqual(new Set(['Ballerina', 'John Wick', 'Taken', 'Tenet']));
    for (const review of found) expect(review.film.genres).toEqual(expect.arrayContaining(['action', 'thriller']));
  });

  it('adds the chosen genres to the genre of a genre page', () => {
    const { reviews: found } = catalog.select({ kind: 'genre', genre: 'action' }, filters({ genres: ['crime'] }));
    expect(new Set(titles(found))).toEqual(new Set(['Fast X', 'Hard Boiled', 'John Wick', 'The Raid']));
  });

  it('keeps reviews rated at least the minimum rating', () => {
    const { reviews: found } = catalog.select(ALL, filters({ genres: ['action'], minRating: 4 }));
    expect(new Set(titles(found))).toEqual(
      new Set(['Ballerina', 'Hard Boiled', 'John Wick', 'Mad Max: Fury Road', 'Seven Samurai', 'The Raid']),
    );
    expect(catalog.select(ALL, filters({ minRating: 5 })).reviews.every((review) => review.rating === 5)).toBe(true);
  });

  it('puts half stars on the page of the whole star below: the 4-star page has 4 and 4.5', () => {
    const { reviews: fours } = catalog.select({ kind: 'stars', stars: 4 }, DEFAULT_FILTERS);
    expect(new Set(fours.map((review) => review.rating))).toEqual(new Set([4, 4.5]));
    expect(fours).toHaveLength(reviews.filter((review) => review.rating === 4 || review.rating === 4.5).length);
    expect(titles(fours)).toContain('Ballerina');
    expect(titles(fours)).toContain('Arrival');
  });

  it.each([
    ['amelie', ['Amélie']],
    ['AMÉLIE', ['Amélie']],
    ["o'connor", ['Singin’ in the Rain']],
    ['o’connor', ['Singin’ in the Rain']],
    ['singin', ['Singin’ in the Rain']],
    ["singin'", ['Singin’ in the Rain']],
    ['jeon jong', ['Ballerina', 'The Call']],
    ['jeon', ['Ballerina', 'The Call', 'Parasite']], // Cho Yeo-jeong: words match anywhere in a name
    ['Lee Chung-hyun', ['Ballerina', 'The Call']],
    ['villeneuve', ['Arrival', 'Blade Runner 2049']],
    ['keanu reeves', ['John Wick']],
    ['wick keanu', ['John Wick']],
    ['zoe', ['Mad Max: Fury Road']],
    ['laucevicius', ['Come and See']],
    ['  tautou  ', ['Amélie']],
    ['keanu nolan', []],
    ['netflix', []],
  ])('finds %j in titles, directors and cast', (query, expected) => {
    const { reviews: found } = catalog.select(ALL, filters({ query }));
    expect(new Set(titles(found))).toEqual(new Set(expected));
  });

  it.each(SORT_KEYS)('sorts by %s as the simple implementation does', (sort) => {
    expectSameSelection(catalog, reviews, ALL, filters({ sort }));
  });

  it('sorts titles A to Z as a reader expects: numbers by value, accents and case ignored', () => {
    const order = titles(catalog.select(ALL, filters({ sort: 'title' })).reviews);
    expect(order[0]).toBe('1917');
    expect(order.indexOf('Alien')).toBeLessThan(order.indexOf('Amélie'));
    expect(order.indexOf('Amélie')).toBeLessThan(order.indexOf('Arrival'));
    expect(order.indexOf('Bicycle Thieves')).toBeLessThan(order.indexOf('Blade Runner 2049'));
  });

  it('sorts by rating, best first, newest first among equals', () => {
    const best = catalog.select(ALL, filters({ sort: 'rating' })).reviews;
    expect(best[0]!.rating).toBe(5);
    expect(best.at(-1)!.rating).toBe(1);
    const fives = best.filter((review) => review.rating === 5).map((review) => review.published);
    expect(fives).toEqual([...fives].sort().reverse());
  });

  it('counts the genres of the reviews it selects', () => {
    const { genreCounts } = catalog.select(ALL, filters({ genres: ['action', 'thriller'] }));
    expect(genreCounts.get('action')).toBe(4);
    expect(genreCounts.get('thriller')).toBe(4);
    expect(genreCounts.get('crime')).toBe(1); // John Wick
    expect(genreCounts.get('science-fiction')).toBe(1); // Tenet
    expect(genreCounts.get('drama')).toBe(0);
  });

  it('gives totals per genre and per whole star across the catalogue', () => {
    const genreTotals = catalog.genreTotals();
    for (const genre of GENRE_SLUGS) {
      expect([genre, genreTotals.get(genre)]).toEqual([
        genre,
        reviews.filter((review) => review.film.genres.includes(genre)).length,
      ]);
    }
    const starTotals = catalog.starTotals();
    expect([...starTotals.keys()]).toEqual([...STAR_BUCKETS]);
    for (const stars of STAR_BUCKETS) {
      expect([stars, starTotals.get(stars)]).toEqual([
        stars,
        reviews.filter((review) => starsOf(review.rating) === stars).length,
      ]);
    }
    expect([...starTotals.values()].reduce((sum, count) => sum + count, 0)).toBe(reviews.length);
  });
});

describe('Catalog.select on a synthetic catalogue of 3,000 reviews', () => {
  it('counts a lone half star as a 1-star review', () => {
    const halfStar = { ...synthetic[0]!, slug: 'half-a-star', rating: 0.5 };
    const catalog = new Catalog([halfStar, { ...synthetic[1]!, rating: 1.5 }, { ...synthetic[2]!, rating: 2 }]);
    expect(titles(catalog.select({ kind: 'stars', stars: 1 }, DEFAULT_FILTERS).reviews)).toHaveLength(2);
    expect(catalog.select({ kind: 'stars', stars: 1 }, DEFAULT_FILTERS).reviews.map((r) => r.slug)).toContain(
      'half-a-star',
    );
    expect(catalog.starTotals().get(1)).toBe(2);
  });

  it('sorts "Part 2" before "Part 10", and remakes of one title newest first', () => {
    const make = (slug: string, title: string, year: number): ReviewSummary => ({
      ...synthetic[0]!,
      slug,
      film: { ...synthetic[0]!.film, title, year },
    });
    const catalog = new Catalog([
      make('part-10', 'Part 10', 2000),
      make('dune-1984', 'Dune', 1984),
      make('part-2', 'Part 2', 2000),
      make('dune-2021', 'Dune', 2021),
      make('amelie', 'amélie', 2001),
      make('b', 'B', 2001),
    ]);
    expect(catalog.select(ALL, filters({ sort: 'title' })).reviews.map((review) => review.slug)).toEqual([
      'amelie',
      'b',
      'dune-2021',
      'dune-1984',
      'part-2',
      'part-10',
    ]);
  });

  it.each(SORT_KEYS)('lists everything in the %s order', (sort) => {
    expectSameSelection(syntheticCatalog, synthetic, ALL, filters({ sort }));
  });

  it.each(STAR_BUCKETS)('selects the %s-star page', (stars) => {
    expectSameSelection(syntheticCatalog, synthetic, { kind: 'stars', stars }, filters({ sort: 'rating' }));
  });

  it('finds names whatever their accents, case and apostrophes', () => {
    const { reviews: found } = syntheticCatalog.select(ALL, filters({ query: "o'CONNOR zoe" }));
    expect(found.length).toBeGreaterThan(0);
    for (const review of found) {
      const people = [...review.film.directors, ...review.film.cast].join('|');
      expect(people).toMatch(/O’Connor|O'Connor/);
      expect(`${review.film.title}|${people}`).toContain('Zoë');
    }
    expectSameSelection(syntheticCatalog, synthetic, ALL, filters({ query: "o'CONNOR zoe" }));
  });

  it('agrees with the simple implementation for any scope and filters', () => {
    const words = [...new Set([...TITLE_WORDS, ...NAMES].flatMap((name) => name.split(/\s+/)))].flatMap((word) => [
      word,
      word.toUpperCase(),
      looseText(word),
      word.slice(0, 3),
    ]);
    const scope: fc.Arbitrary<ListScope> = fc.oneof(
      fc.constant(ALL),
      fc.constantFrom(...GENRE_SLUGS).map((genre: Genre) => ({ kind: 'genre' as const, genre })),
      fc.constantFrom(...STAR_BUCKETS).map((stars: StarBucket) => ({ kind: 'stars' as const, stars })),
    );
    const chosen: fc.Arbitrary<ListFilters> = fc.record({
      genres: fc.subarray(GENRE_SLUGS, { maxLength: 2 }),
      minRating: fc.option(fc.integer({ min: 1, max: 10 }).map((halves) => halves / 2)),
      query: fc.oneof(
        fc.constant(''),
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 2 }).map((list) => list.join(' ')),
      ),
      sort: fc.constantFrom(...SORT_KEYS),
    });
    fc.assert(
      fc.property(scope, chosen, (listScope, listFilters) => {
        expectSameSelection(syntheticCatalog, synthetic, listScope, listFilters);
      }),
      { numRuns: 200 },
    );
  });
});
