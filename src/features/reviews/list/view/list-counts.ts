import type { Genre } from '@/format/genres';
import type { FacetCounts } from '../address/facet-labels';
import type { ReviewList } from '../data/use-review-list';

/** What a list's controls show of it: the genre counts beside each genre, and the count to announce. */
export interface ListCounts {
  genreCounts: Map<Genre, number> | null;
  /** The options of the decade, country, language and watch filters with their counts, once the index is in. */
  facets: FacetCounts | null;
  /** Null while the count is not yet exact or a newer filter is being worked out. */
  exactCount: number | null;
}

/** The counts a list's controls show, from the list as it stands (undefined while it loads). */
export function listCounts(list: ReviewList | undefined): ListCounts {
  return {
    genreCounts: list?.genreCounts ?? null,
    facets: list?.facets ?? null,
    exactCount: list?.exact && !list.updating ? list.count : null,
  };
}
