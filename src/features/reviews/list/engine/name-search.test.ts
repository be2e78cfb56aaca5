import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleBuild } from '../../../../../tests/mocks/handlers';
import { fetchEntry, type ArchiveEntry } from '../../api/review-api';
import type { Card } from '@/format/card-schema';
import { idsStartingWith, intersect, loadNameIndex, lookupWords, searchNames } from './name-search';

const ids = (...values: number[]) => Uint32Array.from(values);
const chunk = new Map([
  ['villeneuve', ids(15, 21)],
  ['vin', ids(19)],
  ['vincent', ids(3, 19, 40)],
  ['vittorio', ids(18)],
  ['vi', ids(7)],
]);

describe('idsStartingWith', () => {
  it.each([
    ['villeneuve', [15, 21]],
    ['ville', [15, 21]],
    ['vin', [3, 19, 40]],
    ['vi', [3, 7, 15, 18, 19, 21, 40]],
    ['vitt', [18]],
    ['villeneuves', []],
    ['x', []],
  ])('finds the reviews with a word beginning %j, ascending, each once', (prefix, expected) => {
    expect(Array.from(idsStartingWith(chunk, prefix))).toEqual(expected);
  });

  it('finds nothing in an empty chunk', () => {
    expect(Array.from(idsStartingWith(new Map(), 'vi'))).toEqual([]);
  });
});

describe('intersect', () => {
  it.each([
    [
      [
        [1, 2, 3, 9],
        [2, 3, 4, 9],
        [0, 3, 9],
      ],
      [3, 9],
    ],
    [[[5, 6]], [5, 6]],
    [[[1, 2], []], []],
    [[], []],
  ])('keeps the ids in every one of %j', (lists, expected) => {
    expect(Array.from(intersect(lists.map((list) => Uint32Array.from(list))))).toEqual(expected);
  });

  it('never changes the lists it is given', () => {
    const only = ids(4, 8);
    const result = intersect([only]);
    result.fill(0);
    expect(Array.from(only)).toEqual([4, 8]);
  });
});

describe('the name search, for any chunk and query', () => {
  /** Ascending ids, each once, as the publisher stores them. */
  const idList = fc.uniqueArray(fc.nat({ max: 500 }), { maxLength: 30 }).map((list) => list.sort((a, b) => a - b));
  const word = fc.stringMatching(/^[a-c]{1,5}$/);
  const anyChunk = fc.uniqueArray(fc.tuple(word, idList), { selector: ([w]) => w, maxLength: 15 });

  it('agrees with a plain filter over the words', () => {
    fc.assert(
      fc.property(anyChunk, word, (entries, prefix) => {
        const expected = [...new Set(entries.filter(([w]) => w.startsWith(prefix)).flatMap(([, list]) => list))].sort(
          (a, b) => a - b,
        );
        const found = idsStartingWith(new Map(entries.map(([w, list]) => [w, Uint32Array.from(list)])), prefix);
        expect(Array.from(found)).toEqual(expected);
      }),
    );
  });

  it('intersects like sets, in ascending order', () => {
    fc.assert(
      fc.property(fc.array(idList, { minLength: 1, maxLength: 5 }), (lists) => {
        const expected = lists[0]!.filter((id) => lists.every((list) => list.includes(id)));
        expect(Array.from(intersect(lists.map((list) => Uint32Array.from(list))))).toEqual(expected);
      }),
    );
  });
});

describe('the name search of the sample archive', () => {
  // Fetched through the mock network, as the app fetches it.
  let client: QueryClient;
  let entry: ArchiveEntry;
  let cards: Card[];
  const titleSet = (found: ArrayLike<number>) => new Set(Array.from(found, (id) => cards[id]!.film.title));

  beforeAll(async () => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    entry = await fetchEntry();
    const { read } = sampleBuild();
    cards = Array.from({ length: entry.total }, (_, id) => read(`cards/${id}.json`) as Card);
  });

  const QUERIES: [string, string[]][] = [
    ['amelie', ['Amélie']],
    ['AMÉLIE', ['Amélie']],
    ["o'connor", ['Singin’ in the Rain']],
    ['o’connor', ['Singin’ in the Rain']],
    ['singin', ['Singin’ in the Rain']],
    ["singin'", ['Singin’ in the Rain']],
    ['jeon jong', ['Ballerina', 'The Call']],
    ['jeon', ['Ballerina', 'The Call', 'Parasite']], // Cho Yeo-jeong: a word that begins "jeon"
    ['Lee Chung-hyun', ['Ballerina', 'The Call']],
    ['villeneuve', ['Arrival', 'Blade Runner 2049']],
    ['villen', ['Arrival', 'Blade Runner 2049']],
    ['keanu reeves', ['John Wick']],
    ['wick keanu', ['John Wick']],
    ['zoe', ['Mad Max: Fury Road']],
    ['laucevicius', ['Come and See']],
    ['  tautou  ', ['Amélie']],
    ['발레리나', ['Ballerina']],
    ['runner 2049', ['Blade Runner 2049']],
    ['keanu nolan', []],
    ['netflix', []],
    ['eve', []], // words must begin with it: "Villeneuve" does not
  ];

  it.each(QUERIES)('finds %j in titles, directors and cast', async (query, expected) => {
    const found = (await searchNames(client, entry.build, query)) ?? new Uint32Array();
    expect(titleSet(found)).toEqual(new Set(expected));
  });

  it('looks up only words of two characters or more, once each', () => {
    expect(lookupWords("o'connor a O’Connor  b  zoë")).toEqual(['connor', 'zoe']);
    expect(lookupWords('a b c')).toEqual([]);
  });
});

describe('the whole name index in memory', () => {
  let client: QueryClient;
  let entry: ArchiveEntry;

  beforeAll(async () => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    entry = await fetchEntry();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('answers every query as the search of the chunks it needs does, with no request', async () => {
    const index = await loadNameIndex(client, entry.build);
    expect(index).not.toBeNull();
    for (const query of ['amelie', 'jeon jong', 'Lee Chung-hyun', 'villen', 'keanu nolan', '발레리나', 'eve']) {
      const fromChunks = await searchNames(client, entry.build, query);
      expect(Array.from(index!.search(query)!), query).toEqual(Array.from(fromChunks!));
    }
    // No word to look up: nothing narrows the list, in memory or not.
    expect(index!.search('a b')).toBeNull();
    expect(await searchNames(client, entry.build, 'a b')).toBeNull();
  });

  it('is not downloaded for a reader on Save-Data', async () => {
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    const fresh = new QueryClient();
    expect(await loadNameIndex(fresh, entry.build)).toBeNull();
    expect(fresh.getQueryCache().getAll()).toEqual([]);
  });

  it('stops when the load is cancelled', async () => {
    const fresh = new QueryClient();
    const load = new AbortController();
    load.abort();
    await expect(loadNameIndex(fresh, entry.build, load.signal)).rejects.toThrow();
    expect(fresh.getQueryCache().getAll()).toEqual([]);
  });
});
