import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import type { ReviewList } from '../data/use-review-list';
import { parseFilters } from './filters';
import { describeList, summarise } from './list-summary';

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
  request: { scope: { kind: 'all' }, filters: DEFAULT_FILTERS, shown: 24, read: [] },
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

describe('describeList', () => {
  const words = (search: string, scope: Parameters<typeof describeList>[0] = { kind: 'all' }) =>
    describeList(scope, parseFilters(new URLSearchParams(search), scope));

  it('names every filter, in the order the filters read', () => {
    expect(words('genre=drama&rating=4&sort=title')).toBe('drama reviews, 4 stars or more, by title');
    expect(words('genre=thriller&genre=science-fiction&genre=drama&rating=5&q=kim&unread=1&sort=rating')).toBe(
      'drama and science fiction and thriller reviews, 5 stars only, matching “kim”, not read yet, highest rated first',
    );
    expect(words('sort=year')).toBe('reviews by release year');
  });

  it('names the page’s own genre or rating along with the filters', () => {
    expect(words('rating=4', { kind: 'genre', genre: 'drama' })).toBe('drama reviews, 4 stars or more');
    expect(words('genre=war&rating=2', { kind: 'stars', stars: 3 })).toBe('3-star war reviews');
  });

  it('says "the reviews" of a list without filters, and of nonsense the parser drops', () => {
    expect(words('')).toBe('the reviews');
    expect(words('genre=drama', { kind: 'genre', genre: 'drama' })).toBe('the reviews');
    expect(words('genre=nope&rating=99&sort=evil&unread=yes&utm_source=x')).toBe('the reviews');
  });

  it('quotes a search as the parser tidies it, as text', () => {
    expect(words('q=%3Cscript%3E%20%20alert(1)')).toBe('reviews, matching “<script> alert(1)”');
  });
});
