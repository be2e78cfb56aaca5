import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENRE_SLUGS } from '@/format/genres';
import { DEFAULT_FILTERS } from './filters';
import { readListLocation, scopePath, type ListKind } from './list-location';

const at = (address: string) => new URL(address, 'https://reel-notes.example');
const read = (kind: ListKind, param: string | undefined, address: string) => readListLocation(kind, param, at(address));

describe('readListLocation', () => {
  it('reads the latest reviews, unfiltered, at /', () => {
    expect(read('all', undefined, '/')).toEqual({
      scope: { kind: 'all' },
      filters: DEFAULT_FILTERS,
      param: undefined,
      search: '',
      canonical: '/',
    });
  });

  it('reads every filter of a canonical query string, and keeps it as it is', () => {
    const location = read('all', undefined, '/?genre=action&genre=war&rating=3.5&q=kim+ji&sort=title');
    expect(location).toMatchObject({
      filters: { genres: ['action', 'war'], minRating: 3.5, query: 'kim ji', sort: 'title' },
      search: '?genre=action&genre=war&rating=3.5&q=kim+ji&sort=title',
      canonical: '/?genre=action&genre=war&rating=3.5&q=kim+ji&sort=title',
    });
  });

  it.each([
    ['/?sort=newest', '/'],
    ['/?rating=abc', '/'],
    ['/?genre=war&genre=action', '/?genre=action&genre=war'],
    ['/?genre=WAR,Drama', '/?genre=drama&genre=war'],
    ['/?q=%20%20kim%20%20', '/?q=kim'],
    ['/?rating=4.7', '/?rating=4.5'],
    ['/?sort=title&genre=war', '/?genre=war&sort=title'],
    // "Not read yet" is a filter like the others: kept, and spelled after them.
    ['/?unread=1', '/?unread=1'],
    ['/?unread=1&sort=title&genre=war', '/?genre=war&sort=title&unread=1'],
    ['/?unread=yes', '/'],
  ])('spells %s canonically as %s', (address, canonical) => {
    expect(read('all', undefined, address)?.canonical).toBe(canonical);
  });

  it('keeps parameters that are not filters, untouched, after the filters', () => {
    expect(read('all', undefined, '/?rating=abc&utm_source=x')).toMatchObject({
      filters: DEFAULT_FILTERS,
      search: '?utm_source=x',
      canonical: '/?utm_source=x',
    });
    expect(read('all', undefined, '/?utm_source=mail&genre=war&fbclid=abc')?.canonical).toBe(
      '/?genre=war&utm_source=mail&fbclid=abc',
    );
  });

  it.each([
    ['action', 'action'],
    ['Action', 'action'],
    [' ACTION ', 'action'],
    ['science fiction', 'science-fiction'],
    ['Science_Fiction', 'science-fiction'],
    ['science-fiction', 'science-fiction'],
  ])('reads the genre %j as %j', (param, genre) => {
    expect(read('genre', param, `/genres/${encodeURIComponent(param)}`)).toMatchObject({
      scope: { kind: 'genre', genre },
      param: genre,
      canonical: `/genres/${genre}`,
    });
  });

  it('drops the page’s own genre from the filters of a genre page', () => {
    expect(read('genre', 'war', '/genres/war?genre=war&genre=drama')).toMatchObject({
      filters: { genres: ['drama'] },
      canonical: '/genres/war?genre=drama',
    });
  });

  it.each([
    ['4', 4],
    ['4.5', 4],
    ['04', 4],
    ['1.0', 1],
    ['5', 5],
    ['5.999', 5],
  ])('reads the rating %j as the %i-star page', (param, stars) => {
    expect(read('stars', param, `/ratings/${param}`)).toMatchObject({
      scope: { kind: 'stars', stars },
      param: String(stars),
      canonical: `/ratings/${stars}`,
    });
  });

  it('ignores a minimum rating on a rating page', () => {
    expect(read('stars', '3', '/ratings/3?rating=4&genre=war')).toMatchObject({
      filters: { minRating: null, genres: ['war'] },
      canonical: '/ratings/3?genre=war',
    });
  });

  it.each([
    ['genre', 'noir-ish'],
    ['genre', ''],
    ['genre', undefined],
    ['genre', 'toString'],
    ['genre', '__proto__'],
    ['stars', '0'],
    ['stars', '0.5'],
    ['stars', '6'],
    ['stars', '-4'],
    ['stars', '4.'],
    ['stars', '1e1'],
    ['stars', ' 4'],
    ['stars', 'four'],
    ['stars', '9'.repeat(400)],
    ['stars', undefined],
  ] as const)('finds no %s page for %j', (kind, param) => {
    expect(read(kind, param, '/')).toBeNull();
  });
});

describe('scopePath', () => {
  it('spells the address of each scope', () => {
    expect(scopePath({ kind: 'all' })).toBe('/');
    expect(scopePath({ kind: 'genre', genre: 'science-fiction' })).toBe('/genres/science-fiction');
    expect(scopePath({ kind: 'stars', stars: 2 })).toBe('/ratings/2');
  });
});

describe('readListLocation, for any address', () => {
  const kind = fc.constantFrom<ListKind>('all', 'genre', 'stars');
  const param = fc.option(
    fc.oneof(
      fc.constantFrom(...GENRE_SLUGS, '4', '4.5', '0', '5.0', 'Action', 'science fiction'),
      fc.string(),
      fc.string({ unit: 'binary' }),
    ),
    { nil: undefined },
  );
  const pieces = fc.constantFrom(
    'genre',
    'rating',
    'q',
    'sort',
    'utm_source',
    '=',
    '&',
    '%',
    '%2',
    '+',
    ',',
    '#',
    'é',
    ' ',
    'action',
    '4.5',
    'title',
    '%F0%9F%98%80',
    '\uD800',
  );
  const query = fc.oneof(
    fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')),
    fc.webQueryParameters(),
    fc.string({ unit: 'binary' }),
  );

  it('never throws, and reads its own canonical address back unchanged (so a redirect never loops)', () => {
    fc.assert(
      fc.property(kind, param, query, (listKind, listParam, search) => {
        const location = readListLocation(listKind, listParam, at(`/?${search}`));
        if (!location) return;
        const canonical = at(location.canonical);
        expect(canonical.pathname).toBe(location.canonical.split('?')[0]);
        const again = readListLocation(listKind, location.param, canonical);
        expect(again).toEqual(location);
        expect(again!.search).toBe(canonical.search);
      }),
      { numRuns: 1_000 },
    );
  });
});
