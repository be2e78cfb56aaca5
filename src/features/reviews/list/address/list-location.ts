import { paths } from '@/config/paths';
import type { ListScope } from '@/format/archive-layout';
import { isGenre } from '@/format/genres';
import { STAR_BUCKETS, type StarBucket } from '@/format/ratings';
import { filtersSearch, parseFilters, type ListFilters } from './filters';

/** The three kinds of list page: `/`, `/genres/:genre`, `/ratings/:stars`. */
export type ListKind = ListScope['kind'];

export interface ListLocation {
  scope: ListScope;
  filters: ListFilters;
  /** The path parameter and the query string, spelled canonically. */
  param: string | undefined;
  search: string;
  /** The page's canonical address: a request for any other spelling is redirected here. */
  canonical: string;
}

/**
 * Reads a list page's address: its scope from the path parameter, its filters
 * from the query string. Null when the parameter names nothing (a 404).
 * "Action", "science fiction" and "4.5" are read as "action",
 * "science-fiction" and 4, and the canonical address says so.
 */
export function readListLocation(kind: ListKind, param: string | undefined, url: URL): ListLocation | null {
  const scope = readScope(kind, param ?? '');
  if (!scope) return null;
  const filters = parseFilters(url.searchParams, scope);
  const search = filtersSearch(filters, url.searchParams);
  const canonicalParam =
    scope.kind === 'genre' ? scope.genre : scope.kind === 'stars' ? String(scope.stars) : undefined;
  return { scope, filters, param: canonicalParam, search, canonical: scopePath(scope) + search };
}

/** The list a path parameter names ("action", "Science_Fiction", "4.5"), or null when it names none. */
export function readScope(kind: ListKind, param: string): ListScope | null {
  if (kind === 'all') return { kind: 'all' };
  if (kind === 'genre') {
    const genre = param
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    return isGenre(genre) ? { kind: 'genre', genre } : null;
  }
  const stars = /^\d{1,3}(\.\d{1,3})?$/.test(param) ? Math.floor(Number(param)) : 0;
  return (STAR_BUCKETS as readonly number[]).includes(stars) ? { kind: 'stars', stars: stars as StarBucket } : null;
}

export function scopePath(scope: ListScope): string {
  if (scope.kind === 'genre') return paths.genre(scope.genre);
  if (scope.kind === 'stars') return paths.rating(scope.stars);
  return paths.home();
}
