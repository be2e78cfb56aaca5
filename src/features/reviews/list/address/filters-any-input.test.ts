import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORT_KEYS, type ListScope } from '@/format/archive-layout';
import { WATCH_KINDS } from '@/format/facets';
import { GENRE_SLUGS } from '@/format/genres';
import { STAR_BUCKETS } from '@/format/ratings';
import { MAX_QUERY_LENGTH, parseFilters, serializeFilters, type ListFilters } from './filters';

describe('parseFilters and serializeFilters, for any input', () => {
  const keys = fc.constantFrom(
    ...['genre', 'rating', 'decade', 'country', 'language', 'service', 'watch', 'q', 'sort'],
    ...['GENRE', 'Genre', 'genre[]', 'page', ''],
  );
  const percentJunk = fc.stringMatching(/^(?:%[0-9A-Fa-f]{0,2}|%u[0-9a-f]{0,4}|[a-zA-Z ,+&=.-]){0,12}$/);
  const values = fc.oneof(
    fc.constantFrom(...GENRE_SLUGS),
    fc.constantFrom(...GENRE_SLUGS).map((genre) => genre.toUpperCase()),
    fc.array(fc.constantFrom(...GENRE_SLUGS, 'nope', ' ', ''), { maxLength: 6 }).map((list) => list.join(',')),
    fc.constantFrom(...SORT_KEYS, 'abc', '-1', '0', '1e9', '3.7', '5', 'Infinity', '0.5', '4.999'),
    fc.constantFrom('1990s', '1994', '1990S', ' 2020s ', '999s', '2100s', 'abc', 'KR', 'kr', 'ko', 'yue', '%%'),
    fc.constantFrom(...WATCH_KINDS, 'netflix', 'disney-plus', 'Prime Video', '-x-'),
    fc.double().map(String),
    fc.nat().map(String),
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 150 }),
    fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', 'a', '😀', 'é'), minLength: 90, maxLength: 140 }),
    percentJunk,
  );
  const pairs = fc.array(fc.tuple(fc.oneof(keys, fc.string()), values), { maxLength: 12 });
  /** A raw query string, `%` sequences and all, as a reader might paste it. */
  const rawQueryString = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.webQueryParameters(),
    fc
      .array(fc.tuple(keys, fc.oneof(values, percentJunk)), { maxLength: 10 })
      .map((list) => list.map(([key, value]) => `${key}=${value}`).join('&')),
  );
  const anyParams = fc.oneof(
    rawQueryString.map((search) => new URLSearchParams(search)),
    pairs.map((list) => new URLSearchParams(list)),
  );

  const validFilters: fc.Arbitrary<ListFilters> = fc.record({
    genres: fc.subarray(GENRE_SLUGS),
    minRating: fc.option(fc.integer({ min: 1, max: 10 }).map((halves) => halves / 2)),
    decade: fc.option(fc.integer({ min: 187, max: 209 }).map((tens) => tens * 10)),
    country: fc.option(fc.stringMatching(/^[A-Z]{2}$/)),
    language: fc.option(fc.stringMatching(/^[a-z]{2,3}$/)),
    service: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/)),
    watch: fc.option(fc.constantFrom(...WATCH_KINDS)),
    unread: fc.boolean(),
    query: fc.oneof(fc.string({ maxLength: MAX_QUERY_LENGTH }), fc.string({ unit: 'grapheme', maxLength: 40 })),
    sort: fc.constantFrom(...SORT_KEYS),
  });

  it('never throws and always gives valid filters', () => {
    fc.assert(
      fc.property(anyParams, (params) => {
        const filters = parseFilters(params);
        expect(filters.genres.every((genre) => GENRE_SLUGS.includes(genre))).toBe(true);
        // Known genres, once each, in the canonical order.
        expect(filters.genres).toEqual(GENRE_SLUGS.filter((genre) => filters.genres.includes(genre)));
        if (filters.minRating !== null) {
          expect(filters.minRating).toBeGreaterThanOrEqual(0.5);
          expect(filters.minRating).toBeLessThanOrEqual(5);
          expect(Number.isInteger(filters.minRating * 2)).toBe(true);
        }
        expect(SORT_KEYS).toContain(filters.sort);
        if (filters.decade !== null) expect(filters.decade % 10).toBe(0);
        expect(filters.country ?? 'KR').toMatch(/^[A-Z]{2}$/);
        expect(filters.language ?? 'ko').toMatch(/^[a-z]{2,3}$/);
        expect(filters.service ?? 'netflix').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        if (filters.watch !== null) expect(WATCH_KINDS).toContain(filters.watch);
        expect(Array.from(filters.query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(filters.query).toBe(filters.query.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it writes: parse(serialize(parse(x))) equals parse(x)', () => {
    fc.assert(
      fc.property(anyParams, (params) => {
        const filters = parseFilters(params);
        expect(parseFilters(serializeFilters(filters))).toEqual(filters);
      }),
      { numRuns: 500 },
    );
  });

  it('writes one canonical form: serialize(parse(serialize(f))) equals serialize(f)', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        const search = serializeFilters(filters).toString();
        expect(serializeFilters(parseFilters(new URLSearchParams(search))).toString()).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  const anyScope: fc.Arbitrary<ListScope> = fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.constantFrom(...GENRE_SLUGS).map((genre) => ({ kind: 'genre' as const, genre })),
    fc.constantFrom(...STAR_BUCKETS).map((stars) => ({ kind: 'stars' as const, stars })),
  );

  it('reads back what it writes within any scope, and never makes the scope a filter too', () => {
    fc.assert(
      fc.property(anyParams, anyScope, (params, scope) => {
        const filters = parseFilters(params, scope);
        if (scope.kind === 'genre') expect(filters.genres).not.toContain(scope.genre);
        if (scope.kind === 'stars') expect(filters.minRating).toBeNull();
        expect(parseFilters(serializeFilters(filters), scope)).toEqual(filters);
      }),
      { numRuns: 300 },
    );
  });
});
