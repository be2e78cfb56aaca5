import { genreLabel } from '@/format/genres';
import { facetLabel, type FacetCounts } from './facet-labels';
import { FACET_KEYS, facetParam, type ListFilters } from './filters';
import { minRatingWords } from './list-summary';

/** One active filter as a chip: what it shows, and the filters without it. */
export interface FilterChip {
  key: string;
  /** What the chip shows: "Action", "4 stars or more", "search ‘lee’". */
  label: string;
  /** The filters once this one is removed; the others and the sort stay. */
  without: ListFilters;
}

/**
 * The filters that narrow a list, one chip each, in the order the panel shows
 * them. A facet is named by its published label once the index is in
 * (`facets`), by the browser's English name of its code until then.
 */
export function filterChips(filters: ListFilters, facets: FacetCounts | null = null): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filters.query) chips.push({ key: 'q', label: `search ‘${filters.query}’`, without: { ...filters, query: '' } });
  if (filters.minRating !== null)
    chips.push({ key: 'rating', label: minRatingWords(filters.minRating), without: { ...filters, minRating: null } });
  for (const key of FACET_KEYS) {
    const value = facetParam(filters, key);
    if (value === null) continue;
    chips.push({ key, label: facetLabel(key, value, facets), without: { ...filters, [key]: null } });
  }
  if (filters.unread) chips.push({ key: 'unread', label: 'Not read yet', without: { ...filters, unread: false } });
  for (const genre of filters.genres)
    chips.push({
      key: `genre-${genre}`,
      label: genreLabel(genre),
      without: { ...filters, genres: filters.genres.filter((other) => other !== genre) },
    });
  return chips;
}
