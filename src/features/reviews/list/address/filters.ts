import { SORT_KEYS, type ListScope, type SortKey } from '@/format/archive-layout';
import { GENRE_SLUGS, isGenre, type Genre } from '@/format/genres';

/**
 * The list filters and their query string: `?genre=action&genre=thriller&rating=3.5&q=kim&sort=rating`.
 * The URL owns the filters; this module is the one place that reads and writes
 * them. Parsing never throws: unknown or malformed values are dropped or
 * corrected, and serialising gives the canonical form the loaders redirect to.
 * Parameters that are not filters (utm_source, fbclid…) are kept as they are
 * and change nothing.
 */
export const MAX_QUERY_LENGTH = 100;

/** The query parameters this module owns. */
export const FILTER_PARAMS = new Set(['genre', 'rating', 'q', 'sort', 'unread']);

export interface ListFilters {
  /** Reviews must be in every one of these genres. */
  genres: Genre[];
  /** Reviews rated at least this many stars, or null for any rating. */
  minRating: number | null;
  /** Words to find in the title, directors and cast. */
  query: string;
  sort: SortKey;
  /** Only reviews not marked as read on this device. */
  unread: boolean;
}

export const DEFAULT_FILTERS: ListFilters = { genres: [], minRating: null, query: '', sort: 'newest', unread: false };

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
    query: normaliseQuery(params.get('q') ?? ''),
    sort: sort !== null && isSortKey(sort) ? sort : DEFAULT_FILTERS.sort,
    unread: params.get('unread') === '1',
  };
}

export function serializeFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const genre of GENRE_SLUGS) if (filters.genres.includes(genre)) params.append('genre', genre);
  if (filters.minRating !== null) params.set('rating', String(filters.minRating));
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
    filters.genres.length + (filters.minRating === null ? 0 : 1) + (filters.query ? 1 : 0) + (filters.unread ? 1 : 0)
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

/** One space between words, at most MAX_QUERY_LENGTH characters (never half of one), no broken surrogates. */
function normaliseQuery(value: string): string {
  const words = value.replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim();
  return Array.from(words).slice(0, MAX_QUERY_LENGTH).join('').trimEnd();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}
