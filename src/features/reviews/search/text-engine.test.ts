import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { readApiFile, sampleBuild } from '../../../../tests/mocks/handlers';
import { server } from '../../../../tests/mocks/server';
import { fetchEntry, type ArchiveEntry } from '../api/review-api';
import { reviewKeys } from '../api/review-queries';
import { FORMAT_VERSION } from '@/format/fields';
import type { Card } from '@/format/card-schema';
import type { Review } from '@/format/review-schema';
import { searchWords } from '@/format/search-words';
import { reviewText } from '@/format/text-index';
import { RESULTS_PAGE } from './search-location';
import { collectResults, prefetchTextChunks, prefetchTextKeys, type TextResults } from './text-engine';
import type { PassagePart } from './text-passage';

/**
 * The search inside reviews at work on the sample archive, fetched through
 * the mock network as the app fetches it. What must be found is worked out
 * here from the published reviews' own text.
 */
const { read } = sampleBuild();
/** Every published review, by id: newest first. */
const reviews = Array.from({ length: (readApiFile('index.json') as { total: number }).total }, (_, id) => {
  const { slug } = read(`cards/${id}.json`) as Card;
  return readApiFile(`reviews/${slug}.json`) as Review;
});
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
let entry: ArchiveEntry;

beforeAll(async () => {
  entry = await fetchEntry();
});

/** How many times a review's searchable text says a word. */
const saysCount = (review: Review, word: string) => searchWords(reviewText(review)).filter((w) => w === word).length;
/** The slugs of the reviews whose text has every one of these words, sorted. */
const slugsWith = (...words: string[]) =>
  reviews
    .filter((review) => words.every((word) => saysCount(review, word) > 0))
    .map((review) => review.slug)
    .sort();
const slugsOf = (found: TextResults) => found.results.map((result) => result.card.slug);
const marks = (parts: PassagePart[]) => parts.flatMap((part) => (typeof part === 'string' ? [] : [part.mark]));

/** The queries of this build in a client's cache of one kind ('text', 'card', 'text-keys'…). */
const cached = (client: QueryClient, kind: string, build = entry.build) =>
  client
    .getQueryCache()
    .findAll({ queryKey: reviewKeys.build(build) })
    .filter((query) => query.queryKey.includes(kind));

/** The results of a query, as the search page asks for them; `published` receives each snapshot shown on the way. */
async function search(text: string, shown = RESULTS_PAGE, published: TextResults[] = [], client = newClient()) {
  return collectResults(client, entry, text, shown, new AbortController().signal, (results) => published.push(results));
}

describe('collectResults on the sample archive', () => {
  it('finds exactly the reviews with every word, and marks them in each passage', async () => {
    const expected = slugsWith('revenge', 'thriller');
    expect(expected.length).toBeGreaterThan(1);
    const found = await search('revenge thriller');
    expect([...slugsOf(found)].sort()).toEqual(expected);
    expect(found).toMatchObject({
      query: 'revenge thriller',
      searchable: true,
      ignored: [],
      count: expected.length,
      exact: true,
      more: false,
      rejected: 0,
      complete: true,
    });
    for (const result of found.results) {
      expect(marks(result.passage).length, result.card.slug).toBeGreaterThan(0);
      expect(entry.total).toBeGreaterThan(result.id);
    }
  });

  it('puts the reviews that say the word most often first, the newer first among equals', async () => {
    // Every review says "film": its weight is the same in each. (With a space after it, "films" is not counted.)
    const found = await search('film ', entry.total);
    const expected = reviews
      .map((review, id) => ({ slug: review.slug, id, says: saysCount(review, 'film') }))
      .sort((a, b) => b.says - a.says || a.id - b.id)
      .map((review) => review.slug);
    expect(slugsOf(found)).toEqual(expected);
  });

  it('shows a page of results and says how many more there are', async () => {
    const everyReview = slugsWith('film');
    expect(everyReview.length).toBeGreaterThan(RESULTS_PAGE);
    const found = await search('film');
    expect(found.results).toHaveLength(RESULTS_PAGE);
    expect(found).toMatchObject({ shown: RESULTS_PAGE, count: everyReview.length, exact: true, more: true });
    const twoPages = await search('film', 2 * RESULTS_PAGE);
    expect(twoPages.results).toHaveLength(everyReview.length);
    expect(twoPages.more).toBe(false);
  });

  it('shows the first three results together, then each one as it arrives', async () => {
    const published: TextResults[] = [];
    const found = await search('thriller', RESULTS_PAGE, published);
    const expected = slugsWith('thriller').length;
    expect(published.map((snapshot) => snapshot.results.length)).toEqual(
      Array.from({ length: expected - 2 }, (_, n) => n + 3),
    );
    expect(published.every((snapshot) => !snapshot.complete)).toBe(true);
    expect(found.complete).toBe(true);
    expect(slugsOf(published.at(-1)!)).toEqual(slugsOf(found));
  });

  it('on "Show more", publishes as soon as the first new results arrive', async () => {
    const published: TextResults[] = [];
    await search('film', 2 * RESULTS_PAGE, published);
    expect(published[0]!.results).toHaveLength(RESULTS_PAGE + 3);
  });

  it('reads only the reviews it shows', async () => {
    const client = newClient();
    await search('film', RESULTS_PAGE, [], client);
    expect(cached(client, 'card')).toHaveLength(RESULTS_PAGE);
  });

  it('while a phrase is still to be checked in some reviews, says "at most": a count that only falls', async () => {
    const published: TextResults[] = [];
    const candidates = slugsWith('film').length;
    const found = await search('"this film"', 4, published);
    expect(found).toMatchObject({ exact: false, more: true });
    expect(found.results).toHaveLength(4);
    // Reviews that say "film" but not "this film" were passed over: the count falls from every one that says "film".
    expect(found.count).toBeLessThan(candidates);
    expect(found.count).toBeGreaterThanOrEqual(4);
    const counts = [...published, found].map((snapshot) => snapshot.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('finds a phrase only where its words stand together, and the count is exact once every candidate is checked', async () => {
    const words = slugsWith('city', 'night');
    const found = await search('"city at night"');
    const phrase = reviews
      .filter((review) => /\bcity at night\b/i.test(searchWords(reviewText(review)).join(' ')))
      .map((review) => review.slug);
    expect(words.length).toBeGreaterThan(phrase.length);
    expect([...slugsOf(found)].sort()).toEqual(phrase.sort());
    expect(found).toMatchObject({ count: phrase.length, exact: true, more: false });
  });

  it('takes the last word typed as a beginning, and a word followed by a space as typed in full', async () => {
    expect([...slugsOf(await search('kuro'))].sort()).toEqual(slugsWith('kurosawa'));
    expect(slugsOf(await search('kuro '))).toEqual([]);
  });

  it('finds nothing for a word in no review, without downloading the chunks of the other words', async () => {
    const client = newClient();
    expect(await search('revenge qxzvw', RESULTS_PAGE, [], client)).toMatchObject({
      results: [],
      count: 0,
      exact: true,
      more: false,
      searchable: true,
    });
    expect(cached(client, 'text')).toEqual([]);
  });

  it('has nothing to look up in common words alone, and downloads nothing', async () => {
    const client = newClient();
    expect(await search('the of and', RESULTS_PAGE, [], client)).toMatchObject({
      results: [],
      count: 0,
      searchable: false,
      ignored: ['the', 'of', 'and'],
    });
    expect([...cached(client, 'text-keys'), ...cached(client, 'text')]).toEqual([]);
  });

  it('leaves out a review whose published data is broken, and counts it', async () => {
    const [broken, ...others] = slugsWith('revenge');
    server.use(http.get(`*/api/v2/reviews/${broken}.json`, () => HttpResponse.json({ slug: broken })));
    const found = await search('revenge');
    expect([...slugsOf(found)].sort()).toEqual(others);
    expect(found).toMatchObject({ count: others.length, rejected: 1 });
  });

  it('fails when the network does, to be retried', async () => {
    const [failing] = slugsWith('revenge');
    server.use(http.get(`*/api/v2/reviews/${failing}.json`, () => new HttpResponse('busy', { status: 503 })));
    await expect(search('revenge')).rejects.toThrow();
  });

  it('stops reading when a newer query takes over', async () => {
    const controller = new AbortController();
    controller.abort(new Error('a newer query'));
    await expect(collectResults(newClient(), entry, 'film', RESULTS_PAGE, controller.signal, () => {})).rejects.toThrow(
      'a newer query',
    );
  });
});

describe('prefetching while the reader types', () => {
  it('downloads the chunks of the words typed so far, once the list of chunks is there', async () => {
    const client = newClient();
    prefetchTextChunks(client, entry, 'revenge');
    expect(cached(client, 'text')).toEqual([]);
    await prefetchTextKeys(client, entry.build);
    prefetchTextChunks(client, entry, 'revenge thriller');
    expect(cached(client, 'text')).toHaveLength(2);
    // A word in no chunk: nothing to download.
    prefetchTextChunks(client, entry, 'qxzvw');
    expect(cached(client, 'text')).toHaveLength(2);
  });
});

describe('the last word typed, on a made-up index whose chunks are split finely', () => {
  /**
   * Chunk "ku" holds the word "kur" (review 0); each chunk "kur?" one word beginning "kur", in a review of its
   * own (1, 2…). Returns how many reviews match the query, and the chunks downloaded.
   */
  async function matchesIn(split: string[], query: string) {
    const build = `made-up-${split.join('-')}`;
    const chunks: Record<string, { words: string[]; ids: number[][] }> = { ku: { words: ['kur'], ids: [[0]] } };
    split.forEach((key, n) => (chunks[key] = { words: [`${key}sawa`], ids: [[n + 1]] }));
    server.use(
      http.get(`*/api/v2/builds/${build}/text/:file`, ({ params }) => {
        const file = String(params.file);
        if (file === 'keys.json') return HttpResponse.json({ version: FORMAT_VERSION, keys: Object.keys(chunks) });
        const chunk = chunks[file.replace(/\.json$/, '')];
        if (!chunk) return HttpResponse.json({ error: 'not found' }, { status: 404 });
        return HttpResponse.json({ version: FORMAT_VERSION, ...chunk, counts: chunk.words.map(() => []) });
      }),
    );
    const client = newClient();
    const made: ArchiveEntry = { build, total: 10, genreTotals: new Map(), starTotals: new Map() };
    // Nothing shown: the count alone, without reading any review.
    const { count } = await collectResults(client, made, query, 0, new AbortController().signal, () => {});
    const downloaded = cached(client, 'text', build).map((query) => query.queryKey.at(-1));
    return { count, downloaded };
  }

  it('finds the words it begins in up to six chunks', async () => {
    const six = ['kura', 'kure', 'kuri', 'kuro', 'kuru', 'kury'];
    expect(await matchesIn(six, 'kur')).toEqual({ count: 6, downloaded: six });
  });

  it('is looked up whole when its beginning is spread over more chunks than that', async () => {
    const seven = ['kura', 'kure', 'kuri', 'kuro', 'kuru', 'kury', 'kurz'];
    expect(await matchesIn(seven, 'kur')).toEqual({ count: 1, downloaded: ['ku'] });
  });
});
