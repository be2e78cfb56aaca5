import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../../scripts/lib/generate-reviews';
import type { Block } from '../../api/index-api';
import { SORT_KEYS, type ListScope, type SortKey } from '@/format/archive-layout';
import { GENRE_SLUGS, type Genre } from '@/format/genres';
import { STAR_BUCKETS } from '@/format/ratings';
import { criteriaOf, FilterIndex, genreMask, matchesInBlock } from './filter-index';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';

/**
 * The filter engine against a deliberately simple reference: plain array
 * filters and sorts over rows, one row per review (its id is its index,
 * newest first), with few distinct values so that ties are common.
 */
interface Row {
  genres: Genre[];
  halfStars: number;
  year: number;
  /** Position in title order: a permutation of the ids. */
  titleRank: number;
}

function syntheticRows(count: number, seed: number): Row[] {
  const random = mulberry32(seed);
  const ranks = Array.from({ length: count }, (_, id) => id);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  return ranks.map((titleRank) => ({
    genres: GENRE_SLUGS.filter(() => random() < 0.15),
    halfStars: 1 + Math.floor(random() * 10),
    year: 1990 + Math.floor(random() * 12),
    titleRank,
  }));
}

/** The rows as newest-first blocks of the given sizes, as index-api.ts hands them over. */
function blocksOf(rows: readonly Row[], sizes: readonly number[]): Block[] {
  const blocks: Block[] = [];
  for (let start = 0, n = 0; start < rows.length; start += sizes[n % sizes.length]!, n++) {
    const slice = rows.slice(start, start + sizes[n % sizes.length]!);
    blocks.push({
      ids: Uint32Array.from(slice, (_, row) => start + row),
      genres: Uint32Array.from(slice, (row) => genreMask(row.genres)),
      ratings: Uint8Array.from(slice, (row) => row.halfStars),
      years: Uint16Array.from(slice, (row) => row.year),
      titles: Uint32Array.from(slice, (row) => row.titleRank),
    });
  }
  return blocks;
}

const REFERENCE_ORDERS: Record<SortKey, (rows: readonly Row[]) => (a: number, b: number) => number> = {
  newest: () => (a, b) => a - b,
  rating: (rows) => (a, b) => rows[b]!.halfStars - rows[a]!.halfStars || a - b,
  title: (rows) => (a, b) => rows[a]!.titleRank - rows[b]!.titleRank,
  year: (rows) => (a, b) => rows[b]!.year - rows[a]!.year || rows[a]!.titleRank - rows[b]!.titleRank,
};

function referenceSelect(rows: readonly Row[], scope: ListScope, filters: ListFilters, candidates: number[] | null) {
  const required = scope.kind === 'genre' ? [...filters.genres, scope.genre] : filters.genres;
  const ids = Array.from(rows.keys()).filter((id) => {
    const row = rows[id]!;
    return (
      required.every((genre) => row.genres.includes(genre)) &&
      (filters.minRating === null || row.halfStars / 2 >= filters.minRating) &&
      (scope.kind !== 'stars' || Math.max(1, Math.floor(row.halfStars / 2)) === scope.stars) &&
      (candidates === null || candidates.includes(id))
    );
  });
  ids.sort(REFERENCE_ORDERS[filters.sort](rows));
  const genreCounts = Object.fromEntries(
    GENRE_SLUGS.map((genre) => [genre, ids.filter((id) => rows[id]!.genres.includes(genre)).length]),
  );
  return { ids, genreCounts };
}

const rows = syntheticRows(3_000, 20240613);
const index = FilterIndex.fromBlocks(blocksOf(rows, [1024, 700, 1]));
const ALL: ListScope = { kind: 'all' };
const filters = (overrides: Partial<ListFilters>): ListFilters => ({ ...DEFAULT_FILTERS, ...overrides });

function expectSameSelection(scope: ListScope, chosen: ListFilters, candidates: number[] | null = null) {
  const actual = index.select(scope, chosen, candidates && Uint32Array.from(candidates));
  const expected = referenceSelect(rows, scope, chosen, candidates);
  expect(Array.from(actual.ids)).toEqual(expected.ids);
  expect(Object.fromEntries(actual.genreCounts)).toEqual(expected.genreCounts);
}

const anyScope: fc.Arbitrary<ListScope> = fc.oneof(
  fc.constant(ALL),
  fc.constantFrom(...GENRE_SLUGS).map((genre) => ({ kind: 'genre' as const, genre })),
  fc.constantFrom(...STAR_BUCKETS).map((stars) => ({ kind: 'stars' as const, stars })),
);
const anyFilters: fc.Arbitrary<ListFilters> = fc.record({
  genres: fc.subarray(GENRE_SLUGS, { maxLength: 2 }),
  minRating: fc.option(fc.integer({ min: 1, max: 10 }).map((halves) => halves / 2)),
  query: fc.constant(''),
  unread: fc.constant(false),
  sort: fc.constantFrom(...SORT_KEYS),
});

describe('FilterIndex', () => {
  it('joins its blocks into one index of every review', () => {
    expect(index.size).toBe(rows.length);
    expect(Array.from(index.order('newest'))).toEqual(Array.from(rows.keys()));
  });

  it.each(SORT_KEYS)('orders every review by %s as the reference does, ties included', (sort) => {
    const ids = Array.from(rows.keys()).sort(REFERENCE_ORDERS[sort](rows));
    expect(Array.from(index.order(sort))).toEqual(ids);
    // Built once, then kept.
    expect(index.order(sort)).toBe(index.order(sort));
  });

  it('needs every chosen genre, together with the genre of a genre page', () => {
    expectSameSelection(ALL, filters({ genres: ['action', 'drama'] }));
    expectSameSelection({ kind: 'genre', genre: 'crime' }, filters({ genres: ['drama'] }));
    const both = index.select(ALL, filters({ genres: ['action', 'drama'] }));
    expect(both.ids.length).toBeGreaterThan(10);
    expect(both.genreCounts.get('action')).toBe(both.ids.length);
  });

  it.each(STAR_BUCKETS)('puts half stars on the page of the whole star below: the %i-star page', (stars) => {
    expectSameSelection({ kind: 'stars', stars }, filters({ sort: 'rating' }));
    const halves = new Set(
      Array.from(index.select({ kind: 'stars', stars }, DEFAULT_FILTERS).ids, (id) => rows[id]!.halfStars),
    );
    expect(halves).toEqual(new Set(stars === 1 ? [1, 2, 3] : stars === 5 ? [10] : [stars * 2, stars * 2 + 1]));
  });

  it('keeps only the candidates of a search, in the chosen order', () => {
    const candidates = [2_999, 5, 17, 1_024, 1_023, 400, 7_000];
    expectSameSelection(ALL, filters({ sort: 'title' }), candidates);
    expectSameSelection({ kind: 'genre', genre: 'war' }, filters({ minRating: 3 }), candidates);
    expect(index.select(ALL, DEFAULT_FILTERS, new Uint32Array()).ids).toHaveLength(0);
  });

  it('agrees with the reference for any scope, filters and candidates', () => {
    const candidates = fc.option(fc.uniqueArray(fc.nat({ max: rows.length + 10 }), { maxLength: 300 }));
    fc.assert(
      fc.property(anyScope, anyFilters, candidates, (scope, chosen, ids) => expectSameSelection(scope, chosen, ids)),
      { numRuns: 200 },
    );
  });

  it('gives the same index however the reviews are split into blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 4 }), (sizes) => {
        const small = rows.slice(0, 800);
        const split = FilterIndex.fromBlocks(blocksOf(small, sizes));
        const whole = FilterIndex.fromBlocks(blocksOf(small, [small.length]));
        for (const sort of SORT_KEYS) expect(Array.from(split.order(sort))).toEqual(Array.from(whole.order(sort)));
      }),
      { numRuns: 30 },
    );
  });

  it('refuses blocks of another order, which lack years and title ranks', () => {
    const [block] = blocksOf(rows.slice(0, 10), [10]);
    expect(() => FilterIndex.fromBlocks([{ ...block!, years: undefined, titles: undefined }])).toThrow(/newest-first/);
  });

  it('is empty for an archive with no reviews', () => {
    const empty = FilterIndex.fromBlocks([]);
    expect(empty.size).toBe(0);
    expect(empty.select(ALL, DEFAULT_FILTERS).ids).toHaveLength(0);
  });
});

describe('criteriaOf and matchesInBlock', () => {
  it('turns a scope and its filters into numbers', () => {
    const action = 2 ** GENRE_SLUGS.indexOf('action');
    const war = 2 ** GENRE_SLUGS.indexOf('war');
    expect(criteriaOf({ kind: 'genre', genre: 'war' }, filters({ genres: ['action'], minRating: 3.5 }))).toEqual({
      required: action | war,
      minHalfStars: 7,
      stars: null,
      candidates: null,
      excluded: null,
    });
    expect(criteriaOf({ kind: 'stars', stars: 4 }, DEFAULT_FILTERS)).toEqual({
      required: 0,
      minHalfStars: 0,
      stars: 4,
      candidates: null,
      excluded: null,
    });
  });

  it('finds the matches of a block of any order, in the block’s order', () => {
    fc.assert(
      fc.property(
        anyScope,
        anyFilters,
        fc.shuffledSubarray(Array.from(rows.keys()), { maxLength: 200 }),
        (scope, chosen, ids) => {
          const block: Block = {
            ids: Uint32Array.from(ids),
            genres: Uint32Array.from(ids, (id) => genreMask(rows[id]!.genres)),
            ratings: Uint8Array.from(ids, (id) => rows[id]!.halfStars),
          };
          const inBlock = new Set(referenceSelect(rows, scope, chosen, ids).ids);
          expect(matchesInBlock(block, criteriaOf(scope, chosen))).toEqual(ids.filter((id) => inBlock.has(id)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
