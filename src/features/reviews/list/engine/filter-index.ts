import { facetColumn, type Block, type FacetColumn } from '../../api/index-api';
import type { ListScope, SortKey } from '@/format/archive-layout';
import { decadeOf, WATCH_KIND_LABELS, WATCH_KINDS } from '@/format/facets';
import { GENRE_SLUGS, type Genre } from '@/format/genres';
import type { FacetsDocument } from '@/format/facets-schema';
import { starBucket } from '@/format/ratings';
import { decadeWords, type ListFilters } from '../address/filters';
import type { FacetCounts } from '../address/facet-labels';

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
  /**
   * For each value of each facet, how many reviews match the other filters and
   * have it: what the list would hold if the reader chose it instead.
   */
  facets: FacetCounts;
}

/** A facet's value as the index numbers it: ANY for any, and NOTHING for a value no review has (it matches none). */
const ANY = -1;
const NOTHING = -2;
const KINDS = WATCH_KINDS.length;

/** What a list's facet filters ask for, as the numbers of the index's columns. */
interface Wanted {
  decade: number | null;
  country: number;
  language: number;
  service: number;
  kind: number;
}

/** Whether a review's row of a column has a number. */
function has(column: FacetColumn, id: number, wanted: number): boolean {
  if (wanted === ANY) return true;
  for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) if (column.values[at] === wanted) return true;
  return false;
}

/** Whether one of a review's ways to watch is on the wanted service and of the wanted kind (either may be ANY). */
function canWatch(column: FacetColumn, id: number, service: number, kind: number): boolean {
  if (service === ANY && kind === ANY) return true;
  for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) {
    const value = column.values[at]!;
    if ((service === ANY || Math.floor(value / KINDS) === service) && (kind === ANY || value % KINDS === kind))
      return true;
  }
  return false;
}

/** Countries and languages: by how many reviews of the archive have them, then by name. */
const byArchiveCount = (a: { count: number; label: string }, b: { count: number; label: string }) =>
  b.count - a.count || a.label.localeCompare(b.label, 'en');

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
    const wanted = this.wanted(filters);
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

  /** The facet filters as the numbers of the columns. */
  private wanted(filters: ListFilters): Wanted {
    const position = (found: number, chosen: string | null) => (chosen === null ? ANY : found < 0 ? NOTHING : found);
    const { countries, languages, services } = this.dictionary;
    return {
      decade: filters.decade,
      country: position(
        countries.findIndex(({ code }) => code === filters.country),
        filters.country,
      ),
      language: position(
        languages.findIndex(({ code }) => code === filters.language),
        filters.language,
      ),
      service: position(
        services.findIndex(({ slug }) => slug === filters.service),
        filters.service,
      ),
      kind: filters.watch === null ? ANY : WATCH_KINDS.indexOf(filters.watch),
    };
  }

  /** Every decade of the archive, newest first. */
  private decades(): number[] {
    this.decadeList ??= [...new Set(Array.from(this.years, decadeOf))].sort((a, b) => b - a);
    return this.decadeList;
  }
}

/** Counts of each facet's values over one selection. */
class FacetTally {
  private readonly decades = new Map<number, number>();
  private readonly counts: Record<'countries' | 'languages' | 'services' | 'kinds', Uint32Array>;
  /** The last review counted for each service and kind: a review with three rentals counts once for "Rent". */
  private readonly lastService: Int32Array;
  private readonly lastKind = new Int32Array(KINDS).fill(-1);

  constructor(private readonly dictionary: FacetsDocument) {
    this.counts = {
      countries: new Uint32Array(dictionary.countries.length),
      languages: new Uint32Array(dictionary.languages.length),
      services: new Uint32Array(dictionary.services.length),
      kinds: new Uint32Array(KINDS),
    };
    this.lastService = new Int32Array(dictionary.services.length).fill(-1);
  }

  decade(decade: number): void {
    this.decades.set(decade, (this.decades.get(decade) ?? 0) + 1);
  }

  /** Counts each value of a review's row (the publisher writes each once). */
  each(key: 'countries' | 'languages', column: FacetColumn, id: number): void {
    for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) this.counts[key][column.values[at]!]!++;
  }

  /** Counts the services with a way of the wanted kind, and the kinds on the wanted service. */
  watch(column: FacetColumn, id: number, service: number, kind: number): void {
    for (let at = column.starts[id]!; at < column.starts[id + 1]!; at++) {
      const value = column.values[at]!;
      const [itsService, itsKind] = [Math.floor(value / KINDS), value % KINDS];
      if ((kind === ANY || itsKind === kind) && this.lastService[itsService] !== id) {
        this.lastService[itsService] = id;
        this.counts.services[itsService]!++;
      }
      if ((service === ANY || itsService === service) && this.lastKind[itsKind] !== id) {
        this.lastKind[itsKind] = id;
        this.counts.kinds[itsKind]!++;
      }
    }
  }

  /** Each facet's options in the order its filter lists them. */
  options(decades: readonly number[]): FacetCounts {
    const { countries, languages, services } = this.dictionary;
    const listed = <T extends { label: string; count: number }>(
      entries: readonly T[],
      counts: Uint32Array,
      value: (entry: T) => string,
    ) =>
      entries
        .map((entry, index) => ({ entry, option: { value: value(entry), label: entry.label, count: counts[index]! } }))
        .sort((a, b) => byArchiveCount(a.entry, b.entry))
        .map(({ option }) => option);
    return {
      decade: decades.map((decade) => ({
        value: decadeWords(decade),
        label: decadeWords(decade),
        count: this.decades.get(decade) ?? 0,
      })),
      country: listed(countries, this.counts.countries, (entry) => entry.code),
      language: listed(languages, this.counts.languages, (entry) => entry.code),
      service: listed(services, this.counts.services, (entry) => entry.slug),
      watch: WATCH_KINDS.map((kind, index) => ({
        value: kind,
        label: WATCH_KIND_LABELS[kind],
        count: this.counts.kinds[index]!,
      })),
    };
  }
}

/** The dictionary of an index without facet columns: every review has no country, language or way to watch. */
const EMPTY_FACETS: FacetsDocument = { version: 2, decades: [], countries: [], languages: [], services: [], kinds: [] };

/** One facet column for the whole index, from the blocks' rows (a block without the column gives empty rows). */
function joinColumns(blocks: readonly Block[], key: 'countries' | 'languages' | 'watch', size: number): FacetColumn {
  const rows: (readonly number[])[] = Array.from({ length: size }, () => []);
  for (const block of blocks) {
    const column = block[key];
    if (!column) continue;
    block.ids.forEach(
      (id, row) => (rows[id] = Array.from(column.values.subarray(column.starts[row], column.starts[row + 1]))),
    );
  }
  return facetColumn(rows);
}
