import { SORT_KEYS, type ListScope, type SortKey } from '@/format/archive-layout';
import { WATCH_KINDS, type WatchKind } from '@/format/facets';
import { GENRE_SLUGS, isGenre, type Genre } from '@/format/genres';

/**
 * The list filters and their query string:
 * `?genre=action&genre=thriller&rating=3.5&decade=1990s&country=KR&language=ko&service=netflix&watch=rent&q=kim&sort=rating`.
 * The URL owns the filters; this module is the one place that reads and writes
 * them. Parsing never throws: unknown or malformed values are dropped or
 * corrected, and serialising gives the canonical form the loaders redirect to.
 * Parameters that are not filters (utm_source, fbclid…) are kept as they are
 * and change nothing.
 */
export const MAX_QUERY_LENGTH = 100;

/** The query parameters this module owns. */
export const FILTER_PARAMS = new Set([
  'genre',
  'rating',
  'decade',
  'country',
  'language',
  'service',
  'watch',
  'q',
  'sort',
  'unread',
]);

export interface ListFilters {
  /** Reviews must be in every one of these genres. */
  genres: Genre[];
  /** Reviews rated at least this many stars, or null for any rating. */
  minRating: number | null;
  /** The first year of the films' decade (1990 for the 1990s), or null for any. */
  decade: number | null;
  /** A country the film is from, ISO 3166-1 alpha-2 in upper case ("KR"), or null. */
  country: string | null;
  /** A language the film is in, ISO 639 in lower case ("ko"), or null. */
  language: string | null;
  /** A service the film can be watched on, by its slug ("netflix"), or null. */
  service: string | null;
  /** How it can be watched (on `service`, when there is one), or null. */
  watch: WatchKind | null;
  /** Words to find in the title, directors and cast. */
  query: string;
  sort: SortKey;
  /** Only reviews not marked as read on this device. */
  unread: boolean;
}

export const DEFAULT_FILTERS: ListFilters = {
  genres: [],
  minRating: null,
  decade: null,
  country: null,
  language: null,
  service: null,
  watch: null,
  query: '',
  sort: 'newest',
  unread: false,
};

/** The filters that pick one value of a facet: each is one parameter of the address, one select and one chip. */
export const FACET_KEYS = ['decade', 'country', 'language', 'service', 'watch'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The filters in a query string; within a genre's or a rating's page, that genre or rating is not a filter too. */
export function parseFilters(params: URLSearchParams, scope: ListScope = { kind: 'all' }): ListFilters {
  const genres = new Set(
    params
      .getAll('genre')
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().toLowerCase())
      .filter(isGenre),
  );
  if (scope.kind === 'genre') genres.delete(scope.genre);
  const sort = params.get('sort');
  return {
    genres: GENRE_SLUGS.filter((genre) => genres.has(genre)),
    minRating: scope.kind === 'stars' ? null : parseMinRating(params.get('rating')),
    decade: parseDecade(params.get('decade')),
    country: matching(params.get('country'), /^[a-z]{2}$/i)?.toUpperCase() ?? null,
    language: matching(params.get('language'), /^[a-z]{2,3}$/i)?.toLowerCase() ?? null,
    service: matching(params.get('service'), SERVICE_PATTERN)?.toLowerCase() ?? null,
    watch: WATCH_KINDS.find((kind) => kind === params.get('watch')?.trim().toLowerCase()) ?? null,
    query: normaliseQuery(params.get('q') ?? ''),
    sort: sort !== null && isSortKey(sort) ? sort : DEFAULT_FILTERS.sort,
    unread: params.get('unread') === '1',
  };
}

export function serializeFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const genre of GENRE_SLUGS) if (filters.genres.includes(genre)) params.append('genre', genre);
  if (filters.minRating !== null) params.set('rating', String(filters.minRating));
  for (const key of FACET_KEYS) {
    const value = facetParam(filters, key);
    if (value !== null) params.set(key, value);
  }
  const query = normaliseQuery(filters.query);
  if (query) params.set('q', query);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  if (filters.unread) params.set('unread', '1');
  return params;
}

/**
 * The query string for these filters, with its "?" when not empty, followed
 * by the parameters of `current` that are not filters, untouched.
 */
export function filtersSearch(filters: ListFilters, current: URLSearchParams = new URLSearchParams()): string {
  const params = serializeFilters(filters);
  for (const [key, value] of current) if (!FILTER_PARAMS.has(key)) params.append(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** How many filters narrow the list (sort does not narrow it). */
export function countActiveFilters(filters: ListFilters): number {
  return (
    filters.genres.length +
    (filters.minRating === null ? 0 : 1) +
    FACET_KEYS.filter((key) => filters[key] !== null).length +
    (filters.query ? 1 : 0) +
    (filters.unread ? 1 : 0)
  );
}

/** The list as published: no filter, newest first. Its first page is one small file. */
export function isDefaultFilters(filters: ListFilters): boolean {
  return countActiveFilters(filters) === 0 && filters.sort === DEFAULT_FILTERS.sort;
}

/** A half-star rating from 0.5 to 5, rounded down to the half star, else null. */
function parseMinRating(value: string | null): number | null {
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return null;
  const rating = Math.floor(Number(value) * 2) / 2;
  return rating >= 0.5 && rating <= 5 ? rating : null;
}

/** One facet's value as the address spells it ("1990s", "KR"), or null when it is not chosen. */
export function facetParam(filters: ListFilters, key: FacetKey): string | null {
  const value = filters[key];
  return typeof value === 'number' ? decadeWords(value) : value;
}

/** A decade as the address and the chips spell it: 1990 → "1990s". */
export function decadeWords(decade: number): string {
  return `${decade}s`;
}

/** A decade from "1990s", "1990" or a year in it ("1994"), from 1870 to 2090; else null. */
function parseDecade(value: string | null): number | null {
  const year = matching(value, /^\d{4}s?$/i);
  if (year === null) return null;
  const decade = Math.floor(parseInt(year, 10) / 10) * 10;
  return decade >= 1870 && decade <= 2090 ? decade : null;
}

/** A service's slug (format/facets.ts, serviceSlug), short enough for an address. */
const SERVICE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

/** The value without its spaces, if it then has the pattern (and at most 60 characters); else null. */
function matching(value: string | null, pattern: RegExp): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length <= 60 && pattern.test(trimmed) ? trimmed : null;
}

/** One space between words, at most MAX_QUERY_LENGTH characters (never half of one), no broken surrogates. */
function normaliseQuery(value: string): string {
  const words = value.replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim();
  return Array.from(words).slice(0, MAX_QUERY_LENGTH).join('').trimEnd();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}
