import { describe, expect, it } from 'vitest';
import { SORT_KEYS } from '@/format/archive-layout';
import { DEFAULT_FILTERS, MAX_QUERY_LENGTH, parseFilters } from './filters';

const parse = (search: string) => parseFilters(new URLSearchParams(search));
const ratingOf = (value: string) => parseFilters(new URLSearchParams([['rating', value]])).minRating;

describe('parseFilters', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parse('')).toEqual({
      genres: [],
      minRating: null,
      decade: null,
      country: null,
      language: null,
      service: null,
      watch: null,
      query: '',
      sort: 'newest',
      unread: false,
    });
    expect(parse('')).toEqual(DEFAULT_FILTERS);
  });

  it('reads every filter', () => {
    expect(
      parse(
        '?genre=thriller&rating=3.5&decade=1990s&country=KR&language=ko&service=netflix&watch=rent&q=kim&sort=rating&unread=1',
      ),
    ).toEqual({
      genres: ['thriller'],
      minRating: 3.5,
      decade: 1990,
      country: 'KR',
      language: 'ko',
      service: 'netflix',
      watch: 'rent',
      query: 'kim',
      sort: 'rating',
      unread: true,
    });
    expect(parse('?unread=yes').unread).toBe(false);
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

describe('filters within a genre or a rating page', () => {
  it('drops the page’s own genre from the genre filters, and keeps the others', () => {
    const params = new URLSearchParams('genre=action&genre=thriller');
    expect(parseFilters(params, { kind: 'genre', genre: 'action' }).genres).toEqual(['thriller']);
    expect(parseFilters(params, { kind: 'genre', genre: 'war' }).genres).toEqual(['action', 'thriller']);
    expect(parseFilters(params, { kind: 'all' }).genres).toEqual(['action', 'thriller']);
  });

  it('ignores a minimum rating on a rating page, where the rating is the page', () => {
    const params = new URLSearchParams('rating=4&genre=war');
    expect(parseFilters(params, { kind: 'stars', stars: 3 })).toEqual({ ...DEFAULT_FILTERS, genres: ['war'] });
    expect(parseFilters(params, { kind: 'genre', genre: 'drama' }).minRating).toBe(4);
  });
});

describe('parseFilters: the facets', () => {
  it('reads a decade as "1990s", "1990" or any year in it, and drops the rest', () => {
    for (const value of ['1990s', '1990', '1994', ' 1999 ', '1990S'])
      expect(parse(`decade=${value}`).decade).toBe(1990);
    for (const value of ['abc', '90s', '199', '19900', '1860s', '2100', '1990s-2000s', '', '-1990'])
      expect(parse(`decade=${encodeURIComponent(value)}`).decade).toBeNull();
  });

  it('reads a country code in either case, written in upper case, and drops anything else', () => {
    expect(parse('country=kr').country).toBe('KR');
    expect(parse('country=%20KR%20').country).toBe('KR');
    for (const value of ['KOR', 'K', 'South Korea', '%%', '12']) expect(parse(`country=${value}`).country).toBeNull();
  });

  it('reads a language code of two or three letters in lower case', () => {
    expect(parse('language=KO').language).toBe('ko');
    expect(parse('language=yue').language).toBe('yue');
    for (const value of ['k', 'korean', 'ko-KR']) expect(parse(`language=${value}`).language).toBeNull();
  });

  it('reads a service as a slug, and a way to watch as one of the kinds', () => {
    expect(parse('service=Disney-Plus&watch=RENT')).toMatchObject({ service: 'disney-plus', watch: 'rent' });
    expect(parse('service=prime%20video&watch=stream')).toMatchObject({ service: null, watch: null });
    expect(parse(`service=${'a'.repeat(61)}`).service).toBeNull();
  });

  it('uses the first value when the URL repeats one', () => {
    expect(parse('country=KR&country=JP&decade=1990s&decade=2000s')).toMatchObject({ country: 'KR', decade: 1990 });
  });
});
