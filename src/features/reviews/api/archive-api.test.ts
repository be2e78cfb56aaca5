import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readApiFile, sampleBuild } from '../../../../tests/mocks/handlers';
import { server } from '../../../../tests/mocks/server';
import { BLOCK_SIZE, MAX_BYTES } from '@/format/archive-layout';
import { GENRE_SLUGS } from '@/format/genres';
import { fetchBlock, fetchNameKeys, fetchNames } from './index-api';
import { fetchCard, fetchPage } from './list-api';
import { fetchReview } from './review-document';
import { fetchEntry } from './review-api';

/** The review API's fetchers, on the sample archive and on documents made up here. */
const { build, read } = sampleBuild();
const inBuild = (path: string) => `*/api/v2/builds/${build}/${path}`;

describe('fetchEntry', () => {
  it('gives the current build and the totals of every genre and whole star', async () => {
    const entry = await fetchEntry();
    const published = readApiFile('index.json') as { build: string; total: number; genres: Record<string, number> };
    expect(entry.build).toBe(published.build);
    expect(entry.total).toBe(published.total);
    expect([...entry.genreTotals.keys()]).toEqual(GENRE_SLUGS);
    expect(entry.genreTotals.get('action')).toBe(published.genres.action);
    expect([...entry.starTotals.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect([...entry.starTotals.values()].reduce((sum, count) => sum + count, 0)).toBe(entry.total);
  });

  it('counts a genre or a rating the entry leaves out as none', async () => {
    server.use(
      http.get('*/api/v2/index.json', () =>
        HttpResponse.json({ version: 2, build: 'abcdef12', total: 1, genres: { war: 1 }, ratings: { '4': 1 } }),
      ),
    );
    const entry = await fetchEntry();
    expect(entry.genreTotals.get('war')).toBe(1);
    expect(entry.genreTotals.get('drama')).toBe(0);
    expect(entry.starTotals.get(3)).toBe(0);
  });

  it('refuses an entry larger than its limit', async () => {
    const huge = `{"version":2,"pad":"${'x'.repeat(MAX_BYTES.entry)}"}`;
    server.use(
      http.get(
        '*/api/v2/index.json',
        () => new HttpResponse(huge, { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    await expect(fetchEntry()).rejects.toMatchObject({ kind: 'too-large' });
  });
});

describe('fetchPage and fetchCard', () => {
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('gives a page’s cards with their ids, and its total', async () => {
    const published = read('pages/genres/war.json') as { total: number; ids: number[]; cards: unknown[] };
    const page = await fetchPage(build, { kind: 'genre', genre: 'war' });
    expect(page).toEqual({ total: published.total, ids: published.ids, cards: published.cards, rejected: 0 });
  });

  it('drops a broken card with its id, and counts it', async () => {
    const published = read('pages/all.json') as { ids: number[]; cards: Record<string, unknown>[] };
    server.use(
      http.get(inBuild('pages/all.json'), () =>
        HttpResponse.json({
          ...published,
          cards: published.cards.map((card, i) => (i === 2 ? { ...card, rating: 9 } : card)),
        }),
      ),
    );
    const page = await fetchPage(build, { kind: 'all' });
    expect(page.rejected).toBe(1);
    expect(page.ids).toEqual(published.ids.filter((_, i) => i !== 2));
    expect(page.cards.map((card) => card.slug)).toEqual(
      published.cards.filter((_, i) => i !== 2).map((card) => card.slug),
    );
  });

  it('fails on a page whose ids and cards differ in length', async () => {
    server.use(
      http.get(inBuild('pages/all.json'), () => HttpResponse.json({ version: 2, total: 1, ids: [0, 1], cards: [] })),
    );
    await expect(fetchPage(build, { kind: 'all' })).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('gives one card by its id, and a clear error for a missing one', async () => {
    await expect(fetchCard(build, 0)).resolves.toEqual(read('cards/0.json'));
    await expect(fetchCard(build, 99_999)).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });
});

describe('fetchBlock', () => {
  it('works out the ids of a newest block from its number, and reads the others’ own', async () => {
    server.use(
      http.get(inBuild('blocks/newest/2.json'), () =>
        HttpResponse.json({ version: 2, genres: [1, 2], ratings: [3, 4], years: [1999, 2000], titles: [7, 1] }),
      ),
    );
    expect(await fetchBlock(build, 'newest', 2)).toEqual({
      ids: Uint32Array.of(2 * BLOCK_SIZE, 2 * BLOCK_SIZE + 1),
      genres: Uint32Array.of(1, 2),
      ratings: Uint8Array.of(3, 4),
      years: Uint16Array.of(1999, 2000),
      titles: Uint32Array.of(7, 1),
    });
    const title = await fetchBlock(build, 'title', 0);
    const published = read('blocks/title/0.json') as { ids: number[] };
    expect(Array.from(title.ids)).toEqual(published.ids);
    expect(title.years).toBeUndefined();
  });

  it('fails on a block whose columns differ in length', async () => {
    server.use(
      http.get(inBuild('blocks/rating/0.json'), () =>
        HttpResponse.json({ version: 2, ids: [1], genres: [1, 2], ratings: [3, 4] }),
      ),
    );
    await expect(fetchBlock(build, 'rating', 0)).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('fetchNameKeys and fetchNames', () => {
  it('gives the chunks that exist, and each word with its ids in full', async () => {
    const keys = await fetchNameKeys(build);
    expect(keys.has('vi')).toBe(true);
    server.use(
      http.get(inBuild('names/vi.json'), () =>
        HttpResponse.json({ version: 2, words: ['villeneuve', 'vin'], ids: [[15, 6], [19]] }),
      ),
    );
    const chunk = await fetchNames(build, 'vi');
    expect(chunk).toEqual(
      new Map([
        ['villeneuve', Uint32Array.of(15, 21)],
        ['vin', Uint32Array.of(19)],
      ]),
    );
  });
});

describe('fetchReview', () => {
  it('gives a review checked by the full schema', async () => {
    const review = await fetchReview('ballerina-2023');
    expect(review.film.title).toBe('Ballerina');
    expect(review.related.length).toBeGreaterThan(0);
  });

  it('asks for an encoded file name, whatever the slug', async () => {
    let asked = '';
    server.use(
      http.get('*/api/v2/reviews/*', ({ request }) => {
        asked = new URL(request.url).pathname;
        return HttpResponse.json({}, { status: 404 });
      }),
    );
    await expect(fetchReview('../index')).rejects.toMatchObject({ kind: 'not-found' });
    expect(asked).toBe('/api/v2/reviews/..%2Findex.json');
  });
});
