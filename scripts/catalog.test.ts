import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntries } from '../src/features/reviews/catalog-entries';
import { catalogIndexSchema, catalogShardSchema, facetPageSchema } from '../src/features/reviews/catalog-schema';
import { GENRE_SLUGS } from '../src/features/reviews/genres';
import { starBucket } from '../src/features/reviews/ratings';
import { reviewSchema, SLUG_PATTERN, type ReviewSummary } from '../src/features/reviews/review-schema';
import { cleanText, loadFilms, mapGenres, slugify, writeCatalog, type FilmFacts } from './lib/generate-catalog';

const COUNT = 300;
let films: FilmFacts[];
let first: string;
let second: string;

const readJson = (dir: string, path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]))
    .sort();
}

beforeAll(() => {
  films = loadFilms();
  first = mkdtempSync(join(tmpdir(), 'catalog-a-'));
  second = mkdtempSync(join(tmpdir(), 'catalog-b-'));
  writeCatalog(first, { count: COUNT, seed: 7, films });
  writeCatalog(second, { count: COUNT, seed: 7, films });
}, 60_000);

afterAll(() => {
  rmSync(first, { recursive: true, force: true });
  rmSync(second, { recursive: true, force: true });
});

// Generous timeouts: these write a few hundred files, and CI machines are shared.
describe('generated catalogue', { timeout: 30_000 }, () => {
  it('is byte-identical for the same arguments', () => {
    const files = listFiles(first);
    expect(files).toEqual(listFiles(second));
    const differing = files.filter((file) => !readFileSync(join(second, file)).equals(readFileSync(join(first, file))));
    expect(differing).toEqual([]);
  });

  it('differs for another seed', () => {
    const other = mkdtempSync(join(tmpdir(), 'catalog-c-'));
    try {
      writeCatalog(other, { count: COUNT, seed: 8, films });
      expect(readFileSync(join(other, 'catalog/index.json'), 'utf8')).not.toBe(
        readFileSync(join(first, 'catalog/index.json'), 'utf8'),
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('writes reviews that pass the schema, say they are generated, and mention only reviews that exist', () => {
    const files = readdirSync(join(first, 'reviews'));
    expect(files).toHaveLength(COUNT);
    const slugs = new Set(files.map((file) => file.replace(/\.json$/, '')));
    for (const file of files) {
      const result = v.safeParse(reviewSchema, readJson(first, `reviews/${file}`));
      expect(result.success ? [] : v.summarize(result.issues), file).toEqual([]);
      if (!result.success) continue;
      const review = result.output;
      expect(`${review.slug}.json`).toBe(file);
      expect(review.body[0]).toMatch(/^This is a generated review for load testing\./);
      expect(review.author.name).toMatch(/\(generated\)$/);
      expect(review.published <= '2026-11-01').toBe(true);
      expect(review.related.length).toBeGreaterThan(0);
      for (const mention of review.mentions) expect(slugs.has(mention.slug!), mention.slug).toBe(true);
    }
  });

  it('writes catalogue documents whose entries all pass the schema and whose counts agree', () => {
    const index = v.parse(catalogIndexSchema, readJson(first, 'catalog/index.json'));
    const seen = new Set<string>();
    const entries: ReviewSummary[] = [];
    for (const path of index.shards) {
      const shard = v.parse(catalogShardSchema, readJson(first, path));
      const checked = checkEntries(shard.entries, seen);
      expect(checked.rejected, path).toEqual([]);
      entries.push(...checked.entries);
    }
    expect(index.total).toBe(COUNT);
    expect(entries).toHaveLength(index.total);
    expect(checkEntries(index.latest).rejected).toEqual([]);
    expect(index.latest).toEqual(entries.slice(0, index.pageSize));

    for (const genre of GENRE_SLUGS) {
      const inGenre = entries.filter((entry) => entry.film.genres.includes(genre));
      expect(index.genres[genre] ?? 0, genre).toBe(inGenre.length);
      if (!inGenre.length) continue;
      const page = v.parse(facetPageSchema, readJson(first, `catalog/genres/${genre}.json`));
      expect(page.total, genre).toBe(inGenre.length);
      expect(checkEntries(page.entries).rejected).toEqual([]);
      expect(page.entries).toEqual(inGenre.slice(0, index.pageSize));
    }
    for (const [stars, total] of Object.entries(index.ratings)) {
      const page = v.parse(facetPageSchema, readJson(first, `catalog/ratings/${stars}.json`));
      const inBucket = entries.filter((entry) => String(starBucket(entry.rating)) === stars);
      expect(page.total, stars).toBe(inBucket.length);
      expect(total).toBe(inBucket.length);
      expect(checkEntries(page.entries).rejected).toEqual([]);
    }
    expect(Object.values(index.ratings).reduce((sum, n) => sum + n, 0)).toBe(COUNT);
  });

  it('caps the count at the number of films', () => {
    const few = films.slice(0, 5);
    const other = mkdtempSync(join(tmpdir(), 'catalog-d-'));
    try {
      const result = writeCatalog(other, { count: 50, seed: 1, films: few });
      expect(result).toMatchObject({ reviews: 5, available: 5 });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
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

  it('makes ASCII slugs', () => {
    expect(slugify('Amélie')).toBe('amelie');
    expect(slugify('Æon Flux')).toBe('aeon-flux');
    expect(slugify('9½ Weeks')).toBe('9-1-2-weeks');
    expect(slugify('Rock & Roll High School')).toBe('rock-and-roll-high-school');
    expect(slugify("Don't Look Now…")).toBe('dont-look-now');
    expect(slugify('“!?”')).toBe('film');
    expect(slugify('a'.repeat(300))).toHaveLength(100);
    const slugs = films.map((film) => `${slugify(cleanText(film.title))}-${film.year}`);
    expect(slugs.filter((slug) => !SLUG_PATTERN.test(slug) || slug.length > 120)).toEqual([]);
  });

  it('cleans scraping debris from titles', () => {
    expect(cleanText('The Curtain Pole[1]')).toBe('The Curtain Pole');
    expect(cleanText('Fly by Night [fr]')).toBe('Fly by Night');
    expect(cleanText('Naked Gun .mw-parser-output .frac{white-space:nowrap}33+1⁄3: The Final Insult')).toBe(
      'Naked Gun 33+1⁄3: The Final Insult',
    );
  });
});
