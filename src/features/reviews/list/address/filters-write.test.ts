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
      ...DEFAULT_FILTERS,
      genres: ['action', 'thriller'],
      minRating: 3.5,
      query: 'kim ji',
      sort: 'rating',
    };
    expect(serializeFilters(filters).toString()).toBe('genre=action&genre=thriller&rating=3.5&q=kim+ji&sort=rating');
    expect(filtersSearch(filters)).toBe('?genre=action&genre=thriller&rating=3.5&q=kim+ji&sort=rating');
  });

  it('writes the facets after the rating: decade, country, language, service, watch', () => {
    const filters: ListFilters = {
      ...DEFAULT_FILTERS,
      genres: ['drama'],
      watch: 'rent',
      service: 'netflix',
      language: 'ko',
      country: 'KR',
      decade: 1990,
      unread: true,
    };
    expect(filtersSearch(filters)).toBe(
      '?genre=drama&decade=1990s&country=KR&language=ko&service=netflix&watch=rent&unread=1',
    );
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
      countActiveFilters({ ...DEFAULT_FILTERS, genres: ['action', 'war'], minRating: 4, query: 'x', sort: 'title' }),
    ).toBe(4);
    expect(countActiveFilters({ ...DEFAULT_FILTERS, decade: 1990, country: 'KR', language: 'ko' })).toBe(3);
    expect(countActiveFilters({ ...DEFAULT_FILTERS, service: 'netflix', watch: 'rent' })).toBe(2);
    expect(countActiveFilters({ ...DEFAULT_FILTERS, unread: true })).toBe(1);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, sort: 'title' })).toBe(false);
    expect(isDefaultFilters(parseFilters(new URLSearchParams('genre=nope&rating=abc&sort=nope')))).toBe(true);
    expect(isDefaultFilters(parseFilters(new URLSearchParams('decade=abc&country=%%&language=x&watch=stream')))).toBe(
      true,
    );
  });
});
