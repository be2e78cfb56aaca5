import type { Genre } from '../format/genres';
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
