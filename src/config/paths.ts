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
  /** The search inside reviews, with a query or without. */
  search: (query = '') => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
} as const;
