import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { readApiFile, sampleBuild } from '../../../../../tests/mocks/handlers';
import { server } from '../../../../../tests/mocks/server';
import { fetchEntry, type ArchiveEntry } from '../../api/review-api';
import { entryQuery } from '../../api/review-queries';
import { SORT_KEYS, type ListScope } from '@/format/archive-layout';
import type { Card } from '@/format/card-schema';
import type { FilterIndex } from './filter-index';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';
import { loadFilterIndex, readIds, scanFirstPage } from './index-engine';

/**
 * The index engine on the sample archive, fetched through the mock network
 * as the app fetches it: the filter index, the first page of a filter, and
 * the ids of the reviews read, with what a reader expects of the authored
 * reviews. (The name search's are in name-search.test.ts.)
 */
const ALL: ListScope = { kind: 'all' };
const filters = (overrides: Partial<ListFilters>): ListFilters => ({ ...DEFAULT_FILTERS, ...overrides });
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

let client: QueryClient;
let entry: ArchiveEntry;
let index: FilterIndex;
let cards: Card[];

const titles = (ids: ArrayLike<number>) => Array.from(ids, (id) => cards[id]!.film.title);
const titleSet = (ids: ArrayLike<number>) => new Set(titles(ids));

beforeAll(async () => {
  client = newClient();
  entry = await fetchEntry();
  index = await loadFilterIndex(client, entry, 'test:index');
  const { read } = sampleBuild();
  cards = Array.from({ length: entry.total }, (_, id) => read(`cards/${id}.json`) as Card);
});

describe('the filter index of the sample archive', () => {
  it('holds every review, newest first', () => {
    expect(index.size).toBe(entry.total);
    const order = Array.from(index.order('newest'));
    expect(order).toEqual(Array.from(cards.keys()));
    const dates = order.map((id) => cards[id]!.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('needs every chosen genre (AND, not OR)', () => {
    const { ids } = index.select(ALL, filters({ genres: ['action', 'thriller'] }));
    expect(titleSet(ids)).toEqual(new Set(['Ballerina', 'John Wick', 'Taken', 'Tenet']));
  });

  it('adds the chosen genres to the genre of a genre page', () => {
    const { ids } = index.select({ kind: 'genre', genre: 'action' }, filters({ genres: ['crime'] }));
    expect(titleSet(ids)).toEqual(new Set(['Fast X', 'Hard Boiled', 'John Wick', 'The Raid']));
  });

  it('keeps reviews rated at least the minimum rating', () => {
    const { ids } = index.select(ALL, filters({ genres: ['action'], minRating: 4 }));
    expect(titleSet(ids)).toEqual(
      new Set(['Ballerina', 'Hard Boiled', 'John Wick', 'Mad Max: Fury Road', 'Seven Samurai', 'The Raid']),
    );
    const fives = index.select(ALL, filters({ minRating: 5 })).ids;
    expect(Array.from(fives, (id) => cards[id]!.rating).every((rating) => rating === 5)).toBe(true);
  });

  it('puts half stars on the page of the whole star below: the 4-star page has 4 and 4.5', () => {
    const { ids } = index.select({ kind: 'stars', stars: 4 }, DEFAULT_FILTERS);
    expect(new Set(Array.from(ids, (id) => cards[id]!.rating))).toEqual(new Set([4, 4.5]));
    expect(ids).toHaveLength(cards.filter((card) => card.rating === 4 || card.rating === 4.5).length);
    expect(titles(ids)).toEqual(expect.arrayContaining(['Ballerina', 'Arrival']));
  });

  it('sorts titles A to Z as a reader expects: numbers by value, accents and case ignored', () => {
    const order = titles(index.select(ALL, filters({ sort: 'title' })).ids);
    expect(order[0]).toBe('1917');
    expect(order.indexOf('Alien')).toBeLessThan(order.indexOf('Amélie'));
    expect(order.indexOf('Amélie')).toBeLessThan(order.indexOf('Arrival'));
    expect(order.indexOf('Bicycle Thieves')).toBeLessThan(order.indexOf('Blade Runner 2049'));
  });

  it('sorts by rating, best first, newest first among equals', () => {
    const best = Array.from(index.select(ALL, filters({ sort: 'rating' })).ids, (id) => cards[id]!);
    expect(best[0]!.rating).toBe(5);
    expect(best.at(-1)!.rating).toBe(1);
    const fives = best.filter((card) => card.rating === 5).map((card) => card.published);
    expect(fives).toEqual([...fives].sort().reverse());
  });

  it('counts the genres of the reviews it selects', () => {
    const { genreCounts } = index.select(ALL, filters({ genres: ['action', 'thriller'] }));
    expect(genreCounts.get('action')).toBe(4);
    expect(genreCounts.get('thriller')).toBe(4);
    expect(genreCounts.get('crime')).toBe(1); // John Wick
    expect(genreCounts.get('science-fiction')).toBe(1); // Tenet
    expect(genreCounts.get('drama')).toBe(0);
  });

  it('agrees with the entry’s totals per genre and per whole star', () => {
    for (const [genre, total] of entry.genreTotals)
      expect([genre, index.select({ kind: 'genre', genre }, DEFAULT_FILTERS).ids.length]).toEqual([genre, total]);
    for (const [stars, total] of entry.starTotals)
      expect([stars, index.select({ kind: 'stars', stars }, DEFAULT_FILTERS).ids.length]).toEqual([stars, total]);
  });
});

describe('scanFirstPage on the sample archive', () => {
  it.each(SORT_KEYS)('gives the first page of a filter sorted by %s, and its exact count', async (sort) => {
    const chosen = filters({ genres: ['drama'], sort });
    const page = await scanFirstPage(newClient(), entry, ALL, chosen, `test:${sort}`);
    const expected = index.select(ALL, chosen).ids;
    expect(page).toEqual({ ids: Array.from(expected.subarray(0, 24)), count: expected.length, exact: true });
  });

  it('moves to the entry’s new build when a file of the old one has gone', async () => {
    const fresh = newClient();
    const { build } = sampleBuild();
    server.use(
      http.get(`*/api/v2/builds/${build}/*`, () => HttpResponse.json({ error: 'not found' }, { status: 404 })),
      http.get('*/api/v2/index.json', () =>
        HttpResponse.json({ ...(readApiFile('index.json') as object), build: 'cafe0123456789ab' }),
      ),
    );
    await expect(scanFirstPage(fresh, entry, ALL, filters({ sort: 'title' }), 'test:gone')).rejects.toMatchObject({
      kind: 'not-found',
    });
    expect(fresh.getQueryData(entryQuery().queryKey)?.build).toBe('cafe0123456789ab');
  });
});

describe('readIds on the sample archive', () => {
  it('finds the ids, in this build, of the reviews read on this device, ascending; a slug not in it is left out', async () => {
    const read = [cards[20]!.slug, 'a-review-since-deleted-1999', cards[0]!.slug, cards[5]!.slug];
    expect(Array.from(await readIds(newClient(), entry, read))).toEqual([0, 5, 20]);
  });

  it('finds every review when every review has been read', async () => {
    const every = await readIds(newClient(), entry, cards.map((card) => card.slug).reverse());
    expect(Array.from(every)).toEqual(Array.from(cards.keys()));
  });

  it('reads nothing for a device where nothing has been read', async () => {
    expect(Array.from(await readIds(newClient(), entry, []))).toEqual([]);
  });
});
