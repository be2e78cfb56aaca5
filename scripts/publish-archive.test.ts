import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_SIZE, buildPaths, PAGE_SIZE, type ListScope } from '../src/format/archive-layout';
import { entrySchema, pageSchema } from '../src/format/archive-schema';
import { cardSchema } from '../src/format/card-schema';
import { GENRE_SLUGS } from '../src/format/genres';
import { STAR_BUCKETS } from '../src/format/ratings';
import { reviewSchema, type Review } from '../src/format/review-schema';
import { authoredReviews, listFiles, readJsonIn, temporaryFolder, type Json } from '../tests/review-fixtures';
import { publishArchive, type PublishResult } from './lib/publish-archive';

/**
 * What the publisher writes for the authored reviews: the entry, a page for
 * every scope, a card per review, the reviews with their related reviews.
 * Expected values are worked out here from the reviews themselves.
 */
const reviews = authoredReviews();
let folder: ReturnType<typeof temporaryFolder>;
let result: PublishResult;
let entry: v.InferOutput<typeof entrySchema>;

const read = (path: string) => readJsonIn(folder.dir, path);
const inBuild = (path: string) => read(`builds/${entry.build}/${path}`);

/** Newest review first; on the same day, by slug. */
const newestFirst = (a: Review, b: Review) =>
  a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1;
const newest = [...reviews].sort(newestFirst);
const starsOf = (rating: number) => Math.max(1, Math.floor(rating));

const SCOPES: [name: string, scope: ListScope, test: (review: Review) => boolean][] = [
  ['all', { kind: 'all' }, () => true],
  ...GENRE_SLUGS.map((genre): [string, ListScope, (review: Review) => boolean] => [
    `genre ${genre}`,
    { kind: 'genre', genre },
    (review) => review.film.genres.includes(genre),
  ]),
  ...STAR_BUCKETS.map((stars): [string, ListScope, (review: Review) => boolean] => [
    `${stars} stars`,
    { kind: 'stars', stars },
    (review) => starsOf(review.rating) === stars,
  ]),
];

beforeAll(() => {
  folder = temporaryFolder('publish');
  result = publishArchive(reviews, folder.dir);
  entry = v.parse(entrySchema, read('index.json'));
});
afterAll(() => folder.remove());

describe('publishArchive on the authored reviews', () => {
  it('writes an entry that names a build folder that exists, and counts what it holds', () => {
    expect(entry.build).toBe(result.build);
    expect(existsSync(join(folder.dir, 'builds', entry.build))).toBe(true);
    expect(entry.total).toBe(reviews.length);
    expect(result.total).toBe(reviews.length);
    for (const genre of GENRE_SLUGS)
      expect([genre, entry.genres[genre]]).toEqual([
        genre,
        reviews.filter((r) => r.film.genres.includes(genre)).length,
      ]);
    for (const stars of STAR_BUCKETS)
      expect([stars, entry.ratings[stars]]).toEqual([stars, reviews.filter((r) => starsOf(r.rating) === stars).length]);
  });

  it('says how many files it wrote, and leaves nothing half-written behind', () => {
    const files = listFiles(folder.dir);
    expect(result.files).toBe(files.length);
    expect(files.filter((file) => /\.(staging|old)\b/.test(file))).toEqual([]);
    expect(result.bytes).toBeGreaterThan(0);
  });

  it.each(SCOPES)('writes the page of %s: its newest cards, their ids, and its total', (_, scope, inScope) => {
    const page = v.parse(pageSchema, inBuild(buildPaths.page(scope)));
    const expected = newest.filter(inScope);
    expect(page.total).toBe(expected.length);
    expect(page.cards.map((card) => (card as Json).slug)).toEqual(expected.slice(0, PAGE_SIZE).map((r) => r.slug));
    // A card's id is its review's position in the newest-first order.
    expect(page.ids).toEqual(expected.slice(0, PAGE_SIZE).map((review) => newest.indexOf(review)));
    // Every card passes the schema the app reads cards with (their slugs, distinct, are checked above).
    expect(page.cards.filter((card) => !v.is(cardSchema, card))).toEqual([]);
  });

  it('writes a page even for a genre with no reviews yet, such as noir', () => {
    expect(reviews.some((review) => review.film.genres.includes('noir'))).toBe(false);
    expect(inBuild('pages/genres/noir.json')).toEqual({ version: 2, total: 0, ids: [], cards: [] });
    expect(entry.genres.noir).toBe(0);
  });

  it('writes one card per review, by id, equal to the cards of the pages', () => {
    const cards = newest.map((_, id) => v.parse(cardSchema, inBuild(buildPaths.card(id))));
    expect(cards.map((card) => card.slug)).toEqual(newest.map((review) => review.slug));
    expect(existsSync(join(folder.dir, 'builds', entry.build, buildPaths.card(newest.length)))).toBe(false);
    for (const [, scope] of SCOPES) {
      const page = v.parse(pageSchema, inBuild(buildPaths.page(scope)));
      page.ids.forEach((id, index) => expect(page.cards[index]).toEqual(cards[id]));
    }
    const ballerina = cards.find((card) => card.slug === 'ballerina-2023')!;
    expect(ballerina).toEqual({
      slug: 'ballerina-2023',
      headline: expect.stringContaining('Ballerina') as string,
      standfirst: expect.stringContaining('Jeon Jong-seo') as string,
      rating: 4,
      published: '2023-10-09',
      film: { title: 'Ballerina', year: 2023, genres: ['action', 'thriller'] },
      // Its lead image's small files, and its colour while they load.
      image: {
        color: expect.stringMatching(/^#[0-9a-f]{6}$/) as string,
        path: expect.stringMatching(/^images\/[0-9a-f]{16}$/) as string,
      },
    });
  });

  it('writes each review in full, with up to four related reviews that share a genre', () => {
    for (const review of reviews) {
      const published = v.parse(reviewSchema, read(`reviews/${review.slug}.json`));
      const { related, ...rest } = published;
      const { related: authoredRelated, ...authored } = review;
      expect(authoredRelated).toEqual([]);
      // The publisher adds the codes of the film's countries and languages (publish-facets.ts), in their order.
      const { codes, ...film } = rest.film;
      expect({ ...rest, film }).toEqual(authored);
      expect(codes?.countries).toHaveLength(review.film.countries.length);
      expect(codes?.languages).toHaveLength(review.film.languages.length);
      const sharing = reviews.filter(
        (other) => other !== review && other.film.genres.some((genre) => review.film.genres.includes(genre)),
      );
      expect([review.slug, related.length]).toEqual([review.slug, Math.min(4, sharing.length)]);
      for (const card of related) {
        expect(card.slug).not.toBe(review.slug);
        expect(card.film.genres.some((genre) => review.film.genres.includes(genre))).toBe(true);
        expect(card).toEqual(inBuild(buildPaths.card(newest.findIndex((r) => r.slug === card.slug))));
      }
    }
  });

  it('puts the reviews by the same director first among related reviews', () => {
    const arrival = v.parse(reviewSchema, read('reviews/arrival-2016.json'));
    expect(arrival.related[0]!.slug).toBe('blade-runner-2049-2017');
  });

  it('fits the archive in one block per order, numbered from 0', () => {
    expect(reviews.length).toBeLessThan(BLOCK_SIZE);
    for (const sort of ['newest', 'rating', 'title', 'year'] as const) {
      expect(existsSync(join(folder.dir, 'builds', entry.build, buildPaths.block(sort, 0)))).toBe(true);
      expect(existsSync(join(folder.dir, 'builds', entry.build, buildPaths.block(sort, 1)))).toBe(false);
    }
  });
});
