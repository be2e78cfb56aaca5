import type { ListScope, SortKey } from '../format/archive-layout';
import { genreLabel, type Genre } from '../format/genres';
import { isDefaultFilters, type ListFilters } from './filters';
import type { ReviewList } from './use-review-list';

/** What a list's controls show of it: the genre counts beside each genre, and the count to announce. */
export interface ListSummary {
  genreCounts: Map<Genre, number> | null;
  /** Null while the count is not yet exact or a newer filter is being worked out. */
  exactCount: number | null;
}

export function summarise(list: ReviewList | undefined): ListSummary {
  return {
    genreCounts: list?.genreCounts ?? null,
    exactCount: list?.exact && !list.updating ? list.count : null,
  };
}

const SORT_WORDS: Record<SortKey, string> = {
  newest: '',
  rating: 'highest rated first',
  title: 'by title',
  year: 'by release year',
};

/** A minimum rating in words, as the rating filter offers it: "3.5 stars or more", "5 stars only". */
export function minRatingWords(rating: number): string {
  return rating === 5 ? '5 stars only' : `${rating} stars or more`;
}

/**
 * A list in the words of its loading state and messages: "the reviews" for a
 * list without filters, else what the filters ask for, "drama reviews, 4 stars
 * or more, by title". The boot script (src/boot-script.ts) shows the same
 * words before the app has started.
 */
export function describeList(scope: ListScope, filters: ListFilters): string {
  if (isDefaultFilters(filters)) return 'the reviews';
  const genres = [...(scope.kind === 'genre' ? [scope.genre] : []), ...filters.genres].map((genre) =>
    genreLabel(genre).toLowerCase(),
  );
  const noun = [
    scope.kind === 'stars' && `${scope.stars}-star`,
    new Intl.ListFormat('en-GB').format(genres),
    'reviews',
  ];
  const narrowed = [
    filters.minRating !== null && minRatingWords(filters.minRating),
    filters.query && `matching “${filters.query}”`,
    filters.unread && 'not read yet',
  ].filter(Boolean);
  // "drama reviews by title", but "drama reviews, 4 stars or more, by title".
  const sort = SORT_WORDS[filters.sort] && `${narrowed.length ? ', ' : ' '}${SORT_WORDS[filters.sort]}`;
  return [noun.filter(Boolean).join(' '), ...narrowed].join(', ') + sort;
}
