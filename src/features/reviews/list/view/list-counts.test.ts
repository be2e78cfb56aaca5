import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../address/filters';
import type { ReviewList } from '../data/use-review-list';
import { listCounts } from './list-counts';

/** What a list's controls show: counts beside the genres, and a count to announce only once it is exact and current. */
const list = (overrides: Partial<ReviewList>): ReviewList => ({
  cards: [],
  count: 12,
  exact: true,
  loadingMore: false,
  updating: false,
  genreCounts: null,
  facets: null,
  rejected: 0,
  arriving: 0,
  sketches: [],
  indexProgress: null,
  request: { scope: { kind: 'all' }, filters: DEFAULT_FILTERS, shown: 24, read: [] },
  ...overrides,
});

describe('listCounts', () => {
  it('announces the count of an exact, current list, and passes on its genre and facet counts', () => {
    const genreCounts = new Map([['drama', 7] as const]);
    const facets = {
      decade: [{ value: '1990s', label: '1990s', count: 3 }],
      country: [],
      language: [],
      service: [],
      watch: [],
    };
    expect(listCounts(list({ genreCounts, facets }))).toEqual({ genreCounts, facets, exactCount: 12 });
  });

  it('announces nothing while the count is a lower bound, or while a newer filter is worked out', () => {
    expect(listCounts(list({ exact: false })).exactCount).toBeNull();
    expect(listCounts(list({ updating: true })).exactCount).toBeNull();
  });

  it('announces a list with no results: 0 is a count', () => {
    expect(listCounts(list({ count: 0 })).exactCount).toBe(0);
  });

  it('has nothing to show before the list has loaded', () => {
    expect(listCounts(undefined)).toEqual({ genreCounts: null, facets: null, exactCount: null });
  });
});
