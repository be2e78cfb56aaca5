import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  MAX_QUERY_LENGTH,
  SORT_KEYS,
  countActiveFilters,
  filtersSearch,
  isDefaultFilters,
  parseFilters,
  serializeFilters,
  type ListFilters,
} from './filters';
import { GENRE_SLUGS } from './genres';

const parse = (search: string) => parseFilters(new URLSearchParams(search));
const ratingOf = (value: string) => parseFilters(new URLSearchParams([['rating', value]])).minRating;

describe('parseFilters', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parse('')).toEqual({ genres: [], minRating: null, query: '', sort: 'newest' });
    expect(parse('')).toEqual(DEFAULT_FILTERS);
  });

  it('reads every filter', () => {
    expect(parse('?genre=thriller&rating=3.5&q=kim&sort=rating')).toEqual({
      genres: ['thriller'],
      minRating: 3.5,
      query: 'kim',
      sort: 'rating',
    });
  });

  it('reads several genres, in the canonical order whatever order the URL has', () => {
    expect(parse('genre=thriller&genre=action&genre=drama').genres).toEqual(['action', 'drama', 'thriller']);
  });

  it('drops unknown genres and keeps the known ones', () => {
    expect(parse('genre=cyberpunk&genre=action&genre=&genre=toString&genre=__proto__').genres).toEqual(['action']);
  });

  it('keeps a repeated genre once', () => {
    expect(parse('genre=action&genre=action&genre=action,action').genres).toEqual(['action']);
  });

  it('reads upper-case and padded genres', () => {
    expect(parse('genre=ACTION&genre=%20Thriller%20&genre=Science-Fiction').genres).toEqual([
      'action',
      'science-fiction',
      'thriller',
    ]);
  });

  it('reads comma-separated lists of genres', () => {
    expect(parse('genre=war,drama').genres).toEqual(['drama', 'war']);
    expect(parse('genre=war%2Cdrama,,nope,&genre=comedy').genres).toEqual(['comedy', 'drama', 'war']);
  });

  it.each([
    ['abc', null],
    ['-1', null],
    ['0', null],
    ['0.4', null],
    ['1e9', null],
    ['Infinity', null],
    ['NaN', null],
    ['', null],
    ['3.5.1', null],
    ['0x4', null],
    ['4stars', null],
    ['5.5', null],
    ['6', null],
    ['0.5', 0.5],
    ['1', 1],
    ['3.7', 3.5],
    ['3.5', 3.5],
    ['4.49', 4],
    ['4.0', 4],
    [' 4 ', 4],
    ['04', 4],
    ['5', 5],
    ['5.0', 5],
  ])('reads rating=%j as %j', (value, expected) => {
    expect(ratingOf(value)).toBe(expected);
  });

  it('ignores huge ratings and reads long decimals', () => {
    expect(ratingOf('9'.repeat(400))).toBeNull();
    expect(ratingOf('4'.repeat(100_000))).toBeNull();
    expect(ratingOf(`3.${'7'.repeat(10_000)}`)).toBe(3.5);
    expect(ratingOf(`${'0'.repeat(10_000)}4`)).toBe(4);
  });

  it('uses the first rating when the URL repeats it', () => {
    expect(parse('rating=4&rating=2').minRating).toBe(4);
  });

  it.each(['best', 'RATING', 'Newest', '', 'constructor', '__proto__', 'hasOwnProperty'])(
    'falls back to the newest order for sort=%j',
    (sort) => {
      expect(parse(`sort=${sort}`).sort).toBe('newest');
    },
  );

  it.each(SORT_KEYS)('reads sort=%s', (sort) => {
    expect(parse(`sort=${sort}`).sort).toBe(sort);
  });

  it('trims the search and folds runs of white space', () => {
    expect(parse('q=%20%20jeon%09%0A%20jong-seo%20%20').query).toBe('jeon jong-seo');
    expect(parse('q=+++').query).toBe('');
  });

  it(`caps the search at ${MAX_QUERY_LENGTH} characters`, () => {
    const query = parse(`q=${'a'.repeat(5_000)}`).query;
    expect(query).toBe('a'.repeat(MAX_QUERY_LENGTH));
  });

  it('never ends a capped search in a space', () => {
    // 99 letters, a space, then more: the cap falls just after the space.
    const query = parse(`q=${'a'.repeat(MAX_QUERY_LENGTH - 1)}+bcd`).query;
    expect(query).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('never cuts a character in two when it caps the search', () => {
    const query = parse(`q=${encodeURIComponent('a' + '😀'.repeat(MAX_QUERY_LENGTH))}`).query;
    // Characters, as a reader counts them: an emoji is one, though it takes two UTF-16 units.
    expect(query).toBe('a' + '😀'.repeat(MAX_QUERY_LENGTH - 1));
    expect(query).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('ignores parameters it does not know', () => {
    expect(parse('utm_source=mail&page=3&genres=action')).toEqual(DEFAULT_FILTERS);
  });
});

describe('serializeFilters', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeFilters(DEFAULT_FILTERS).toString()).toBe('');
    expect(filtersSearch(DEFAULT_FILTERS)).toBe('');
  });

  it('writes each filter in a fixed order: genres, rating, search, sort', () => {
    const filters: ListFilters = { genres: ['action', 'thriller'], minRating: 3.5, query: 'kim ji', sort: 'rating' };
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

describe('countActiveFilters and isDefaultFilters', () => {
  it('counts genres, rating and search, but not the sort', () => {
    expect(countActiveFilters(DEFAULT_FILTERS)).toBe(0);
    expect(countActiveFilters({ genres: ['action', 'war'], minRating: 4, query: 'x', sort: 'title' })).toBe(4);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, sort: 'title' })).toBe(false);
    expect(isDefaultFilters(parse('genre=nope&rating=abc&sort=nope'))).toBe(true);
  });
});

describe('parseFilters and serializeFilters, for any input', () => {
  const keys = fc.constantFrom('genre', 'rating', 'q', 'sort', 'GENRE', 'Genre', 'genre[]', 'page', '');
  const percentJunk = fc.stringMatching(/^(?:%[0-9A-Fa-f]{0,2}|%u[0-9a-f]{0,4}|[a-zA-Z ,+&=.-]){0,12}$/);
  const values = fc.oneof(
    fc.constantFrom(...GENRE_SLUGS),
    fc.constantFrom(...GENRE_SLUGS).map((genre) => genre.toUpperCase()),
    fc.array(fc.constantFrom(...GENRE_SLUGS, 'nope', ' ', ''), { maxLength: 6 }).map((list) => list.join(',')),
    fc.constantFrom(...SORT_KEYS, 'abc', '-1', '0', '1e9', '3.7', '5', 'Infinity', '0.5', '4.999'),
    fc.double().map(String),
    fc.nat().map(String),
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 150 }),
    fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', 'a', '😀', 'é'), minLength: 90, maxLength: 140 }),
    percentJunk,
  );
  const pairs = fc.array(fc.tuple(fc.oneof(keys, fc.string()), values), { maxLength: 12 });
  /** A raw query string, `%` sequences and all, as a reader might paste it. */
  const rawQueryString = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.webQueryParameters(),
    fc
      .array(fc.tuple(keys, fc.oneof(values, percentJunk)), { maxLength: 10 })
      .map((list) => list.map(([key, value]) => `${key}=${value}`).join('&')),
  );
  const anyParams = fc.oneof(
    rawQueryString.map((search) => new URLSearchParams(search)),
    pairs.map((list) => new URLSearchParams(list)),
  );

  const validFilters: fc.Arbitrary<ListFilters> = fc.record({
    genres: fc.subarray(GENRE_SLUGS),
    minRating: fc.option(fc.integer({ min: 1, max: 10 }).map((halves) => halves / 2)),
    query: fc.oneof(fc.string({ maxLength: MAX_QUERY_LENGTH }), fc.string({ unit: 'grapheme', maxLength: 40 })),
    sort: fc.constantFrom(...SORT_KEYS),
  });

  it('never throws and always gives valid filters', () => {
    fc.assert(
      fc.property(anyParams, (params) => {
        const filters = parseFilters(params);
        expect(filters.genres.every((genre) => GENRE_SLUGS.includes(genre))).toBe(true);
        // Known genres, once each, in the canonical order.
        expect(filters.genres).toEqual(GENRE_SLUGS.filter((genre) => filters.genres.includes(genre)));
        if (filters.minRating !== null) {
          expect(filters.minRating).toBeGreaterThanOrEqual(0.5);
          expect(filters.minRating).toBeLessThanOrEqual(5);
          expect(Number.isInteger(filters.minRating * 2)).toBe(true);
        }
        expect(SORT_KEYS).toContain(filters.sort);
        expect(Array.from(filters.query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(filters.query).toBe(filters.query.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it writes: parse(serialize(parse(x))) equals parse(x)', () => {
    fc.assert(
      fc.property(anyParams, (params) => {
        const filters = parseFilters(params);
        expect(parseFilters(serializeFilters(filters))).toEqual(filters);
      }),
      { numRuns: 500 },
    );
  });

  it('writes one canonical form: serialize(parse(serialize(f))) equals serialize(f)', () => {
    fc.assert(
      fc.property(validFilters, (filters) => {
        const search = serializeFilters(filters).toString();
        expect(serializeFilters(parseFilters(new URLSearchParams(search))).toString()).toBe(search);
      }),
      { numRuns: 500 },
    );
  });
});
