import { foldForSearch, searchTerms } from '@/lib/search-text';
import { REPEATED_SLUG, type CheckedEntries, type RejectedEntry } from './catalog-entries';
import { GENRE_SLUGS, type Genre } from './genres';
import type { ListFilters, SortKey } from './filters';
import { STAR_BUCKETS, starBucket, type StarBucket } from './ratings';
import type { ReviewSummary } from './summary-schema';

/** What a list view shows before its own filters: everything, one genre, or one star rating. */
export type ListScope = { kind: 'all' } | { kind: 'genre'; genre: Genre } | { kind: 'stars'; stars: StarBucket };

export interface Selection {
  reviews: ReviewSummary[];
  /** For each genre, how many of these reviews are in it: the counts beside the genre filters. */
  genreCounts: Map<Genre, number>;
}

const GENRE_BITS = new Map(GENRE_SLUGS.map((genre, bit) => [genre, 1 << bit]));
const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

const COMPARE: Record<SortKey, (a: ReviewSummary, b: ReviewSummary) => number> = {
  newest: byNewest,
  rating: (a, b) => b.rating - a.rating || byNewest(a, b),
  title: (a, b) => titleCollator.compare(a.film.title, b.film.title) || b.film.year - a.film.year,
  year: (a, b) => b.film.year - a.film.year || titleCollator.compare(a.film.title, b.film.title),
};

/**
 * The whole catalogue in memory with the indexes that make any filter a single
 * pass: a bit mask of genres per review, a folded search text per review, and
 * an order per sort. Only the masks are built up front; the search text and
 * each order are built the first time they are needed, so a 20,000-review
 * catalogue is ready in milliseconds and never costs a keystroke twice.
 */
export class Catalog {
  private readonly genreMasks: Uint32Array;
  private searchText: string[] | undefined;
  private readonly orders: Partial<Record<SortKey, Uint32Array>> = {};

  constructor(
    readonly reviews: readonly ReviewSummary[],
    /** How many entries were dropped as broken. */
    readonly rejectedCount = 0,
  ) {
    this.genreMasks = Uint32Array.from(reviews, (review) => maskOf(review.film.genres));
  }

  /**
   * The catalogue from its checked shards, newest first: a slug repeated in a
   * later shard is dropped too, and every dropped entry is reported once.
   */
  static fromShards(shards: CheckedEntries[]): Catalog {
    const seen = new Set<string>();
    const reviews: ReviewSummary[] = [];
    const rejected = shards.flatMap((shard) => shard.rejected);
    for (const review of shards.flatMap((shard) => shard.entries)) {
      if (seen.has(review.slug)) rejected.push({ entry: review.slug, reason: REPEATED_SLUG });
      else reviews.push(review);
      seen.add(review.slug);
    }
    reportRejected(rejected);
    const catalog = new Catalog(reviews, rejected.length);
    catalog.warmUp();
    return catalog;
  }

  /**
   * Builds the search text and the sort orders one at a time while the reader
   * is idle, so the first search or sort is as quick as every later one.
   */
  private warmUp(): void {
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
    const steps = [() => this.texts(), ...(Object.keys(COMPARE) as SortKey[]).map((sort) => () => this.order(sort))];
    const next = () => {
      steps.shift()?.();
      if (steps.length) whenIdle(next);
    };
    whenIdle(next);
  }

  private order(sort: SortKey): Uint32Array {
    const compare = COMPARE[sort];
    return (this.orders[sort] ??= Uint32Array.from(this.reviews.keys()).sort((a, b) =>
      compare(this.reviews[a]!, this.reviews[b]!),
    ));
  }

  private texts(): string[] {
    return (this.searchText ??= this.reviews.map((review) =>
      foldForSearch([review.film.title, ...review.film.directors, ...review.film.cast].join('\n')),
    ));
  }

  /** The reviews in a scope that pass the filters, in the chosen order. */
  select(scope: ListScope, filters: ListFilters): Selection {
    const required = maskOf(filters.genres) | (scope.kind === 'genre' ? (GENRE_BITS.get(scope.genre) ?? 0) : 0);
    const stars = scope.kind === 'stars' ? scope.stars : null;
    const minRating = filters.minRating ?? 0;
    const terms = searchTerms(filters.query);
    const searchText = terms.length ? this.texts() : [];
    const reviews: ReviewSummary[] = [];
    const unionCounts = new Uint32Array(GENRE_SLUGS.length);

    for (const index of this.order(filters.sort)) {
      const mask = this.genreMasks[index]!;
      if ((mask & required) !== required) continue;
      const review = this.reviews[index]!;
      if (review.rating < minRating) continue;
      if (stars !== null && starBucket(review.rating) !== stars) continue;
      if (terms.length && !terms.every((term) => searchText[index]!.includes(term))) continue;
      reviews.push(review);
      // Visit only the bits that are set: two or three per review, not twenty-one.
      for (let rest = mask; rest; rest &= rest - 1) unionCounts[31 - Math.clz32(rest & -rest)]!++;
    }
    const genreCounts = new Map(GENRE_SLUGS.map((genre, bit) => [genre, unionCounts[bit]!]));
    return { reviews, genreCounts };
  }

  /** Reviews per genre across the whole catalogue. */
  genreTotals(): Map<Genre, number> {
    return this.select({ kind: 'all' }, { genres: [], minRating: null, query: '', sort: 'newest' }).genreCounts;
  }

  /** Reviews per whole-star rating across the whole catalogue. */
  starTotals(): Map<StarBucket, number> {
    const totals = new Map(STAR_BUCKETS.map((stars) => [stars, 0]));
    for (const review of this.reviews) {
      const stars = starBucket(review.rating);
      totals.set(stars, totals.get(stars)! + 1);
    }
    return totals;
  }
}

function maskOf(genres: readonly Genre[]): number {
  let mask = 0;
  for (const genre of genres) mask |= GENRE_BITS.get(genre) ?? 0;
  return mask;
}

/** Newest review first; the slug breaks ties so the order is stable everywhere. */
export function byNewest(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return a.published === b.published ? a.slug.localeCompare(b.slug) : b.published < a.published ? -1 : 1;
}

const reported = new Set<string>();

/** Tells whoever maintains the data, once per entry and reason, which entries were dropped and why. */
function reportRejected(rejected: RejectedEntry[]): void {
  const fresh = rejected.filter(({ entry, reason }) => !reported.has(`${entry}\n${reason}`));
  if (!fresh.length) return;
  for (const { entry, reason } of fresh) reported.add(`${entry}\n${reason}`);
  console.warn(
    `Reel Notes: ${fresh.length} catalogue ${fresh.length === 1 ? 'entry was' : 'entries were'} dropped:\n` +
      fresh.map(({ entry, reason }) => `  • ${entry}: ${reason}`).join('\n'),
  );
}
