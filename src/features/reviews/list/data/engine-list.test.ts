import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleBuild } from '../../../../../tests/mocks/handlers';
import { server } from '../../../../../tests/mocks/server';
import type { Card } from '@/format/card-schema';
import { cardsAsTheyArrive, FIRST_SCREEN } from './engine-list';

/**
 * A page's cards as a slow link delivers them: the first screen shows before
 * the rest, unless the rest joins it at once; cards already here show at once.
 */
let build: string;
let cards: Card[];
const IDS = Array.from({ length: 24 }, (_, id) => id);
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

beforeAll(() => {
  const sample = sampleBuild();
  build = sample.build;
  cards = IDS.map((id) => sample.read(`cards/${id}.json`) as Card);
});

/** Holds the card files of ids from `from` on until `release` is called; the others answer at once. */
function holdCardsFrom(from: number) {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  server.use(
    http.get('*/cards/:id', async ({ params }) => {
      const id = Number.parseInt(String(params.id), 10);
      if (id >= from) await released;
      return HttpResponse.json(cards[id]);
    }),
  );
  return release;
}

/** Every step the generator answers, as [slugs shown, cards arriving]. */
async function steps(client: QueryClient, ids: readonly number[], onStep?: (index: number) => void) {
  const seen: [string[], number][] = [];
  for await (const { found, arriving } of cardsAsTheyArrive(client, build, ids)) {
    seen.push([found.map((card) => card?.slug ?? '(none)'), arriving]);
    onStep?.(seen.length);
  }
  return seen;
}

const slugs = (count: number) => cards.slice(0, count).map((card) => card.slug);

afterEach(() => server.resetHandlers());

describe('cardsAsTheyArrive', () => {
  it('answers once when every card comes together', async () => {
    expect(await steps(newClient(), IDS)).toEqual([[slugs(24), 0]]);
  });

  it('shows the first screen first on a slow link, then the whole page', async () => {
    const release = holdCardsFrom(FIRST_SCREEN);
    const seen = await steps(newClient(), IDS, (step) => step === 1 && release());
    expect(seen).toEqual([
      [slugs(FIRST_SCREEN), 24 - FIRST_SCREEN],
      [slugs(24), 0],
    ]);
  });

  it('after "Show more", shows every card already here at once, and only the new ones arrive', async () => {
    const client = newClient();
    await steps(client, IDS.slice(0, 12));
    const release = holdCardsFrom(12);
    const seen = await steps(client, IDS, (step) => step === 1 && release());
    expect(seen).toEqual([
      [slugs(12), 12],
      [slugs(24), 0],
    ]);
  });

  it('fails when the rest fails, after showing the first screen', async () => {
    server.use(
      http.get('*/cards/:id', ({ params }) => {
        const id = Number.parseInt(String(params.id), 10);
        return id < FIRST_SCREEN ? HttpResponse.json(cards[id]) : HttpResponse.error();
      }),
    );
    const seen: number[] = [];
    await expect(steps(newClient(), IDS, (step) => seen.push(step))).rejects.toThrow();
    expect(seen.length).toBeLessThanOrEqual(1);
  });
});
