import type { Block, FacetColumn } from '../../api/index-api';
import type { ListScope, SortKey } from '@/format/archive-layout';
import { decadeOf } from '@/format/facets';
import { GENRE_SLUGS, type Genre } from '@/format/genres';
import type { FacetsDocument } from '@/format/facets-schema';
import type { ListFilters } from '../address/filters';
import type { FacetCounts } from '../address/facet-labels';
import { criteriaOf, matches, membership } from './criteria';
import { canWatch, EMPTY_FACETS, FacetTally, has, joinColumns, wantedOf } from './facet-columns';

/**
 * The filter engine: which reviews match a list's scope and filters, and in
 * what order, computed from the numeric columns of the filter index (genre
 * bits, half stars, year, title rank, facet columns) without any review text
 * in memory. The per-row checks are criteria.ts; the facets', facet-columns.ts.
 */

export interface Selection {
  /** Every matching id, in the chosen order. */
  ids: Uint32Array;
  /** For each genre, how many of the matches are in it: the counts beside the genre filters. */
  genreCounts: Map<Genre, number>;
  /**
   * For each value of each facet, how many reviews match the other filters and
   * have it: what the list would hold if the reader chose it instead.
   */
  facets: FacetCounts;
}

/**
 * The whole archive's filter index, from its newest-first blocks. Filtering is
 * one pass over typed arrays; each sort order is built the first time it is
 * needed (or while the reader is idle), so 20,000 reviews cost a few
 * milliseconds per filter change.
 */
export class FilterIndex {
  private readonly orders: Partial<Record<SortKey, Uint32Array>> = {};
  private decadeList: number[] | undefined;

  private constructor(
    private readonly genres: Uint32Array,
    private readonly ratings: Uint8Array,
    private readonly years: Uint16Array,
    private readonly titles: Uint32Array,
    private readonly columns: Record<'countries' | 'languages' | 'watch', FacetColumn>,
    private readonly dictionary: FacetsDocument,
  ) {}

  /** Joins newest-first blocks, in order, into one index, with the dictionary their facet columns number. */
  static fromBlocks(blocks: readonly Block[], dictionary: FacetsDocument = EMPTY_FACETS): FilterIndex {
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
    const joined = (key: 'countries' | 'languages' | 'watch') => joinColumns(blocks, key, size);
    const columns = { countries: joined('countries'), languages: joined('languages'), watch: joined('watch') };
    return new FilterIndex(genres, ratings, years, titles, columns, dictionary);
  }

  /** A review's year, and its rating out of 5 in half stars, as its card shows them. */
  glance(id: number): { year: number; rating: number } {
    return { year: this.years[id]!, rating: this.ratings[id]! / 2 };
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
    const { countries, languages, watch } = this.columns;
    const wanted = wantedOf(filters, this.dictionary);
    const order = this.order(filters.sort);
    const found = new Uint32Array(order.length);
    const unionCounts = new Uint32Array(GENRE_SLUGS.length);
    const tally = new FacetTally(this.dictionary);
    let count = 0;
    for (const id of order) {
      const mask = this.genres[id]!;
      if (!matches(criteria, id, mask, this.ratings[id]!)) continue;
      const decade = decadeOf(this.years[id]!);
      const decadeOk = wanted.decade === null || decade === wanted.decade;
      const countryOk = has(countries, id, wanted.country);
      const languageOk = has(languages, id, wanted.language);
      const watchOk = canWatch(watch, id, wanted.service, wanted.kind);
      // A facet's counts say what choosing each of its values would leave: the review matches every other filter.
      if (countryOk && languageOk && watchOk) tally.decade(decade);
      if (decadeOk && languageOk && watchOk) tally.each('countries', countries, id);
      if (decadeOk && countryOk && watchOk) tally.each('languages', languages, id);
      if (decadeOk && countryOk && languageOk) tally.watch(watch, id, wanted.service, wanted.kind);
      if (!(decadeOk && countryOk && languageOk && watchOk)) continue;
      found[count++] = id;
      // Visit only the bits that are set: two or three per review, not twenty-one.
      for (let rest = mask; rest; rest &= rest - 1) unionCounts[31 - Math.clz32(rest & -rest)]!++;
    }
    return {
      ids: found.subarray(0, count),
      genreCounts: new Map(GENRE_SLUGS.map((genre, bit) => [genre, unionCounts[bit]!])),
      facets: tally.options(this.decades()),
    };
  }

  /** Every decade of the archive, newest first. */
  private decades(): number[] {
    this.decadeList ??= [...new Set(Array.from(this.years, decadeOf))].sort((a, b) => b - a);
    return this.decadeList;
  }
}
