import { describe, expect, it } from 'vitest';
import type { ReviewList } from './use-review-list';
import { summarise } from './list-summary';

/** What a list's controls show: counts beside the genres, and a count to announce only once it is exact and current. */
const list = (overrides: Partial<ReviewList>): ReviewList => ({
  cards: [],
  count: 12,
  exact: true,
  loadingMore: false,
  updating: false,
  genreCounts: null,
  rejected: 0,
  indexProgress: null,
  ...overrides,
});

describe('summarise', () => {
  it('announces the count of an exact, current list, and passes on its genre counts', () => {
    const genreCounts = new Map([['drama', 7] as const]);
    expect(summarise(list({ genreCounts }))).toEqual({ genreCounts, exactCount: 12 });
  });

  it('announces nothing while the count is a lower bound, or while a newer filter is worked out', () => {
    expect(summarise(list({ exact: false })).exactCount).toBeNull();
    expect(summarise(list({ updating: true })).exactCount).toBeNull();
  });

  it('announces a list with no results: 0 is a count', () => {
    expect(summarise(list({ count: 0 })).exactCount).toBe(0);
  });

  it('has nothing to show before the list has loaded', () => {
    expect(summarise(undefined)).toEqual({ genreCounts: null, exactCount: null });
  });
});
