import { QueryClient } from '@tanstack/react-query';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateReviews, loadFilms } from '../../../../../scripts/lib/generate-reviews';
import { publishArchive } from '../../../../../scripts/lib/publish-archive';
import { archiveServer } from '../../../../../tests/archive-server';
import { cachedArchive } from '../../../../../tests/cached-archive';
import { server } from '../../../../../tests/mocks/server';
import { fetchEntry, type ArchiveEntry } from '../../api/review-api';
import { BLOCK_SIZE, PAGE_SIZE, type ListScope } from '@/format/archive-layout';
import type { Review } from '@/format/review-schema';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';
import { loadFilterIndex, scanFirstPage } from './index-engine';
import { lookupWords, searchNames } from './name-search';

/**
 * The index engine on a generated archive three blocks long, served as a
 * static host would: how much it reads for a first page, and whether what it
 * finds is what the reviews say. (Publishing it takes seconds: it is
 * published once for each version of the generator and the publisher.)
 */
const COUNT = 2 * BLOCK_SIZE + 300;
const SEED = 5;
const ALL: ListScope = { kind: 'all' };
const filters = (overrides: Partial<ListFilters>): ListFilters => ({ ...DEFAULT_FILTERS, ...overrides });
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

let archive: ReturnType<typeof archiveServer>;
/** Newest first, worked out here: a review's id is its position. */
let newest: Review[];
let entry: ArchiveEntry;

beforeAll(async () => {
  const { reviews } = generateReviews({ count: COUNT, seed: SEED, films: loadFilms() });
  newest = [...reviews].sort((a, b) =>
    a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1,
  );
  const inputs = ['data', 'scripts/lib', 'src/format', 'src/lib', 'package-lock.json'];
  archive = archiveServer(cachedArchive(`generated-${COUNT}-${SEED}`, inputs, (dir) => publishArchive(reviews, dir)));
  server.use(archive.handler);
  entry = await fetchEntry();
}, 60_000);
beforeEach(() => {
  server.use(archive.handler);
  archive.reset();
});

/** The ids of the reviews that match, newest first, from the reviews themselves. */
const matching = (test: (review: Review) => boolean) => newest.flatMap((review, id) => (test(review) ? [id] : []));

describe('scanFirstPage on an archive of three blocks', () => {
  it('reads a single block for a common filter, and says the count is not exact yet', async () => {
    const chosen = filters({ genres: ['drama'] });
    const page = await scanFirstPage(newClient(), entry, ALL, chosen, 'scan:drama');
    const inFirstBlock = matching((review) => review.film.genres.includes('drama')).filter((id) => id < BLOCK_SIZE);
    expect(page).toEqual({ ids: inFirstBlock.slice(0, PAGE_SIZE), count: inFirstBlock.length, exact: false });
    expect(archive.requested(/\/blocks\//)).toEqual([`/builds/${entry.build}/blocks/newest/0.json`]);
  });

  it('reads every block for a rare filter, and then the count is exact', async () => {
    const rare = (review: Review) => review.film.genres.includes('mystery') && review.rating >= 4.5;
    const expected = matching(rare);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(PAGE_SIZE);
    const page = await scanFirstPage(
      newClient(),
      entry,
      ALL,
      filters({ genres: ['mystery'], minRating: 4.5 }),
      'scan:rare',
    );
    expect(page).toEqual({ ids: expected, count: expected.length, exact: true });
    expect(archive.requested(/\/blocks\//).sort()).toEqual(
      [0, 1, 2].map((n) => `/builds/${entry.build}/blocks/newest/${n}.json`),
    );
  });

  it('reads the blocks of the chosen order, and gives its first page', async () => {
    const page = await scanFirstPage(
      newClient(),
      entry,
      { kind: 'stars', stars: 5 },
      filters({ sort: 'title' }),
      'scan:title',
    );
    expect(archive.requested(/\/blocks\//).every((path) => path.includes('/blocks/title/'))).toBe(true);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
    const fives = matching((review) => review.rating === 5).sort(
      (a, b) =>
        collator.compare(newest[a]!.film.title, newest[b]!.film.title) ||
        newest[b]!.film.year - newest[a]!.film.year ||
        a - b,
    );
    expect(page.ids).toEqual(fives.slice(0, PAGE_SIZE));
  });
});

describe('loadFilterIndex and searchNames on an archive of three blocks', () => {
  it('loads every newest block once, and selects what the reviews say', async () => {
    const client = newClient();
    const index = await loadFilterIndex(client, entry, 'load:all');
    expect(archive.requested(/\/blocks\//).sort()).toEqual(
      [0, 1, 2].map((n) => `/builds/${entry.build}/blocks/newest/${n}.json`),
    );
    expect(index.size).toBe(COUNT);
    const crime = (review: Review) => review.film.genres.includes('crime') && review.rating >= 3;
    expect(Array.from(index.select(ALL, filters({ genres: ['crime'], minRating: 3 })).ids)).toEqual(matching(crime));
    const threes = (review: Review) => review.rating === 3 || review.rating === 3.5;
    expect(Array.from(index.select({ kind: 'stars', stars: 3 }, DEFAULT_FILTERS).ids)).toEqual(matching(threes));
  });

  it('finds every review with a word that begins each word of the query', async () => {
    const lead = newest[1_500]!.film.cast[0]!.name;
    const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const words = lookupWords(lead);
    const expected = matching((review) => {
      const names = [review.film.title, ...review.film.directors, ...review.film.cast.map((m) => m.name)];
      const indexed = names.flatMap((name) => fold(name).split(/[^\p{L}\p{N}]+/u));
      return words.every((word) => indexed.some((candidate) => candidate.startsWith(word)));
    });
    expect(expected).toContain(1_500);
    expect(Array.from((await searchNames(newClient(), entry.build, lead)) ?? [])).toEqual(expected);
  });
});
