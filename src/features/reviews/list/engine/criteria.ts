import type { Block } from '../../api/index-api';
import type { ListScope } from '@/format/archive-layout';
import { GENRE_SLUGS, type Genre } from '@/format/genres';
import { starBucket } from '@/format/ratings';
import type { ListFilters } from '../address/filters';

/**
 * A list's scope and its genre, rating, search and read filters as numbers,
 * checked once per row of the filter index: by the engine over the whole
 * index (filter-index.ts) and over one block at a time (index-engine.ts).
 */

const GENRE_BITS = new Map(GENRE_SLUGS.map((genre, bit) => [genre, 1 << bit]));

export function genreMask(genres: readonly Genre[]): number {
  let mask = 0;
  for (const genre of genres) mask |= GENRE_BITS.get(genre) ?? 0;
  return mask;
}

/** A scope and its filters as numbers, checked once per row. */
export interface Criteria {
  /** Genre bits a review must all have. */
  required: number;
  /** In half stars; 0 for any. */
  minHalfStars: number;
  /** Only reviews in this whole-star rating, or null for any. */
  stars: number | null;
  /** Only these ids (a search's matches), or null for any. */
  candidates: Uint8Array | null;
  /** Never these ids (the reviews read on this device, for "Not read yet"), or null. */
  excluded: Uint8Array | null;
}

export function criteriaOf(
  scope: ListScope,
  filters: ListFilters,
  candidates: Uint8Array | null = null,
  excluded: Uint8Array | null = null,
): Criteria {
  return {
    excluded,
    required: genreMask(filters.genres) | (scope.kind === 'genre' ? genreMask([scope.genre]) : 0),
    minHalfStars: (filters.minRating ?? 0) * 2,
    stars: scope.kind === 'stars' ? scope.stars : null,
    candidates,
  };
}

export function matches(criteria: Criteria, id: number, genres: number, halfStars: number): boolean {
  return (
    (genres & criteria.required) === criteria.required &&
    halfStars >= criteria.minHalfStars &&
    (criteria.stars === null || starBucket(halfStars / 2) === criteria.stars) &&
    (criteria.candidates === null || criteria.candidates[id] === 1) &&
    (criteria.excluded === null || criteria.excluded[id] !== 1)
  );
}

/** The ids in a block that match, in the block's order. */
export function matchesInBlock(block: Block, criteria: Criteria): number[] {
  const found: number[] = [];
  for (let row = 0; row < block.ids.length; row++) {
    if (matches(criteria, block.ids[row]!, block.genres[row]!, block.ratings[row]!)) found.push(block.ids[row]!);
  }
  return found;
}

/** Ids as a table the engine reads in one step per review. */
export function membership(ids: Uint32Array, size: number): Uint8Array {
  const member = new Uint8Array(size);
  for (const id of ids) if (id < size) member[id] = 1;
  return member;
}
