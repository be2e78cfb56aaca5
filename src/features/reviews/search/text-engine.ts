import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import { fetchCard } from '../api/list-api';
import { reviewQuery } from '../api/review-document';
import type { ArchiveEntry } from '../api/review-api';
import { fromBuild, reviewKeys } from '../api/review-queries';
import { fetchTextChunk, fetchTextKeys } from '../api/text-api';
import type { Card } from '@/format/card-schema';
import { chunkKeyOf, chunkKeysWithPrefix, reviewText } from '@/format/text-index';
import { RESULTS_PAGE } from './search-location';
import { findPassage, hasPhrases, type PassagePart } from './text-passage';
import { matchesTerm, parseTextQuery, type TextQuery, type TextTerm } from './text-query';
import { rankMatches, type TermPostings } from './text-rank';

/**
 * The search inside reviews at work: looks the query's words up in the
 * chunks of the full-text index they need, ranks the reviews that contain
 * them all, then reads the best ones (card, then review) for their passages
 * and phrases. A chunk of its own, loaded when the search page opens.
 */

export interface TextResult {
  id: number;
  card: Card;
  passage: PassagePart[];
}

/** What the search shows for a query: its first `shown` results, and how many there are. */
export interface TextResults {
  query: string;
  shown: number;
  /** Words of the query not looked up (too common, or a single letter). */
  ignored: string[];
  /** False when the query has no word that can be looked up. */
  searchable: boolean;
  results: TextResult[];
  /** How many reviews match: exactly when `exact`; else at most this many (phrases not yet checked in all). */
  count: number;
  exact: boolean;
  /** Results beyond those shown, or reviews still to check for a phrase. */
  more: boolean;
  /** Matching reviews that cannot be shown: their published data is broken. */
  rejected: number;
  /** False while the page's results are still arriving. */
  complete: boolean;
}

/** Reviews read at once for their passages (a card, then the review): as many as a browser opens to one host. */
const PARALLEL_READS = 6;
/** Results shown at once on a new query; the rest of the page follows one by one as it arrives. */
const FIRST_RESULTS = 3;
/** Reviews checked for a phrase beyond those shown, before asking the reader whether to look further. */
const MAX_SKIPPED = 40;
/** A last word that begins words in more chunks than this is looked up whole: its beginning is too common. */
const MAX_PREFIX_CHUNKS = 6;

const textKeysQuery = (build: string) => ({
  queryKey: reviewKeys.textKeys(build),
  queryFn: ({ client, signal }: { client: QueryClient; signal: AbortSignal }) =>
    fromBuild(client, build, () => fetchTextKeys(build, { signal })),
  staleTime: Infinity,
  // Stryker disable next-line BooleanLiteral: sharing compares plain objects only; a Set or a Map is replaced either way
  structuralSharing: false,
});

const textChunkQuery = (build: string, key: string) => ({
  queryKey: reviewKeys.text(build, key),
  queryFn: ({ client, signal }: { client: QueryClient; signal: AbortSignal }) =>
    fromBuild(client, build, () => fetchTextChunk(build, key, { signal })),
  staleTime: Infinity,
  // Stryker disable next-line BooleanLiteral: sharing compares plain objects only; a Set or a Map is replaced either way
  structuralSharing: false,
});

/** Starts loading the list of chunks, so the first query waits only for its own. */
export function prefetchTextKeys(client: QueryClient, build: string): Promise<void> {
  return client.prefetchQuery(textKeysQuery(build));
}

/**
 * Starts downloading the chunks that hold the words typed so far, as they
 * are typed: a word's chunk is named by its first characters, so when typing
 * pauses, the search usually finds its chunks here already.
 */
export function prefetchTextChunks(client: QueryClient, entry: ArchiveEntry, text: string): void {
  const listed = client.getQueryData<Set<string>>(reviewKeys.textKeys(entry.build));
  if (!listed) return;
  for (const { word } of parseTextQuery(text).terms) {
    const key = chunkKeyOf(word, listed);
    if (key !== null) void client.prefetchQuery(textChunkQuery(entry.build, key));
  }
}

interface TextMatches {
  query: TextQuery;
  ids: Uint32Array;
}

/** The reviews that contain every word of the query, best first. */
async function findMatches(client: QueryClient, entry: ArchiveEntry, text: string): Promise<TextMatches> {
  const parsed = parseTextQuery(text);
  if (!parsed.terms.length) return { query: parsed, ids: new Uint32Array() };
  const listed = await client.fetchQuery(textKeysQuery(entry.build));
  const terms = parsed.terms.map((term): [TextTerm, string[]] => {
    const keys = term.prefix ? chunkKeysWithPrefix(term.word, listed) : [];
    if (keys.length && keys.length <= MAX_PREFIX_CHUNKS) return [term, keys];
    const own = chunkKeyOf(term.word, listed);
    return [{ word: term.word, prefix: false }, own === null ? [] : [own]];
  });
  const query = { ...parsed, terms: terms.map(([term]) => term) };
  // A word in no chunk is in no review: nothing can match all of them.
  if (terms.some(([, keys]) => !keys.length)) return { query, ids: new Uint32Array() };
  const keys = [...new Set(terms.flatMap(([, keys]) => keys))];
  const chunks = new Map(
    await Promise.all(
      keys.map(async (key) => [key, await client.fetchQuery(textChunkQuery(entry.build, key))] as const),
    ),
  );
  const postings = terms.map(([term, keys]): TermPostings => ({
    term,
    words: keys.flatMap((key) => [...chunks.get(key)!].filter(([word]) => matchesTerm(word, term))),
  }));
  return { query, ids: rankMatches(postings, entry.total) };
}

const matchesQuery = (entry: ArchiveEntry, text: string) => ({
  queryKey: reviewKeys.textMatches(entry.build, text),
  queryFn: ({ client }: { client: QueryClient }) => findMatches(client, entry, text),
  staleTime: Infinity,
  // Stryker disable next-line BooleanLiteral: a query's matches never change in a build; sharing would only compare them
  structuralSharing: false,
});

/** A review's card, by id: the same query (and cache) as the lists'. */
const cardQuery = (build: string, id: number) => ({
  queryKey: reviewKeys.card(build, id),
  queryFn: ({ client, signal }: { client: QueryClient; signal: AbortSignal }) =>
    fromBuild(client, build, () => fetchCard(build, id, { signal })),
  staleTime: Infinity,
});

type Read = TextResult | 'no-match' | 'broken';

/** One matching review for its result: its card (for the slug), then the review, for the passage and the phrases. */
async function readResult(client: QueryClient, build: string, id: number, query: TextQuery): Promise<Read> {
  try {
    const card = await client.fetchQuery(cardQuery(build, id));
    const review = await client.fetchQuery(reviewQuery(card.slug));
    const text = reviewText(review);
    // Stryker disable next-line LogicalOperator: without phrases, hasPhrases is true (every one of none); the length only saves reading the text
    if (query.phrases.length && !hasPhrases(text, query)) return 'no-match';
    return { id, card, passage: findPassage(text, query) };
  } catch (error) {
    // Bad data leaves one result out (and is counted); a failing network fails the search, to retry.
    if (isApiError(error) && !error.isTransient) return 'broken';
    throw error;
  }
}

/**
 * The first `shown` results of a query, best first. `publish` receives the
 * results so far: the first few together, then each as it arrives; the
 * promise gives them all. Reviews are read a few at a time, in rank order,
 * so the best arrive first; reading stops when `signal` aborts (a newer query).
 */
export async function collectResults(
  client: QueryClient,
  entry: ArchiveEntry,
  text: string,
  shown: number,
  signal: AbortSignal,
  publish: (results: TextResults) => void,
): Promise<TextResults> {
  const { query, ids } = await client.fetchQuery(matchesQuery(entry, text));
  const phrases = query.phrases.length > 0;
  const results: TextResult[] = [];
  const reads: Promise<Read>[] = [];
  let skipped = 0;
  let rejected = 0;
  let checked = 0;
  const snapshot = (complete: boolean): TextResults => {
    const exact = !phrases || checked === ids.length;
    const count = phrases && exact ? results.length : ids.length - skipped - rejected;
    return {
      query: text,
      shown,
      ignored: query.ignored,
      searchable: query.terms.length > 0,
      results: [...results],
      count,
      exact,
      more: checked < ids.length,
      rejected,
      complete,
    };
  };
  const firstPublished = Math.max(0, shown - RESULTS_PAGE) + FIRST_RESULTS;
  while (checked < ids.length && results.length < shown && checked < shown + MAX_SKIPPED) {
    // Enough reads under way to fill the page, started in rank order.
    for (let next = reads.length; next < Math.min(ids.length, checked + shown - results.length); next++) {
      const read = limit(() => readResult(client, entry.build, ids[next]!, query), signal);
      read.catch(() => undefined); // awaited below, unless a newer query comes first
      reads.push(read);
    }
    const read = await reads[checked]!;
    signal.throwIfAborted();
    checked++;
    if (read === 'no-match') skipped++;
    else if (read === 'broken') rejected++;
    else results.push(read);
    if (results.length >= firstPublished) publish(snapshot(false));
  }
  return snapshot(true);
}

/** Runs tasks PARALLEL_READS at a time, in the order given; a task whose signal has aborted is dropped. */
const limit = (() => {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active < PARALLEL_READS) queue.shift()?.();
  };
  return <T>(task: () => Promise<T>, signal: AbortSignal): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        if (signal.aborted) {
          reject(signal.reason as Error);
          next();
          return;
        }
        active++;
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
})();
