import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyFilters,
  anyScope,
  blocksOf,
  REFERENCE_ORDERS,
  referenceFacets,
  referenceSelect,
  syntheticRows,
} from '../../../../../tests/filter-index-reference';
import { SORT_KEYS, type ListScope } from '@/format/archive-layout';
import { STAR_BUCKETS } from '@/format/ratings';
import { FilterIndex } from './filter-index';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';

/* The whole index, its orders and its selections, against the reference (tests/filter-index-reference.ts). */
const rows = syntheticRows(3_000, 20240613);
const index = FilterIndex.fromBlocks(blocksOf(rows, [1024, 700, 1]), referenceFacets(rows));
const ALL: ListScope = { kind: 'all' };
const filters = (overrides: Partial<ListFilters>): ListFilters => ({ ...DEFAULT_FILTERS, ...overrides });

function expectSameSelection(scope: ListScope, chosen: ListFilters, candidates: number[] | null = null) {
  const actual = index.select(scope, chosen, candidates && Uint32Array.from(candidates));
  const expected = referenceSelect(rows, scope, chosen, candidates);
  expect(Array.from(actual.ids)).toEqual(expected.ids);
  expect(Object.fromEntries(actual.genreCounts)).toEqual(expected.genreCounts);
  const counts = (options: readonly { value: string; count: number }[]) =>
    Object.fromEntries(options.map((option) => [option.value, option.count]));
  expect({
    decade: counts(actual.facets.decade),
    country: counts(actual.facets.country),
    language: counts(actual.facets.language),
    service: counts(actual.facets.service),
    watch: counts(actual.facets.watch),
  }).toEqual(expected.facets);
}

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

  it('needs the chosen decade, country and language, and a way to watch on the chosen service of the chosen kind', () => {
    expectSameSelection(ALL, filters({ decade: 2000, country: 'KR' }));
    expectSameSelection(ALL, filters({ language: 'ja', genres: ['drama'], minRating: 3 }));
    expectSameSelection({ kind: 'genre', genre: 'war' }, filters({ service: 'mubi', watch: 'rent', sort: 'year' }));
    expectSameSelection(ALL, filters({ watch: 'cinema', country: 'FR' }), [1, 2, 3, 50, 51, 2_000]);
    const both = index.select(ALL, filters({ service: 'mubi', watch: 'rent' }));
    expect(both.ids.length).toBeGreaterThan(10);
    for (const id of both.ids) expect(rows[id]!.watch).toContainEqual(['mubi', 'rent']);
  });

  it('matches nothing for a value no review has, and counts it as zero', () => {
    for (const chosen of [{ country: 'XX' }, { country: 'ZA' }, { service: 'nope' }, { language: 'yue' }])
      expect(index.select(ALL, filters(chosen)).ids).toHaveLength(0);
    const { facets } = index.select(ALL, DEFAULT_FILTERS);
    expect(facets.country.find((option) => option.value === 'ZA')?.count).toBe(0);
  });

  it('lists decades newest first, and countries, languages and services by their count in the archive', () => {
    const { facets } = index.select(ALL, filters({ decade: 1990 }));
    expect(facets.decade.map((option) => option.value)).toEqual(['2000s', '1990s']);
    const archive = referenceFacets(rows);
    const byCount = [...archive.countries].sort((a, b) => b.count - a.count).map((entry) => entry.code);
    expect(facets.country.map((option) => option.value)).toEqual(byCount);
    expect(facets.watch.map((option) => option.label)).toEqual(['Subscription', 'Rent', 'Buy', 'Free', 'In cinemas']);
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
