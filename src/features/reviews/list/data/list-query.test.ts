import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';
import type { ListRequest } from './list-data';
import { listSource } from './list-query';

const request = (filters: Partial<ListFilters> = {}, shown = 24): ListRequest => ({
  scope: { kind: 'all' },
  filters: { ...DEFAULT_FILTERS, ...filters },
  shown,
  read: [],
});

describe('listSource: where a list comes from', () => {
  it('answers any list from memory once the whole index is there', () => {
    for (const asked of [request(), request({ query: 'kim' }), request({ genres: ['drama'] }, 96)])
      expect(listSource(asked, true)).toBe('memory');
  });

  it('reads an unfiltered first page from its published page file', () => {
    expect(listSource(request(), false)).toBe('page');
  });

  it('waits for the whole index for a search, and for more than a first page', () => {
    expect(listSource(request({ query: 'kim' }), false)).toBe('index');
    expect(listSource(request({}, 48), false)).toBe('index');
  });

  it('waits for the whole index for a decade, a country, a language or a way to watch: only its newest blocks have them', () => {
    for (const facet of [
      { decade: 1990 },
      { country: 'KR' },
      { language: 'ko' },
      { service: 'mubi' },
      { watch: 'rent' as const },
    ])
      expect(listSource(request(facet), false)).toBe('index');
  });

  it('scans the index for any other first page: a filter, a sort, "Not read yet"', () => {
    expect(listSource(request({ genres: ['drama'] }), false)).toBe('scan');
    expect(listSource(request({ sort: 'title' }), false)).toBe('scan');
    expect(listSource(request({ minRating: 4 }), false)).toBe('scan');
    expect(listSource(request({ unread: true }), false)).toBe('scan');
  });
});
