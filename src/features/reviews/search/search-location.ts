import { paths } from '@/config/paths';

/**
 * The address of the search inside reviews: `/search?q=<query>`. The one
 * place that reads and writes it; reading never throws, and gives the
 * canonical spelling the loader redirects any other to. Parameters other than
 * `q` (utm_source…) are kept as they are.
 */

/** The longest query kept, in characters. */
export const MAX_TEXT_QUERY = 200;
/** Results shown at first, and added by each "Show more". */
export const RESULTS_PAGE = 20;

export interface SearchLocation {
  query: string;
  /** The query string, canonical, with its "?" when not empty. */
  search: string;
  canonical: string;
}

export function readSearchLocation(url: URL): SearchLocation {
  const query = normaliseTextQuery(url.searchParams.get('q') ?? '');
  const search = searchString(query, url.searchParams);
  return { query, search, canonical: paths.search() + search };
}

/** The query string for a query, followed by the parameters of `current` that are not the query. */
export function searchString(query: string, current: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  const normalised = normaliseTextQuery(query);
  if (normalised) params.set('q', normalised);
  for (const [key, value] of current) if (key !== 'q') params.append(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One space between words, no control characters, at most MAX_TEXT_QUERY characters (never half of one). */
export function normaliseTextQuery(value: string): string {
  const words = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ')
    .trim();
  return Array.from(words).slice(0, MAX_TEXT_QUERY).join('').trimEnd();
}
