import fc from 'fast-check';
import { mulberry32 } from '../scripts/lib/generate-reviews';
import type { Block } from '../src/features/reviews/api/index-api';
import { genreMask } from '../src/features/reviews/list/engine/filter-index';
import { SORT_KEYS, type ListScope, type SortKey } from '../src/format/archive-layout';
import { GENRE_SLUGS, type Genre } from '../src/format/genres';
import { STAR_BUCKETS } from '../src/format/ratings';
import type { ListFilters } from '../src/features/reviews/list/address/filters';

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
}

export function syntheticRows(count: number, seed: number): Row[] {
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

export const anyScope: fc.Arbitrary<ListScope> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.constantFrom(...GENRE_SLUGS).map((genre) => ({ kind: 'genre' as const, genre })),
  fc.constantFrom(...STAR_BUCKETS).map((stars) => ({ kind: 'stars' as const, stars })),
);
export const anyFilters: fc.Arbitrary<ListFilters> = fc.record({
  genres: fc.subarray(GENRE_SLUGS, { maxLength: 2 }),
  minRating: fc.option(fc.integer({ min: 1, max: 10 }).map((halves) => halves / 2)),
  query: fc.constant(''),
  unread: fc.constant(false),
  sort: fc.constantFrom(...SORT_KEYS),
});
