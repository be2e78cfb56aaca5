/**
 * The public URLs, spelled in one place. Every link and navigation builds its
 * href here, so a URL change is a one-line change.
 */
export const paths = {
  home: () => '/',
  review: (slug: string) => `/reviews/${encodeURIComponent(slug)}`,
  genres: () => '/genres',
  genre: (genre: string) => `/genres/${encodeURIComponent(genre)}`,
  ratings: () => '/ratings',
  saved: () => '/saved',
  rating: (stars: number) => `/ratings/${stars}`,
  /** A director's or cast member's reviewed films. */
  person: (slug: string) => `/people/${encodeURIComponent(slug)}`,
  critics: () => '/critics',
  critic: (slug: string) => `/critics/${encodeURIComponent(slug)}`,
  /** A critic's own feeds of their reviews, beside their page. */
  criticFeed: (slug: string, kind: 'atom' | 'json') =>
    `/critics/${encodeURIComponent(slug)}/feed.${kind === 'atom' ? 'xml' : 'json'}`,
  /** Every critic's list, and one list. */
  lists: () => '/lists',
  list: (slug: string) => `/lists/${encodeURIComponent(slug)}`,
  /** The latest reviews narrowed to one decade ("1990s"), country ("KR") or language ("ko"): list/address/filters.ts reads it. */
  reviewsBy: (facet: 'decade' | 'country' | 'language', value: string) =>
    `/?${new URLSearchParams({ [facet]: value })}`,
  /** The search inside reviews, with a query or without. */
  search: (query = '') => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
} as const;
