import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_SIZE, buildPaths, SORT_KEYS } from '../src/format/archive-layout';
import { searchChunkKey } from '../src/format/search-words';
import { SORT_ORDERS } from '../src/format/archive-orders';
import { toCard } from '../src/format/to-card';
import { entrySchema } from '../src/format/archive-schema';
import type { Card } from '../src/format/card-schema';
import { GENRE_SLUGS } from '../src/format/genres';
import { blockSchema, nameKeysSchema, namesChunkSchema, titlesSchema } from '../src/format/index-schema';
import type { Review } from '../src/format/review-schema';
import { readJsonIn, temporaryFolder } from '../tests/review-fixtures';
import { generateReviews, loadFilms } from './lib/generate-reviews';
import { publishArchive } from './lib/publish-archive';

/**
 * The filter index and the name search the publisher writes, on a generated
 * archive just over one block long, checked against the reviews themselves.
 */
const COUNT = BLOCK_SIZE + 90;
let reviews: Review[];
/** Newest first, worked out here: a review's id is its position in this order. */
let newest: Review[];
let cards: Card[];
let folder: ReturnType<typeof temporaryFolder>;
let buildDir: string;

const inBuild = (path: string) => readJsonIn(buildDir, path);

beforeAll(() => {
  reviews = generateReviews({ count: COUNT, seed: 11, films: loadFilms() }).reviews;
  newest = [...reviews].sort((a, b) =>
    a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1,
  );
  cards = newest.map(toCard);
  folder = temporaryFolder('publish-index');
  publishArchive(reviews, folder.dir);
  buildDir = join(folder.dir, 'builds', v.parse(entrySchema, readJsonIn(folder.dir, 'index.json')).build);
}, 60_000);
afterAll(() => folder.remove());

/** Every block of one order, checked, joined into columns. */
function columns(sort: (typeof SORT_KEYS)[number]) {
  const blocks = Array.from({ length: Math.ceil(COUNT / BLOCK_SIZE) }, (_, n) =>
    v.parse(blockSchema, inBuild(buildPaths.block(sort, n))),
  );
  return {
    blocks,
    ids: blocks.flatMap((block, n) => block.ids ?? block.genres.map((_, row) => n * BLOCK_SIZE + row)),
    genres: blocks.flatMap((block) => block.genres),
    ratings: blocks.flatMap((block) => block.ratings),
    years: blocks.flatMap((block) => block.years ?? []),
    titles: blocks.flatMap((block) => block.titles ?? []),
  };
}

/** The genre bits of a card: bit i for GENRE_SLUGS[i]. */
const genreBits = (card: Card) => card.film.genres.reduce((bits, genre) => bits + 2 ** GENRE_SLUGS.indexOf(genre), 0);

describe('the filter index the publisher writes', () => {
  it('has the newest order on every review, two blocks of it, the second one partial', () => {
    expect(reviews).toHaveLength(COUNT);
    for (const sort of SORT_KEYS) {
      const { blocks } = columns(sort);
      expect(blocks.map((block) => block.genres.length)).toEqual([BLOCK_SIZE, COUNT - BLOCK_SIZE]);
      expect(existsSync(join(buildDir, buildPaths.block(sort, 2)))).toBe(false);
    }
  });

  it.each(SORT_KEYS)('lists every review once in the %s order, as SORT_ORDERS sorts their cards', (sort) => {
    const { ids } = columns(sort);
    const expected = Array.from(cards.keys()).sort((a, b) => SORT_ORDERS[sort](cards[a]!, cards[b]!));
    expect(ids).toEqual(expected);
  });

  it.each(SORT_KEYS)('gives each review of the %s blocks its genres and half stars', (sort) => {
    const { ids, genres, ratings } = columns(sort);
    expect(genres).toEqual(ids.map((id) => genreBits(cards[id]!)));
    expect(ratings).toEqual(ids.map((id) => cards[id]!.rating * 2));
  });

  it('keeps ids out of the newest blocks, and years and title ranks out of the others', () => {
    for (const block of columns('newest').blocks) {
      expect(block.ids).toBeUndefined();
      expect(block.years).toHaveLength(block.genres.length);
      expect(block.titles).toHaveLength(block.genres.length);
    }
    for (const sort of ['rating', 'title', 'year'] as const)
      for (const block of columns(sort).blocks)
        expect([block.ids?.length, block.years, block.titles]).toEqual([block.genres.length, undefined, undefined]);
  });

  it('gives the newest blocks each review’s year and its rank in title order', () => {
    const { years, titles } = columns('newest');
    expect(years).toEqual(cards.map((card) => card.film.year));
    const titleOrder = columns('title').ids;
    expect(titles).toEqual(cards.map((_, id) => titleOrder.indexOf(id)));
  });

  it('writes the film titles beside the newest blocks, a file each, by id: what a list sketches before its cards', () => {
    const files = [0, 1].map((n) => v.parse(titlesSchema, inBuild(buildPaths.titles(n))).titles);
    expect(files.map((titles) => titles.length)).toEqual([BLOCK_SIZE, COUNT - BLOCK_SIZE]);
    expect(files.flat()).toEqual(cards.map((card) => card.film.title));
    expect(existsSync(join(buildDir, buildPaths.titles(2)))).toBe(false);
  });
});

/** Lower case, no accents, split at anything that is not a letter or a digit; single characters are not indexed. */
function referenceWords(review: Review): Set<string> {
  const { film } = review;
  const names = [film.title, film.originalTitle ?? '', ...film.directors, ...film.cast.map((member) => member.name)];
  return new Set(
    names.flatMap((name) =>
      name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 2),
    ),
  );
}

describe('the name search the publisher writes', () => {
  let keys: string[];
  let index: Map<string, number[]>;

  beforeAll(() => {
    keys = v.parse(nameKeysSchema, inBuild(buildPaths.nameKeys())).keys;
    index = new Map();
    for (const key of keys) {
      const chunk = v.parse(namesChunkSchema, inBuild(buildPaths.names(key)));
      chunk.words.forEach((word, i) => {
        let id = 0;
        index.set(
          word,
          chunk.ids[i]!.map((step) => (id += step)),
        );
        expect([word, searchChunkKey(word)]).toEqual([word, key]);
      });
    }
  });

  it('lists exactly the chunks it wrote, in order', () => {
    const files = readdirSync(join(buildDir, 'names')).filter((file) => file !== 'keys.json');
    expect(keys.map((key) => `${key}.json`).sort()).toEqual(files.sort());
    expect(keys).toEqual([...keys].sort());
  });

  it('indexes every word of each title, director and cast member, with exactly the reviews that have it', () => {
    const expected = new Map<string, number[]>();
    newest.forEach((review, id) => {
      for (const word of referenceWords(review)) expected.set(word, [...(expected.get(word) ?? []), id]);
    });
    expect(index.size).toBe(expected.size);
    for (const [word, ids] of expected) expect([word, index.get(word)]).toEqual([word, ids]);
  });

  it('stores ids in ascending order, each once', () => {
    for (const [word, ids] of index) {
      expect([word, ids]).toEqual([word, [...new Set(ids)].sort((a, b) => a - b)]);
      expect(ids.every((id) => id >= 0 && id < COUNT)).toBe(true);
    }
  });
});
