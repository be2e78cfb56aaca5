import { fetchJson } from '@/lib/api-client';
import { buildPaths, MAX_BYTES, type ListScope } from '@/format/archive-layout';
import type { Card } from '@/format/card-schema';
import { inBuild, type FetchOptions } from './review-api';

/** The files of a build that lists read: page files, cards, and the card chunks (see review-api.ts). */

// Schemas and the card check are imported when a file is fetched: a chunk of their own (see lib/schema-check.ts).

/** The first page of a scope: its cards, their ids, and how many reviews the scope holds. */
export interface ListPage {
  total: number;
  ids: number[];
  cards: Card[];
  /** Cards published in the page but dropped as broken. */
  rejected: number;
}

export async function fetchPage(build: string, scope: ListScope, { signal }: FetchOptions = {}): Promise<ListPage> {
  const page = await fetchJson(
    inBuild(build, buildPaths.page(scope)),
    async () => (await import('@/format/archive-schema')).pageSchema,
    {
      signal,
      maxBytes: MAX_BYTES.page,
    },
  );
  const checked = (await import('./check-cards')).checkCards(page.cards);
  return {
    total: page.total,
    ids: checked.positions.map((position) => page.ids[position]!),
    cards: checked.cards,
    rejected: checked.rejected.length,
  };
}

export async function fetchCard(build: string, id: number, { signal }: FetchOptions = {}): Promise<Card> {
  return fetchJson(inBuild(build, buildPaths.card(id)), async () => (await import('@/format/card-schema')).cardSchema, {
    signal,
    maxBytes: MAX_BYTES.card,
  });
}

/** The cards of a card chunk, by id from its first; a broken card is null (and left out of every list). */
export async function fetchCardChunk(
  build: string,
  chunk: number,
  { signal }: FetchOptions = {},
): Promise<(Card | null)[]> {
  const document = await fetchJson(
    inBuild(build, buildPaths.cardChunk(chunk)),
    async () => (await import('@/format/archive-schema')).cardChunkSchema,
    {
      signal,
      maxBytes: MAX_BYTES.cardChunk,
    },
  );
  const checked = (await import('./check-cards')).checkCards(document.cards);
  const cards = new Array<Card | null>(document.cards.length).fill(null);
  checked.positions.forEach((position, index) => (cards[position] = checked.cards[index]!));
  return cards;
}
