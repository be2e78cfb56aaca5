import { countOf } from '@/lib/plural';
import type { ListScope, SortKey } from '@/format/archive-layout';
import type { WatchKind } from '@/format/facets';
import { genreLabel } from '@/format/genres';
import { facetLabel, type FacetCounts } from './facet-labels';
import { countActiveFilters, facetParam, type FacetKey, type ListFilters } from './filters';

/** How a sort reads after the list's other words; the newest first goes without saying. */
const SORT_WORDS: Partial<Record<SortKey, string>> = {
  rating: 'highest rated first',
  title: 'by title',
  year: 'by release year',
};

/** How each facet reads after the list's first words: "from the 1990s", "in Korean", "to rent". */
const FACET_WORDS: Record<Exclude<FacetKey, 'watch'>, string> = {
  decade: 'from the ',
  country: 'from ',
  language: 'in ',
  service: 'on ',
};
const WATCH_WORDS: Record<WatchKind, string> = {
  subscription: 'with a subscription',
  rent: 'to rent',
  buy: 'to buy',
  free: 'free to watch',
  cinema: 'in cinemas',
};

/** A minimum rating in words, as the rating filter offers it: "3.5 stars or more", "5 stars only". */
export function minRatingWords(rating: number): string {
  return rating === 5 ? '5 stars only' : `${countOf(rating, 'star')} or more`;
}

/**
 * A list in the words of its loading state and messages: "the reviews" for a
 * list without filters, else what the filters ask for, "drama reviews, 4 stars
 * or more, from South Korea, by title". The boot script (src/boot-script.ts) shows the same
 * words before the app has started.
 */
export function describeList(scope: ListScope, filters: ListFilters, facets: FacetCounts | null = null): string {
  const { genres, minRating, query, unread, sort } = filters;
  if (!countActiveFilters(filters) && sort === 'newest') return 'the reviews';
  const kinds = scope.kind === 'genre' ? [scope.genre, ...genres] : genres;
  const words = [
    (scope.kind === 'stars' ? `${scope.stars}-star ` : '') +
      kinds.map((genre) => `${genreLabel(genre).toLowerCase()} `).join('and ') +
      'reviews',
  ];
  if (minRating !== null) words.push(minRatingWords(minRating));
  for (const key of ['decade', 'country', 'language', 'service'] as const) {
    const value = facetParam(filters, key);
    if (value) words.push(FACET_WORDS[key] + facetLabel(key, value, facets));
  }
  if (filters.watch) words.push(WATCH_WORDS[filters.watch]);
  if (query) words.push(`matching “${query}”`);
  if (unread) words.push('not read yet');
  // "drama reviews by title", but "drama reviews, 4 stars or more, by title".
  return words.join(', ') + (SORT_WORDS[sort] ? (words.length > 1 ? ', ' : ' ') + SORT_WORDS[sort] : '');
}
