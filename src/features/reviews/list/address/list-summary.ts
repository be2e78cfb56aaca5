import { countOf } from '@/lib/plural';
import type { ListScope, SortKey } from '@/format/archive-layout';
import { WATCH_KIND_LABELS } from '@/format/facets';
import { genreLabel } from '@/format/genres';
import { countActiveFilters, facetParam, type ListFilters } from './filters';

/** How a sort reads after the list's other words; the newest first goes without saying. */
const SORT_WORDS: Partial<Record<SortKey, string>> = {
  rating: 'highest rated first',
  title: 'by title',
  year: 'by release year',
};

/** How each facet reads after the list's first words: "from the 1990s", "in Korean", "on netflix", "rent". */
const FACET_WORDS = { decade: 'from the ', country: 'from ', language: 'in ', service: 'on ' } as const;

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
export function describeList(scope: ListScope, filters: ListFilters): string {
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
    // Codes in the browser's English names (the parser has made them well formed, so this never throws).
    const name = key === 'country' || key === 'language' ? displayName(key, value) : value;
    if (name) words.push(FACET_WORDS[key] + name);
  }
  if (filters.watch) words.push(WATCH_KIND_LABELS[filters.watch].toLowerCase());
  if (query) words.push(`matching “${query}”`);
  if (unread) words.push('not read yet');
  // "drama reviews by title", but "drama reviews, 4 stars or more, by title".
  return words.join(', ') + (SORT_WORDS[sort] ? (words.length > 1 ? ', ' : ' ') + SORT_WORDS[sort] : '');
}

function displayName(key: 'country' | 'language', code: string | null): string | null {
  return code && (new Intl.DisplayNames('en', { type: key === 'country' ? 'region' : 'language' }).of(code) ?? code);
}
