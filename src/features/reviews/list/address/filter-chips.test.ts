import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import type { FacetCounts } from './facet-labels';
import { filterChips } from './filter-chips';

describe('filterChips', () => {
  it('has none for a list without filters, whatever the sort', () => {
    expect(filterChips({ ...DEFAULT_FILTERS, sort: 'title' })).toEqual([]);
  });

  it('has one chip per filter, each removing only itself and keeping the sort', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      genres: ['action' as const, 'drama' as const],
      minRating: 4,
      query: 'lee',
      sort: 'rating' as const,
      unread: true,
    };
    const chips = filterChips(filters);
    expect(chips.map((chip) => chip.label)).toEqual([
      'search ‘lee’',
      '4 stars or more',
      'Not read yet',
      'Action',
      'Drama',
    ]);
    expect(chips[0]!.without).toEqual({ ...filters, query: '' });
    expect(chips[1]!.without).toEqual({ ...filters, minRating: null });
    expect(chips[2]!.without).toEqual({ ...filters, unread: false });
    expect(chips[3]!.without).toEqual({ ...filters, genres: ['drama'] });
  });

  it('has a chip per facet, named by the browser until the published labels are in, and by them after', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      decade: 1990,
      country: 'KR',
      language: 'ko',
      service: 'netflix',
      watch: 'rent' as const,
    };
    expect(filterChips(filters).map((chip) => chip.label)).toEqual([
      '1990s',
      'South Korea',
      'Korean',
      'netflix',
      'Rent',
    ]);
    const facets: FacetCounts = {
      decade: [],
      country: [{ value: 'KR', label: 'Korea (South)', count: 1 }],
      language: [],
      service: [{ value: 'netflix', label: 'Netflix', count: 2 }],
      watch: [],
    };
    const chips = filterChips(filters, facets);
    expect(chips.map((chip) => chip.label)).toEqual(['1990s', 'Korea (South)', 'Korean', 'Netflix', 'Rent']);
    expect(chips.map((chip) => chip.key)).toEqual(['decade', 'country', 'language', 'service', 'watch']);
    expect(chips[0]!.without).toEqual({ ...filters, decade: null });
    expect(chips[3]!.without).toEqual({ ...filters, service: null });
  });

  it('names an unknown code as it is', () => {
    expect(filterChips({ ...DEFAULT_FILTERS, country: 'QQ', language: 'qqq' }).map((chip) => chip.label)).toEqual([
      'QQ',
      'qqq',
    ]);
  });
});
