import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  countActiveFilters,
  filtersSearch,
  isDefaultFilters,
  parseFilters,
  serializeFilters,
  type ListFilters,
} from './filters';

/* Writing the filters back to the address, in its one canonical spelling (reading them: filters.test.ts). */
describe('serializeFilters', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeFilters(DEFAULT_FILTERS).toString()).toBe('');
    expect(filtersSearch(DEFAULT_FILTERS)).toBe('');
  });

  it('writes each filter in a fixed order: genres, rating, search, sort', () => {
    const filters: ListFilters = {
      genres: ['action', 'thriller'],
      minRating: 3.5,
      query: 'kim ji',
      sort: 'rating',
      unread: false,
    };
    expect(serializeFilters(filters).toString()).toBe('genre=action&genre=thriller&rating=3.5&q=kim+ji&sort=rating');
    expect(filtersSearch(filters)).toBe('?genre=action&genre=thriller&rating=3.5&q=kim+ji&sort=rating');
  });

  it('leaves out the default sort and an empty or blank search', () => {
    expect(filtersSearch({ ...DEFAULT_FILTERS, query: '   ', sort: 'newest' })).toBe('');
  });

  it('writes genres in the canonical order, once each, however they were chosen', () => {
    // Ticking Thriller and then Action gives the same URL as ticking them the other way round.
    const search = filtersSearch({ ...DEFAULT_FILTERS, genres: ['thriller', 'action', 'thriller'] });
    expect(search).toBe('?genre=action&genre=thriller');
  });
});

describe('filtersSearch and the parameters that are not filters', () => {
  it('keeps them after the filters, untouched and in their order', () => {
    const current = new URLSearchParams('utm_source=mail&genre=war&fbclid=a%20b&sort=nope&utm_source=x');
    expect(filtersSearch({ ...DEFAULT_FILTERS, genres: ['drama'] }, current)).toBe(
      '?genre=drama&utm_source=mail&fbclid=a+b&utm_source=x',
    );
  });

  it('replaces every filter parameter of the current URL, even invalid ones', () => {
    const current = new URLSearchParams('rating=abc&q=old&genre=nope&sort=title');
    expect(filtersSearch(DEFAULT_FILTERS, current)).toBe('');
  });
});

describe('countActiveFilters and isDefaultFilters', () => {
  it('counts genres, rating and search, but not the sort', () => {
    expect(countActiveFilters(DEFAULT_FILTERS)).toBe(0);
    expect(
      countActiveFilters({ genres: ['action', 'war'], minRating: 4, query: 'x', sort: 'title', unread: false }),
    ).toBe(4);
    expect(countActiveFilters({ ...DEFAULT_FILTERS, unread: true })).toBe(1);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, sort: 'title' })).toBe(false);
    expect(isDefaultFilters(parseFilters(new URLSearchParams('genre=nope&rating=abc&sort=nope')))).toBe(true);
  });
});
