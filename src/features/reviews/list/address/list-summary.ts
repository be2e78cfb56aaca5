import { countOf } from '@/lib/plural';
import type { ListScope, SortKey } from '@/format/archive-layout';
import { genreLabel } from '@/format/genres';
import type { ListFilters } from './filters';

/** How a sort reads after the list's other words; the newest first goes without saying. */
const SORT_WORDS: Partial<Record<SortKey, string>> = {
  rating: 'highest rated first',
  title: 'by title',
  year: 'by release year',
};

/** A minimum rating in words, as the rating filter offers it: "3.5 stars or more", "5 stars only". */
export function minRatingWords(rating: number): string {
  return rating === 5 ? '5 stars only' : `${countOf(rating, 'star')} or more`;
}

/**
 * A list in the words of its loading state and messages: "the reviews" for a
 * list without filters, else what the filters ask for, "drama reviews, 4 stars
 * or more, by title". The boot script (src/boot-script.ts) shows the same
 * words before the app has started.
 */
export function describeList(scope: ListScope, { genres, minRating, query, unread, sort }: ListFilters): string {
  if (!genres.length && minRating === null && !query && !unread && sort === 'newest') return 'the reviews';
  const kinds = scope.kind === 'genre' ? [scope.genre, ...genres] : genres;
  const words = [
    (scope.kind === 'stars' ? `${scope.stars}-star ` : '') +
      kinds.map((genre) => `${genreLabel(genre).toLowerCase()} `).join('and ') +
      'reviews',
  ];
  if (minRating !== null) words.push(minRatingWords(minRating));
  if (query) words.push(`matching “${query}”`);
  if (unread) words.push('not read yet');
  // "drama reviews by title", but "drama reviews, 4 stars or more, by title".
  return words.join(', ') + (SORT_WORDS[sort] ? (words.length > 1 ? ', ' : ' ') + SORT_WORDS[sort] : '');
}
