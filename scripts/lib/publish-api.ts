/**
 * Publishes reviews as the static API of format v1 (see docs/review-format.md):
 *
 *   catalog/index.json             counts, shard list and the newest page
 *   catalog/shards/N.json          every summary, newest first, SHARD_SIZE a file
 *   catalog/genres/<genre>.json    the newest page of each genre
 *   catalog/ratings/<stars>.json   the newest page of each whole-star rating
 *   reviews/<slug>.json            each review in full, with related reviews
 *
 * Used for the sample (scripts/build-sample-api.ts) and the large generated
 * catalogue (scripts/catalog.ts), so both are the same format.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENRE_SLUGS, type Genre } from '../../src/features/reviews/genres';
import { byNewest } from '../../src/features/reviews/catalog';
import { STAR_BUCKETS, starBucket, type StarBucket } from '../../src/features/reviews/ratings';
import { FORMAT_VERSION, type Review, type ReviewSummary } from '../../src/features/reviews/review-schema';
import {
  PAGE_SIZE,
  type CatalogIndexDocument,
  type FacetPageDocument,
} from '../../src/features/reviews/catalog-schema';

export const SHARD_SIZE = 2000;
const RELATED_COUNT = 4;
/** How many of a genre's reviews are considered as related: keeps publishing linear at scale. */
const RELATED_CANDIDATES_PER_GENRE = 150;

export function summarise(review: Review): ReviewSummary {
  return {
    slug: review.slug,
    headline: review.headline,
    standfirst: review.standfirst,
    rating: review.rating,
    published: review.published,
    film: {
      title: review.film.title,
      year: review.film.year,
      genres: review.film.genres,
      directors: review.film.directors,
      cast: review.film.cast.slice(0, 6).map((member) => member.name),
      countries: review.film.countries,
    },
  };
}

export interface PublishResult {
  files: number;
  total: number;
}

export function publishApi(reviews: Review[], outDir: string): PublishResult {
  const sorted = [...reviews].sort(byNewest);
  const summaries = sorted.map(summarise);
  rmSync(join(outDir, 'catalog'), { recursive: true, force: true });
  rmSync(join(outDir, 'reviews'), { recursive: true, force: true });
  let files = 0;
  const write = (path: string, data: unknown) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
    files++;
  };

  const shards: string[] = [];
  for (let start = 0; start < summaries.length; start += SHARD_SIZE) {
    const path = `catalog/shards/${shards.length}.json`;
    write(path, { version: FORMAT_VERSION, entries: summaries.slice(start, start + SHARD_SIZE) });
    shards.push(path);
  }

  const byGenre = new Map<Genre, ReviewSummary[]>(GENRE_SLUGS.map((genre) => [genre, []]));
  const byStars = new Map<StarBucket, ReviewSummary[]>(STAR_BUCKETS.map((stars) => [stars, []]));
  for (const summary of summaries) {
    for (const genre of summary.film.genres) byGenre.get(genre)!.push(summary);
    byStars.get(starBucket(summary.rating))!.push(summary);
  }
  const facetPage = (list: ReviewSummary[]): FacetPageDocument => ({
    version: FORMAT_VERSION,
    total: list.length,
    entries: list.slice(0, PAGE_SIZE),
  });
  for (const [genre, list] of byGenre) if (list.length) write(`catalog/genres/${genre}.json`, facetPage(list));
  for (const [stars, list] of byStars) write(`catalog/ratings/${stars}.json`, facetPage(list));

  const index: CatalogIndexDocument = {
    version: FORMAT_VERSION,
    total: summaries.length,
    pageSize: PAGE_SIZE,
    shards,
    genres: Object.fromEntries(
      [...byGenre].filter(([, list]) => list.length).map(([genre, list]) => [genre, list.length]),
    ),
    ratings: Object.fromEntries([...byStars].map(([stars, list]) => [String(stars), list.length])),
    latest: summaries.slice(0, PAGE_SIZE),
  };
  write('catalog/index.json', index);

  for (const review of sorted) {
    write(`reviews/${review.slug}.json`, { ...review, related: relatedTo(review, byGenre) });
  }
  return { files, total: summaries.length };
}

/** The reviews sharing the most genres (then director, then closeness in rating), newest first on ties. */
function relatedTo(review: Review, byGenre: Map<Genre, ReviewSummary[]>): ReviewSummary[] {
  const scores = new Map<string, { summary: ReviewSummary; score: number }>();
  const directors = new Set(review.film.directors);
  for (const genre of review.film.genres) {
    for (const summary of byGenre.get(genre)!.slice(0, RELATED_CANDIDATES_PER_GENRE)) {
      if (summary.slug === review.slug) continue;
      const entry = scores.get(summary.slug) ?? { summary, score: 0 };
      entry.score += 10;
      scores.set(summary.slug, entry);
    }
  }
  for (const entry of scores.values()) {
    if (entry.summary.film.directors.some((name) => directors.has(name))) entry.score += 15;
    entry.score -= Math.abs(entry.summary.rating - review.rating);
  }
  return [...scores.values()]
    .sort((a, b) => b.score - a.score || byNewest(a.summary, b.summary))
    .slice(0, RELATED_COUNT)
    .map((entry) => entry.summary);
}
