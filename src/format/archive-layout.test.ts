import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiPaths, buildPaths, SORT_KEYS, type ListScope } from './archive-layout';
import { MIN_SEARCH_WORD, searchChunkKey, searchWords } from './search-words';
import { SORT_ORDERS } from './archive-orders';
import type { Card } from './card-schema';
import { toCard } from './to-card';

describe('the paths of the archive', () => {
  it('spells every file from the API’s base', () => {
    expect(apiPaths.entry()).toBe('index.json');
    expect(apiPaths.review('ballerina-2023')).toBe('reviews/ballerina-2023.json');
    expect(apiPaths.inBuild('abc123', buildPaths.card(7))).toBe('builds/abc123/cards/7.json');
  });

  it.each<[ListScope, string]>([
    [{ kind: 'all' }, 'pages/all.json'],
    [{ kind: 'genre', genre: 'science-fiction' }, 'pages/genres/science-fiction.json'],
    [{ kind: 'stars', stars: 4 }, 'pages/ratings/4.json'],
  ])('puts the page of %j at %s', (scope, path) => {
    expect(buildPaths.page(scope)).toBe(path);
  });

  it('names blocks by order and number, and the name search by key', () => {
    expect(SORT_KEYS.map((sort) => buildPaths.block(sort, 2))).toEqual([
      'blocks/newest/2.json',
      'blocks/rating/2.json',
      'blocks/title/2.json',
      'blocks/year/2.json',
    ]);
    expect(buildPaths.nameKeys()).toBe('names/keys.json');
    expect(buildPaths.names('_ac00_b9ac')).toBe('names/_ac00_b9ac.json');
  });

  it('encodes a review’s slug, so no slug can leave the reviews folder', () => {
    expect(apiPaths.review('../index')).toBe('reviews/..%2Findex.json');
    expect(apiPaths.review('a?b#c')).toBe('reviews/a%3Fb%23c.json');
  });
});

describe('searchWords', () => {
  it.each([
    ['Amélie', ['amelie']],
    ['Singin’ in the Rain', ['singin', 'in', 'the', 'rain']],
    ["Donald O'Connor", ['donald', 'o', 'connor']],
    ['Lee Chung-hyun', ['lee', 'chung', 'hyun']],
    ['Mad Max: Fury Road', ['mad', 'max', 'fury', 'road']],
    ['Blade Runner 2049', ['blade', 'runner', '2049']],
    ['ZOË  Kravitz ', ['zoe', 'kravitz']],
    ['— … !', []],
    ['', []],
  ])('reads %j as %j', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  it('never gives an empty word or one with a space or punctuation in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const word of searchWords(text)) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
    );
  });
});

describe('searchChunkKey', () => {
  it.each([
    ['villeneuve', 'vi'],
    ['2049', '20'],
    ['x', 'x'],
    ['ñu', '_f1u'],
    ['발레리나', '_bc1c_b808'],
  ])('files %j under %j', (word, key) => {
    expect(searchChunkKey(word)).toBe(key);
  });

  it('files a folded Korean word under its first two letters (jamo, once folded)', () => {
    expect(searchWords('발레리나').map(searchChunkKey)).toEqual(['_1107_1161']);
  });

  it('spells a word of any script as a safe file name, from its first two characters', () => {
    const keyPattern = /^[a-z0-9_]{1,24}$/;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        for (const word of searchWords(text)) {
          const key = searchChunkKey(word);
          expect(key).toMatch(keyPattern);
          // Indexed words with the same first two characters share a chunk; the search looks up that chunk.
          if (Array.from(word).length >= MIN_SEARCH_WORD)
            expect(searchChunkKey(Array.from(word).slice(0, MIN_SEARCH_WORD).join('') + 'zzz')).toBe(key);
        }
      }),
    );
  });

  it('gives different keys to words that begin differently', () => {
    expect(new Set(['ab', 'a_', 'ba', 'a1', 'añ', 'an'].map(searchChunkKey)).size).toBe(6);
  });
});

describe('the orders of the archive', () => {
  const card = (slug: string, title: string, year: number, published: string, rating = 3): Card => ({
    slug,
    headline: 'h',
    standfirst: 's',
    rating,
    published,
    film: { title, year, genres: ['drama'] },
  });
  const cards = [
    card('part-10', 'Part 10', 2000, '2024-01-01'),
    card('dune-1984', 'Dune', 1984, '2024-01-02', 2),
    card('part-2', 'Part 2', 2000, '2024-01-01', 5),
    card('dune-2021', 'Dune', 2021, '2024-01-02', 5),
    card('amelie', 'amélie', 2001, '2023-05-05', 4.5),
    card('b', '“B”', 2001, '2024-01-03'),
    card('dune-2021-2', 'Dune', 2021, '2025-01-01', 1),
  ];
  const ordered = (sort: keyof typeof SORT_ORDERS) => [...cards].sort(SORT_ORDERS[sort]).map((c) => c.slug);

  it('sorts titles as a reader expects: numbers by value, accents, case and punctuation ignored, newer film first', () => {
    expect(ordered('title')).toEqual(['amelie', 'b', 'dune-2021-2', 'dune-2021', 'dune-1984', 'part-2', 'part-10']);
  });

  it('sorts by newest review, by rating and by year, with the same tie-breaks everywhere', () => {
    expect(ordered('newest')).toEqual(['dune-2021-2', 'b', 'dune-1984', 'dune-2021', 'part-10', 'part-2', 'amelie']);
    expect(ordered('rating')).toEqual(['dune-2021', 'part-2', 'amelie', 'b', 'part-10', 'dune-1984', 'dune-2021-2']);
    expect(ordered('year')).toEqual(['dune-2021-2', 'dune-2021', 'amelie', 'b', 'part-2', 'part-10', 'dune-1984']);
  });

  it.each(SORT_KEYS)('%s is a total order: no two different cards compare equal', (sort) => {
    for (const a of cards) for (const b of cards) if (a !== b) expect(SORT_ORDERS[sort](a, b)).not.toBe(0);
  });

  it('makes a card of a review, with nothing but what a card shows', () => {
    const review = { ...cards[0]!, film: { ...cards[0]!.film, directors: ['X'] }, body: ['text'] };
    expect(toCard(review as Card)).toEqual(cards[0]);
  });
});
