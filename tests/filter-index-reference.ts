import fc from 'fast-check';
import { mulberry32 } from '../scripts/lib/generate-reviews';
import { facetColumn, type Block } from '../src/features/reviews/api/index-api';
import { genreMask } from '../src/features/reviews/list/engine/criteria';
import { SORT_KEYS, type ListScope, type SortKey } from '../src/format/archive-layout';
import { GENRE_SLUGS, type Genre } from '../src/format/genres';
import { STAR_BUCKETS } from '../src/format/ratings';
import { decadeWords, type ListFilters } from '../src/features/reviews/list/address/filters';
import { decadeOf, WATCH_KINDS, type WatchKind } from '../src/format/facets';
import type { FacetsDocument } from '../src/format/facets-schema';

/**
 * The filter engine against a deliberately simple reference: plain array
 * filters and sorts over rows, one row per review (its id is its index,
 * newest first), with few distinct values so that ties are common.
 */
export interface Row {
  genres: Genre[];
  halfStars: number;
  year: number;
  /** Position in title order: a permutation of the ids. */
  titleRank: number;
  /** Codes, from the few of REFERENCE_FACETS, so that most reviews share them. */
  countries: string[];
  languages: string[];
  /** Ways to watch: a service's slug and a kind. */
  watch: [service: string, kind: WatchKind][];
}

/** The values rows have, in the order the dictionary numbers them; the last of each is in no row. */
export const REFERENCE_FACETS = {
  countries: ['US', 'KR', 'JP', 'FR', 'GB', 'ZA'],
  languages: ['en', 'ko', 'ja', 'fr', 'yue'],
  services: ['netflix', 'mubi', 'max', 'peacock'],
};

/** The dictionary (facets.json) of the rows: labels are the codes themselves, counts the archive's. */
export function referenceFacets(rows: readonly Row[]): FacetsDocument {
  const entries = (values: readonly string[], has: (row: Row, value: string) => boolean) =>
    values.map((value) => ({ value, label: value, count: rows.filter((row) => has(row, value)).length }));
  return {
    version: 2,
    decades: [],
    countries: entries(REFERENCE_FACETS.countries, (row, code) => row.countries.includes(code)).map(
      ({ value, ...rest }) => ({ code: value, ...rest }),
    ),
    languages: entries(REFERENCE_FACETS.languages, (row, code) => row.languages.includes(code)).map(
      ({ value, ...rest }) => ({ code: value, ...rest }),
    ),
    services: entries(REFERENCE_FACETS.services, (row, slug) => row.watch.some(([service]) => service === slug)).map(
      ({ value, ...rest }) => ({ slug: value, ...rest }),
    ),
    kinds: WATCH_KINDS.map((kind) => ({
      kind,
      count: rows.filter((row) => row.watch.some(([, k]) => k === kind)).length,
    })),
  };
}

export function syntheticRows(count: number, seed: number): Row[] {
  const random = mulberry32(seed);
  const ranks = Array.from({ length: count }, (_, id) => id);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  // The facets from a random sequence of their own, so the other columns are as they always were.
  const more = mulberry32(seed + 1);
  const some = <T>(items: readonly T[], chance: number) => items.filter(() => more() < chance);
  const [countries, languages, services] = [0, 1, 2].map((which) =>
    Object.values(REFERENCE_FACETS)[which]!.slice(0, -1),
  ) as [string[], string[], string[]];
  return ranks.map((titleRank) => ({
    genres: GENRE_SLUGS.filter(() => random() < 0.15),
    halfStars: 1 + Math.floor(random() * 10),
    year: 1990 + Math.floor(random() * 12),
    titleRank,
    countries: some(countries, 0.3),
    languages: some(languages, 0.3),
    watch: some(services, 0.25).flatMap((service) =>
      some(WATCH_KINDS, 0.3).map((kind): [string, WatchKind] => [service, kind]),
    ),
  }));
}

/** The rows as newest-first blocks of the given sizes, as index-api.ts hands them over. */
export function blocksOf(rows: readonly Row[], sizes: readonly number[]): Block[] {
  const blocks: Block[] = [];
  for (let start = 0, n = 0; start < rows.length; start += sizes[n % sizes.length]!, n++) {
    const slice = rows.slice(start, start + sizes[n % sizes.length]!);
    blocks.push({
      ids: Uint32Array.from(slice, (_, row) => start + row),
      genres: Uint32Array.from(slice, (row) => genreMask(row.genres)),
      ratings: Uint8Array.from(slice, (row) => row.halfStars),
      years: Uint16Array.from(slice, (row) => row.year),
      titles: Uint32Array.from(slice, (row) => row.titleRank),
      countries: facetColumn(slice.map((row) => row.countries.map((code) => REFERENCE_FACETS.countries.indexOf(code)))),
      languages: facetColumn(slice.map((row) => row.languages.map((code) => REFERENCE_FACETS.languages.indexOf(code)))),
      watch: facetColumn(
        slice.map((row) =>
          row.watch.map(
            ([service, kind]) =>
              REFERENCE_FACETS.services.indexOf(service) * WATCH_KINDS.length + WATCH_KINDS.indexOf(kind),
          ),
        ),
      ),
    });
  }
  return blocks;
}

export const REFERENCE_ORDERS: Record<SortKey, (rows: readonly Row[]) => (a: number, b: number) => number> = {
  newest: () => (a, b) => a - b,
  rating: (rows) => (a, b) => rows[b]!.halfStars - rows[a]!.halfStars || a - b,
  title: (rows) => (a, b) => rows[a]!.titleRank - rows[b]!.titleRank,
  year: (rows) => (a, b) => rows[b]!.year - rows[a]!.year || rows[a]!.titleRank - rows[b]!.titleRank,
};

export function referenceSelect(
  rows: readonly Row[],
  scope: ListScope,
  filters: ListFilters,
  candidates: number[] | null,
) {
  const required = scope.kind === 'genre' ? [...filters.genres, scope.genre] : filters.genres;
  const base = Array.from(rows.keys()).filter((id) => {
    const row = rows[id]!;
    return (
      required.every((genre) => row.genres.includes(genre)) &&
      (filters.minRating === null || row.halfStars / 2 >= filters.minRating) &&
      (scope.kind !== 'stars' || Math.max(1, Math.floor(row.halfStars / 2)) === scope.stars) &&
      (candidates === null || candidates.includes(id))
    );
  });
  const facetsMatch = (row: Row, chosen: ListFilters) =>
    (chosen.decade === null || decadeOf(row.year) === chosen.decade) &&
    (chosen.country === null || row.countries.includes(chosen.country)) &&
    (chosen.language === null || row.languages.includes(chosen.language)) &&
    ((chosen.service === null && chosen.watch === null) ||
      row.watch.some(
        ([service, kind]) =>
          (chosen.service === null || service === chosen.service) && (chosen.watch === null || kind === chosen.watch),
      ));
  const ids = base.filter((id) => facetsMatch(rows[id]!, filters));
  ids.sort(REFERENCE_ORDERS[filters.sort](rows));
  const genreCounts = Object.fromEntries(
    GENRE_SLUGS.map((genre) => [genre, ids.filter((id) => rows[id]!.genres.includes(genre)).length]),
  );
  // A facet's count for a value: the rows that would match were that value chosen for it.
  const countFor = (changed: Partial<ListFilters>) =>
    base.filter((id) => facetsMatch(rows[id]!, { ...filters, ...changed })).length;
  const years = [...new Set(rows.map((row) => decadeOf(row.year)))];
  const facets = {
    decade: Object.fromEntries(years.map((decade) => [decadeWords(decade), countFor({ decade })])),
    country: Object.fromEntries(REFERENCE_FACETS.countries.map((country) => [country, countFor({ country })])),
    language: Object.fromEntries(REFERENCE_FACETS.languages.map((language) => [language, countFor({ language })])),
    service: Object.fromEntries(REFERENCE_FACETS.services.map((service) => [service, countFor({ service })])),
    watch: Object.fromEntries(WATCH_KINDS.map((watch) => [watch, countFor({ watch })])),
  };
  return { ids, genreCounts, facets };
}

export const anyScope: fc.Arbitrary<ListScope> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.constantFrom(...GENRE_SLUGS).map((genre) => ({ kind: 'genre' as const, genre })),
  fc.constantFrom(...STAR_BUCKETS).map((stars) => ({ kind: 'stars' as const, stars })),
);
export const anyFilters: fc.Arbitrary<ListFilters> = fc.record({
  genres: fc.subarray(GENRE_SLUGS, { maxLength: 2 }),
  minRating: fc.option(fc.integer({ min: 1, max: 10 }).map((halves) => halves / 2)),
  decade: fc.option(fc.constantFrom(1990, 2000, 2010), { freq: 3 }),
  country: fc.option(fc.constantFrom(...REFERENCE_FACETS.countries, 'XX'), { freq: 3 }),
  language: fc.option(fc.constantFrom(...REFERENCE_FACETS.languages), { freq: 3 }),
  service: fc.option(fc.constantFrom(...REFERENCE_FACETS.services, 'nope'), { freq: 3 }),
  watch: fc.option(fc.constantFrom(...WATCH_KINDS), { freq: 3 }),
  query: fc.constant(''),
  unread: fc.constant(false),
  sort: fc.constantFrom(...SORT_KEYS),
});
