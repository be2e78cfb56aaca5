import type { Block } from '../../api/index-api';
import type { ListScope, SortKey } from '@/format/archive-layout';
import { GENRE_SLUGS, type Genre } from '@/format/genres';
import { starBucket } from '@/format/ratings';
import type { ListFilters } from '../address/filters';

/**
 * The filter engine: which reviews match a list's scope and filters, and in
 * what order, computed from the numeric columns of the filter index (genre
 * bits, half stars, year, title rank) without any review text in memory.
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

function matches(criteria: Criteria, id: number, genres: number, halfStars: number): boolean {
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

export interface Selection {
  /** Every matching id, in the chosen order. */
  ids: Uint32Array;
  /** For each genre, how many of the matches are in it: the counts beside the genre filters. */
  genreCounts: Map<Genre, number>;
}

/**
 * The whole archive's filter index, from its newest-first blocks. Filtering is
 * one pass over typed arrays; each sort order is built the first time it is
 * needed (or while the reader is idle), so 20,000 reviews cost a few
 * milliseconds per filter change.
 */
export class FilterIndex {
  private readonly orders: Partial<Record<SortKey, Uint32Array>> = {};

  private constructor(
    private readonly genres: Uint32Array,
    private readonly ratings: Uint8Array,
    private readonly years: Uint16Array,
    private readonly titles: Uint32Array,
  ) {}

  /** Joins newest-first blocks, in order, into one index. */
  static fromBlocks(blocks: readonly Block[]): FilterIndex {
    const size = blocks.reduce((sum, block) => sum + block.ids.length, 0);
    const genres = new Uint32Array(size);
    const ratings = new Uint8Array(size);
    const years = new Uint16Array(size);
    const titles = new Uint32Array(size);
    for (const block of blocks) {
      if (!block.years || !block.titles) throw new Error('The filter index needs newest-first blocks');
      block.ids.forEach((id, row) => {
        genres[id] = block.genres[row]!;
        ratings[id] = block.ratings[row]!;
        years[id] = block.years![row]!;
        titles[id] = block.titles![row]!;
      });
    }
    return new FilterIndex(genres, ratings, years, titles);
  }

  get size(): number {
    return this.genres.length;
  }

  /** The ids in one order. Ties fall back to the newest-first id, as the publisher's orders do. */
  order(sort: SortKey): Uint32Array {
    const ids = () => Uint32Array.from(this.genres.keys());
    const { ratings, years, titles } = this;
    switch (sort) {
      case 'newest':
        return (this.orders.newest ??= ids());
      case 'rating':
        return (this.orders.rating ??= ids().sort((a, b) => ratings[b]! - ratings[a]! || a - b));
      case 'title':
        return (this.orders.title ??= ids().sort((a, b) => titles[a]! - titles[b]!));
      case 'year':
        return (this.orders.year ??= ids().sort((a, b) => years[b]! - years[a]! || titles[a]! - titles[b]!));
    }
  }

  /** Builds every order while the reader is idle, so the first change of sort is as quick as the rest. */
  warmUp(): void {
    const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
    const pending: SortKey[] = ['rating', 'title', 'year'];
    const next = () => {
      const sort = pending.shift();
      if (!sort) return;
      this.order(sort);
      whenIdle(next);
    };
    whenIdle(next);
  }

  /** The matches of a scope and its filters, among `candidates` (a search's ids) and never `excluded` (read ones). */
  select(
    scope: ListScope,
    filters: ListFilters,
    candidates: Uint32Array | null = null,
    excluded: Uint32Array | null = null,
  ): Selection {
    const criteria = criteriaOf(
      scope,
      filters,
      candidates && membership(candidates, this.size),
      excluded && membership(excluded, this.size),
    );
    const order = this.order(filters.sort);
    const found = new Uint32Array(order.length);
    const unionCounts = new Uint32Array(GENRE_SLUGS.length);
    let count = 0;
    for (const id of order) {
      const mask = this.genres[id]!;
      if (!matches(criteria, id, mask, this.ratings[id]!)) continue;
      found[count++] = id;
      // Visit only the bits that are set: two or three per review, not twenty-one.
      for (let rest = mask; rest; rest &= rest - 1) unionCounts[31 - Math.clz32(rest & -rest)]!++;
    }
    return {
      ids: found.subarray(0, count),
      genreCounts: new Map(GENRE_SLUGS.map((genre, bit) => [genre, unionCounts[bit]!])),
    };
  }
}
