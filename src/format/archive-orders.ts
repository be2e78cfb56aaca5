import type { Card } from './card-schema';
import type { SortKey } from './archive-layout';

/**
 * What the publisher derives from reviews: their cards and their orders. The
 * app never sorts by text (it holds none in memory): it reads each order from
 * the published filter index, which these functions produced.
 */

/** Newest review first; the slug breaks ties, so the order is the same everywhere. */
export function byNewest(a: { published: string; slug: string }, b: { published: string; slug: string }): number {
  return a.published === b.published ? (a.slug < b.slug ? -1 : 1) : b.published < a.published ? -1 : 1;
}

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** Title order: accents, case and punctuation ignored, numbers as numbers; then newest film, then newest review. */
export function byTitle(a: Card, b: Card): number {
  return titleCollator.compare(a.film.title, b.film.title) || b.film.year - a.film.year || byNewest(a, b);
}

/**
 * Each order, given two cards. The app sorts by the rank each review has in
 * title order (see the blocks), which gives the same result.
 */
export const SORT_ORDERS: Record<SortKey, (a: Card, b: Card) => number> = {
  newest: byNewest,
  rating: (a, b) => b.rating - a.rating || byNewest(a, b),
  title: byTitle,
  year: (a, b) => b.film.year - a.film.year || byTitle(a, b),
};
