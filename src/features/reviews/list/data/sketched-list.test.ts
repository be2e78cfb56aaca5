import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleBuild } from '../../../../../tests/mocks/handlers';
import { server } from '../../../../../tests/mocks/server';
import type { ArchiveEntry } from '../../api/review-api';
import { entryQuery } from '../../api/review-queries';
import type { Card } from '@/format/card-schema';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';
import { loadAllTitles } from '../engine/index-engine';
import { engineList } from './engine-list';
import { allTitlesQuery, filterIndexQuery, type ListData, type ListRequest } from './list-data';
import { listQuery, sketchedList } from './list-query';
import { cardQuery } from './page-queries';

/**
 * Between the filter index and the cards: a list's new order drawn at once,
 * each place still to come showing its film's title, year and stars, on the
 * sample archive through the mock network.
 */
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const request = (filters: Partial<ListFilters>): ListRequest => ({
  scope: { kind: 'all' },
  filters: { ...DEFAULT_FILTERS, ...filters },
  shown: 24,
  read: [],
});
/** Sorted by title, three stars or more: an order and a filter other than the published page's. */
const ASKED = request({ sort: 'title', minRating: 3 });

let cards: Card[];
let entry: ArchiveEntry;

beforeAll(async () => {
  entry = await newClient().fetchQuery(entryQuery());
  const { read } = sampleBuild();
  cards = Array.from({ length: entry.total }, (_, id) => read(`cards/${id}.json`) as Card);
});

afterEach(() => server.resetHandlers());

/** A client with the filter index in memory, and the titles too unless told otherwise. */
async function clientWithIndex({ titles = true } = {}) {
  const client = newClient();
  await client.fetchQuery(filterIndexQuery(entry));
  if (titles) await client.fetchQuery(allTitlesQuery(entry));
  return client;
}

/** The list as it is once its cards have come: what the sketch stands for. */
async function listOnceLoaded(asked: ListRequest): Promise<ListData> {
  return (await clientWithIndex()).fetchQuery(listQuery(newClient(), entry, asked, 'index'));
}

const sketchOf = (card: Card) => ({ title: card.film.title, year: card.film.year, rating: card.rating });

describe('a list sketched while its cards load', () => {
  it('shows the new order at once, each film with its title, year and stars, as the loaded list will', async () => {
    const client = await clientWithIndex();
    const sketched = sketchedList(client, entry, ASKED)!;
    const loaded = await listOnceLoaded(ASKED);

    expect(loaded.cards.length).toBeGreaterThan(5);
    expect(sketched.cards).toEqual([]);
    expect(sketched.arriving).toBe(loaded.cards.length);
    expect(sketched.sketches.map((sketch) => ({ ...sketch, id: undefined }))).toEqual(
      loaded.cards.map((card) => ({ ...sketchOf(card), id: undefined })),
    );
    expect(sketched.sketches.map((sketch) => cards[sketch!.id]!.slug)).toEqual(loaded.cards.map((card) => card.slug));
    expect({ count: sketched.count, exact: sketched.exact }).toEqual({ count: loaded.count, exact: true });
    expect(sketched.genreCounts).toEqual(loaded.genreCounts);
  });

  it('shows the cards already in memory first, then sketches the rest', async () => {
    const client = await clientWithIndex();
    const loaded = await listOnceLoaded(ASKED);
    const firstIds = sketchedList(client, entry, ASKED)!
      .sketches.slice(0, 3)
      .map((sketch) => sketch!.id);
    firstIds.forEach((id) => client.setQueryData(cardQuery(entry.build, id).queryKey, cards[id]));

    const sketched = sketchedList(client, entry, ASKED)!;
    expect(sketched.cards.map((card) => card.slug)).toEqual(loaded.cards.slice(0, 3).map((card) => card.slug));
    expect(sketched.arriving).toBe(loaded.cards.length - 3);
    expect(sketched.sketches.map((sketch) => sketch!.title)).toEqual(
      loaded.cards.slice(3).map((card) => card.film.title),
    );
  });

  it('is not drawn without the titles in memory: the list before it stays until the cards come', async () => {
    expect(sketchedList(await clientWithIndex({ titles: false }), entry, ASKED)).toBeUndefined();
  });

  it("keeps the sketches of the rest of a page when the engine's first screen arrives before it", async () => {
    const client = await clientWithIndex();
    const loaded = await listOnceLoaded(ASKED);
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    // The first screen's cards answer; the rest are held, as on a slow link.
    const firstScreen = new Set(loaded.cards.slice(0, 6).map((card) => card.slug));
    server.use(
      http.get('*/cards/:id', async ({ params }) => {
        const card = cards[Number.parseInt(String(params.id), 10)]!;
        if (!firstScreen.has(card.slug)) await released;
        return HttpResponse.json(card);
      }),
    );

    const steps: ListData[] = [];
    for await (const step of engineList(client, entry, ASKED, 'memory')) {
      steps.push(step);
      if (steps.length === 1) release();
    }
    expect(steps[0]!.cards.map((card) => card.slug)).toEqual([...firstScreen]);
    expect(steps[0]!.sketches.map((sketch) => sketch!.title)).toEqual(
      loaded.cards.slice(6).map((card) => card.film.title),
    );
    expect(steps.at(-1)!).toMatchObject({ arriving: 0, sketches: [] });
    expect(steps.at(-1)!.cards).toEqual(loaded.cards);
  });
});

describe('the titles, loaded in the background', () => {
  it('are every film title of the archive, by id', async () => {
    expect(await loadAllTitles(newClient(), entry)).toEqual(cards.map((card) => card.film.title));
  });

  it('stay on their own reviews when a title file is broken: short of titles, it shifts no other', async () => {
    server.use(
      http.get('*/titles/0.json', () =>
        HttpResponse.json({ version: 2, titles: cards.slice(1).map((card) => card.film.title) }),
      ),
    );
    const titles = await loadAllTitles(newClient(), entry);
    expect(titles).toHaveLength(cards.length);
    expect(titles!.at(-1)).toBeUndefined();
    expect(titles!.slice(0, -1)).toEqual(cards.slice(1).map((card) => card.film.title));
  });

  it('are not downloaded for a reader on Save-Data', async () => {
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    const client = newClient();
    expect(await loadAllTitles(client, entry)).toBeNull();
    expect(client.getQueryCache().getAll()).toEqual([]);
  });
});
