import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { filterChips } from './filter-chips';

describe('filterChips', () => {
  it('has none for a list without filters, whatever the sort', () => {
    expect(filterChips({ ...DEFAULT_FILTERS, sort: 'title' })).toEqual([]);
  });

  it('has one chip per filter, each removing only itself and keeping the sort', () => {
    const filters = {
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
});
