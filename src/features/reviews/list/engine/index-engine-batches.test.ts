import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../../tests/mocks/server';
import type { ArchiveEntry } from '../../api/review-api';
import { BLOCK_SIZE, PAGE_SIZE, type ListScope } from '@/format/archive-layout';
import { FORMAT_VERSION } from '@/format/fields';
import { GENRE_SLUGS } from '@/format/genres';
import { DEFAULT_FILTERS } from '../address/filters';
import { scanFirstPage } from './index-engine';

/**
 * scanFirstPage on made-up archives of seven blocks, where mysteries are
 * placed block by block: how many blocks it asks for in each round trip
 * (as many as the matches so far suggest, three at most), and what the first
 * page holds (a page, never more) when a round finds more than it needs.
 */
const BLOCKS = 7;
const ALL: ListScope = { kind: 'all' };
const MYSTERIES = { ...DEFAULT_FILTERS, genres: ['mystery' as const] };
const bit = (genre: string) => 1 << GENRE_SLUGS.indexOf(genre as (typeof GENRE_SLUGS)[number]);

/** Serves an archive whose block n has `mysteries[n]` mysteries, at its first rows; every review is a drama. */
function archiveWith(mysteries: readonly number[]): ArchiveEntry {
  const build = `made-up-${mysteries.join('-')}`;
  server.use(
    http.get(`*/api/v2/builds/${build}/blocks/newest/:file`, ({ params }) => {
      const block = Number.parseInt(String(params.file), 10);
      const rows = Array.from({ length: BLOCK_SIZE }, (_, row) => row);
      return HttpResponse.json({
        version: FORMAT_VERSION,
        genres: rows.map((row) => bit('drama') | (row < mysteries[block]! ? bit('mystery') : 0)),
        ratings: rows.map(() => 7),
        years: rows.map(() => 2001),
        titles: rows.map((row) => block * BLOCK_SIZE + row),
      });
    }),
  );
  return { build, total: BLOCKS * BLOCK_SIZE, genreTotals: new Map(), starTotals: new Map() };
}

/** The blocks asked for in each round trip: a block asked for after an answer has arrived starts a new round. */
function watchRounds(client: QueryClient): number[][] {
  const rounds: number[][] = [];
  let answers = 0;
  let roundStart = -1;
  client.getQueryCache().subscribe((event) => {
    const key = event.query.queryKey;
    if (!key.includes('block')) return;
    if (event.type === 'added') {
      if (roundStart !== answers) rounds.push([]);
      roundStart = answers;
      rounds.at(-1)!.push(key.at(-1) as number);
    } else if (event.type === 'updated' && event.action.type === 'success') {
      answers++;
    }
  });
  return rounds;
}

/** The first page of mysteries on this archive, and the round trips it took; `read`: reviews read on this device. */
async function scan(mysteries: readonly number[], read: number[] | null = null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rounds = watchRounds(client);
  const excluded = read && Uint32Array.from(read);
  const page = await scanFirstPage(client, archiveWith(mysteries), ALL, MYSTERIES, 'scan:made-up', excluded);
  return { ...page, rounds };
}

/** The ids of the first `count` rows of a block. */
const firstRows = (block: number, count: number) => Array.from({ length: count }, (_, row) => block * BLOCK_SIZE + row);

describe('scanFirstPage, block by block', () => {
  it('reads one block when it holds a page', async () => {
    const page = await scan([24, 5, 5, 5, 5, 5, 5]);
    expect(page).toMatchObject({ ids: firstRows(0, PAGE_SIZE), count: 24, exact: false, rounds: [[0]] });
  });

  it('for a rare filter, asks for as many blocks as the matches so far suggest, three at a time at most', async () => {
    // Two a block: after the first, eleven more blocks would be needed; after four, eight.
    const page = await scan([2, 2, 2, 2, 2, 2, 2]);
    expect(page.rounds).toEqual([[0], [1, 2, 3], [4, 5, 6]]);
    expect(page).toMatchObject({ count: 14, exact: true });
    expect(page.ids).toEqual([0, 1, 2, 3, 4, 5, 6].flatMap((block) => firstRows(block, 2)));
  });

  it('asks for just the blocks it needs when the matches so far say so', async () => {
    // Ten in the first block: two more blocks of the same would fill the page.
    const page = await scan([10, 6, 4, 5, 5, 5, 5]);
    expect(page.rounds).toEqual([[0], [1, 2], [3]]);
    expect(page).toMatchObject({ count: 25, exact: false });
  });

  it('asks for three blocks at a time while it has found nothing', async () => {
    const page = await scan([0, 0, 0, 0, 0, 0, 3]);
    expect(page).toMatchObject({ ids: firstRows(6, 3), count: 3, exact: true });
    expect(page.rounds).toEqual([[0], [1, 2, 3], [4, 5, 6]]);
  });

  it('leaves out the reviews read on this device, for "Not read yet"', async () => {
    const page = await scan([30, 0, 0, 0, 0, 0, 0], [0, 2, 4, 6]);
    expect(page).toMatchObject({ ids: [1, 3, 5, ...firstRows(0, 30).slice(7, 28)], count: 26, exact: false });
  });

  it('keeps one page when a round finds more than it needs, and counts them all', async () => {
    const page = await scan([10, 0, 30, 30, 30, 30, 30]);
    expect(page.rounds).toEqual([[0], [1, 2]]);
    expect(page).toMatchObject({ ids: [...firstRows(0, 10), ...firstRows(2, 14)], count: 40, exact: false });
  });
});
