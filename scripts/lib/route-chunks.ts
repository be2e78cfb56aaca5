/**
 * Which chunk each page's code goes in, and which chunk each page loads
 * first: read by vite.config.ts (to split the build) and scripts/check-size.ts
 * (to measure each page's first load). Three chunks load at most on a first
 * visit: the core (libraries and what every page shares, in one file so it
 * compresses as one), and the code of the list views or of the review page.
 */
export const ROUTE_CHUNKS: Record<string, readonly string[]> = {
  // Filtering beyond the first page: loaded when a list first needs it. (Before "list": the first match wins.)
  engine: [
    'features/reviews/list/index-engine',
    'features/reviews/list/engine-queries',
    'features/reviews/list/use-review-list',
    'features/reviews/list/full-list',
    'features/reviews/list/use-read-slugs',
    'lib/progress',
    'features/reviews/list/filter-index',
    'features/reviews/list/name-search',
    'features/reviews/api/index-api',
    'features/reviews/format/index-schema',
    'features/reviews/format/search-words',
    'lib/search-text',
    'node_modules/p-limit/',
    'node_modules/yocto-queue/',
  ],
  // Pages and words for what went wrong: rare, so fetched when needed.
  problems: [
    'app/routes/not-found',
    'app/routes/route-error',
    'app/routes/unexpected-error',
    'components/problem-page',
    'components/error-explanation',
  ],
  // Search, filters and sort, after the list's first paint; and what an empty list says.
  controls: [
    'features/reviews/list/list-controls',
    'features/reviews/list/filter-fields',
    'features/reviews/list/search-field',
    'features/reviews/list/use-announce-results',
    'features/reviews/list/no-results',
    'features/reviews/list/filter-controls.module.css',
  ],
  // The reader's reading list and read marks, on every card and review: after the page has painted.
  'reading-list': ['features/reviews/reading-list/', 'app/routes/saved-page'],
  // The service worker's registration and its notices: after the page has loaded.
  offline: [
    'features/offline/register-worker',
    'features/offline/notices',
    'node_modules/workbox-window/',
    'virtual:pwa-register',
  ],
  // The facts, mentions and related reviews around a review's text: after it has painted. (Before "review".)
  'review-more': [
    'features/reviews/review/review-more',
    'features/reviews/review/film-facts',
    'features/reviews/review/review-links',
  ],
  // Search inside reviews: the engine (the full-text index, ranking, passages), loaded with the page. (Before "search".)
  'text-engine': [
    'features/reviews/search/text-',
    'features/reviews/api/text-api',
    'features/reviews/format/text-index',
  ],
  search: ['app/routes/search-', 'features/reviews/search/'],
  // Shared by the review page and the pages about people, critics and lists: the rich text format, JSON-LD, reading a slug. (Before "review".)
  'detail-shared': [
    'features/reviews/format/rich-text-schema',
    'features/reviews/format/https-url',
    'features/reviews/format/read-slug',
    'components/json-ld',
  ],
  // Shared by the lists and a critic's page: checking published cards one by one. (Before "list".)
  'check-cards': ['features/reviews/api/check-cards'],
  review: [
    'app/routes/review-',
    'features/reviews/api/review-document',
    'features/reviews/review/',
    'features/reviews/format/review-schema',
    'lib/stored-setting',
    'lib/durations',
  ],
  list: [
    'app/routes/list-',
    'features/reviews/list/',
    'features/reviews/api/list-api',
    'features/reviews/components/review-card.tsx',
  ],
  // Pages about people, critics and lists: each view in a chunk of its own, over what they share.
  person: ['app/routes/person-page', 'features/reviews/directory/person-'],
  critics: ['app/routes/critics-page', 'features/reviews/directory/critics-index'],
  critic: ['app/routes/critic-page', 'features/reviews/directory/critic-view', 'features/reviews/api/critic-api'],
  // A critic's JSON-LD and further pages of reviews, after their page has painted.
  'critic-more': [
    'features/reviews/directory/more-reviews',
    'features/reviews/directory/critic-json-ld',
    'features/reviews/api/critic-pages-api',
  ],
  'critic-list': [
    'app/routes/critic-list-page',
    'app/routes/lists-page',
    'features/reviews/directory/list-view',
    'features/reviews/directory/list-json-ld',
  ],
  directory: [
    'app/routes/directory-',
    'features/reviews/directory/',
    'features/reviews/api/directory-api',
    'features/reviews/format/directory-',
  ],
  facets: ['app/routes/genres-page.tsx', 'app/routes/ratings-page.tsx', 'app/routes/totals-', 'app/routes/simple-page'],
};

/** The chunk that holds each page's own code: what its first load adds to the core. */
export const PAGE_CHUNKS: Record<string, string> = {
  '/': 'list',
  '/reviews/:slug': 'review',
  '/genres/:genre': 'list',
  '/ratings/:stars': 'list',
  '/genres': 'facets',
  '/ratings': 'facets',
  '/saved': 'reading-list',
  '/search': 'search',
  '/people/:slug': 'person',
  '/critics': 'critics',
  '/critics/:slug': 'critic',
  '/lists': 'critic-list',
  '/lists/:slug': 'critic-list',
};

/** The chunk a source module belongs in ("core" unless listed). */
export function routeChunk(moduleId: string): string {
  const id = moduleId.replace(/^\0/, '');
  const path = id.includes('virtual:')
    ? id.slice(id.indexOf('virtual:'))
    : id.includes('/node_modules/')
      ? `node_modules/${id.split('/node_modules/').at(-1)}`
      : (id.split('/src/')[1] ?? '');
  const chunk = Object.entries(ROUTE_CHUNKS).find(([, prefixes]) => prefixes.some((prefix) => path.startsWith(prefix)));
  return chunk?.[0] ?? 'core';
}
