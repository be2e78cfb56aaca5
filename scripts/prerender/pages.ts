/** Every public page of a site, from its published API: the paths to prerender. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../src/config/paths';
import { GENRE_SLUGS } from '../../src/features/reviews/format/genres';
import { STAR_BUCKETS } from '../../src/features/reviews/format/ratings';

export interface PageSpec {
  path: string;
  /** The chunk with the page's code (scripts/lib/route-chunks.ts). */
  chunk: 'list' | 'review' | 'facets' | 'problems' | 'search' | 'reading-list';
  /** The review a page shows, if it shows one. */
  slug?: string;
}

/** The prerendered not-found page, served by hosts for any address that has no file. */
export const NOT_FOUND_PATH = '/404';

export function listPages(apiDir: string): PageSpec[] {
  const slugs = readdirSync(join(apiDir, 'reviews'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
  return [
    { path: paths.home(), chunk: 'list' },
    { path: paths.genres(), chunk: 'facets' },
    { path: paths.ratings(), chunk: 'facets' },
    { path: paths.saved(), chunk: 'reading-list' },
    // The search, empty: a query is the reader's own, worked out in the browser.
    { path: paths.search(), chunk: 'search' },
    ...GENRE_SLUGS.map((genre): PageSpec => ({ path: paths.genre(genre), chunk: 'list' })),
    ...STAR_BUCKETS.map((stars): PageSpec => ({ path: paths.rating(stars), chunk: 'list' })),
    ...slugs.map((slug): PageSpec => ({ path: paths.review(slug), chunk: 'review', slug })),
  ];
}
