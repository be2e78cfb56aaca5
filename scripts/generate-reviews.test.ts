import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../src/format/limits';
import { reviewSchema, type Review } from '../src/format/review-schema';
import { plainText } from '../src/format/rich-text';
import { listFiles, readJsonIn, temporaryFolder } from '../tests/review-fixtures';
import {
  cleanText,
  generateReviews,
  LAST_PUBLISHED,
  loadFilms,
  mapGenres,
  writeGeneratedArchive,
  type FilmFacts,
} from './lib/generate-reviews';

const COUNT = 300;
let films: FilmFacts[];
let generated: Review[];

beforeAll(() => {
  films = loadFilms();
  generated = generateReviews({ count: COUNT, seed: 7, films }).reviews;
});

describe('generateReviews', () => {
  it('gives the same reviews for the same seed, and others for another seed', () => {
    expect(generateReviews({ count: COUNT, seed: 7, films }).reviews).toEqual(generated);
    const other = generateReviews({ count: COUNT, seed: 8, films }).reviews;
    expect(other.map((review) => review.slug)).not.toEqual(generated.map((review) => review.slug));
  });

  it('says the film data it drew from, and uses real film facts', () => {
    const result = generateReviews({ count: 5, seed: 1, films });
    expect(result.available).toBe(films.length);
    expect(films.length).toBeGreaterThan(30_000);
    for (const review of result.reviews) {
      const film = films.find(
        (facts) => cleanText(facts.title) === review.film.title && facts.year === review.film.year,
      );
      expect(film, review.slug).toBeDefined();
    }
  });

  it('writes reviews that pass the schema as published, with unique slugs made of title and year', () => {
    expect(generated).toHaveLength(COUNT);
    expect(new Set(generated.map((review) => review.slug)).size).toBe(COUNT);
    for (const review of generated) {
      const result = v.safeParse(reviewSchema, JSON.parse(JSON.stringify(review)));
      expect(result.success ? [] : v.summarize(result.issues), review.slug).toEqual([]);
      expect(review.slug).toMatch(new RegExp(`-${review.film.year}(-\\d+)?$`));
    }
  });

  it('says, in every review, that it is generated, by an invented critic', () => {
    for (const review of generated) {
      expect(plainText(review.body)).toMatch(/^This is a generated review for load testing\./);
      expect(review.author.name).toMatch(/\(generated\)$/);
    }
  });

  it('dates reviews in the fifteen years up to its last day, never before the film came out', () => {
    for (const review of generated) {
      expect(review.published <= LAST_PUBLISHED).toBe(true);
      expect(review.published >= '2011-11-01').toBe(true);
      expect(Number(review.published.slice(0, 4))).toBeGreaterThanOrEqual(review.film.year);
    }
  });

  it('mentions only reviews it generated, and rates in half stars across the whole scale', () => {
    const slugs = new Set(generated.map((review) => review.slug));
    for (const review of generated)
      for (const mention of review.mentions) {
        expect(slugs.has(mention.slug!), mention.slug).toBe(true);
        expect(mention.slug).not.toBe(review.slug);
      }
    const ratings = new Set(generated.map((review) => review.rating));
    for (const rating of [1, 2, 3, 4, 5]) expect(ratings).toContain(rating);
  });

  it('goes on past the number of films, reviewing films again with slugs that stay unique', { timeout: 60_000 }, () => {
    const few = films.slice(0, 200);
    const { reviews, available } = generateReviews({ count: 40_000, seed: 3, films: few });
    expect(available).toBe(200);
    expect(reviews).toHaveLength(40_000);
    const slugs = reviews.map((review) => review.slug);
    expect(new Set(slugs).size).toBe(40_000);
    expect(slugs.filter((slug) => !SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH)).toEqual([]);
    // Each film reviewed 200 times: once under its own slug, then …-2 to …-200.
    const first = slugs[0]!;
    const again = slugs.filter((slug) => slug === first || new RegExp(`^${first}-\\d+$`).test(slug));
    expect(again).toHaveLength(200);
    expect(again).toContain(`${first}-200`);
    expect(new Set(reviews.map((review) => `${review.film.title} ${review.film.year}`)).size).toBeLessThanOrEqual(200);
  });
});

describe('writeGeneratedArchive', () => {
  const first = temporaryFolder('generated-a');
  const second = temporaryFolder('generated-b');
  afterAll(() => [first, second].forEach((folder) => folder.remove()));

  it('publishes byte-identical archives for the same arguments', { timeout: 30_000 }, () => {
    const a = writeGeneratedArchive(first.dir, { count: COUNT, seed: 7, films });
    const b = writeGeneratedArchive(second.dir, { count: COUNT, seed: 7, films });
    expect(b).toEqual(a);
    expect(a).toMatchObject({ reviews: COUNT, available: films.length });
    const files = listFiles(first.dir);
    expect(files.length).toBe(a.files);
    expect(listFiles(second.dir)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(join(second.dir, file)).equals(readFileSync(join(first.dir, file))),
    );
    expect(differing).toEqual([]);
    expect(readJsonIn(first.dir, 'index.json')).toMatchObject({ version: 2, build: a.build, total: COUNT });
    const sample = generated[0]!;
    expect(readJsonIn(first.dir, `reviews/${sample.slug}.json`)).toMatchObject({
      slug: sample.slug,
      rating: sample.rating,
    });
  });
});

describe('film facts', () => {
  it('maps genres to the app’s vocabulary, dropping the rest, with drama when none is left', () => {
    expect(mapGenres(['Animated', 'Science Fiction', 'Silent', 'Sports', 'Sport'])).toEqual([
      'animation',
      'science-fiction',
      'sport',
    ]);
    expect(mapGenres(['Spy', 'Suspense', 'Superhero', 'Slasher', 'Satire', 'Noir', 'Biography'])).toEqual([
      'thriller',
      'action',
      'horror',
      'comedy',
      'noir',
      'biography',
    ]);
    expect(mapGenres(['Silent', 'Short', 'Independent', 'Teen'])).toEqual(['drama']);
    expect(mapGenres([])).toEqual(['drama']);
  });

  it('cleans scraping debris from titles', () => {
    expect(cleanText('The Curtain Pole[1]')).toBe('The Curtain Pole');
    expect(cleanText('Fly by Night [fr]')).toBe('Fly by Night');
    expect(cleanText('Naked Gun .mw-parser-output .frac{white-space:nowrap}33+1⁄3: The Final Insult')).toBe(
      'Naked Gun 33+1⁄3: The Final Insult',
    );
  });
});
