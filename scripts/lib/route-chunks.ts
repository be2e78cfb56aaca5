/**
 * Which chunk each page's code goes in, and which chunk each page loads
 * first: read by vite.config.ts (to split the build) and scripts/check-size.ts
 * (to measure each page's first load). Three chunks load at most on a first
 * visit: the core (libraries and what every page shares, in one file so it
 * compresses as one), and the code of the list views or of the review page.
 */
export const ROUTE_CHUNKS: Record<string, readonly string[]> = {
  // facets.json and its schema, read by the filter engine and by /genres: neither chunk pulls in the other.
  'facets-data': ['features/reviews/api/facets-'],
  'facets-schema': ['format/facets-schema'],
  // Filtering beyond the first page: loaded when a list first needs it. (Before "list": the first match wins.)
  engine: [
    'features/reviews/list/engine/',
    'features/reviews/list/data/engine-',
    'features/reviews/api/index-api',
    'format/index-schema',
    'format/search-words',
    'format/slug-buckets',
    'lib/connection',
    'lib/fetch-within',
    'lib/search-text',
    // The list query's steps (engine-list.ts, streamedEngineList): needed by no first load.
    'node_modules/@tanstack/query-core/build/modern/streamedQuery',
    'node_modules/p-limit/',
    'node_modules/yocto-queue/',
  ],
  // The schemas every document shares and their checker (valibot): downloaded beside the first data a page fetches.
  schemas: ['node_modules/valibot/', 'lib/schema-check', 'format/fields', 'format/card-schema', 'format/image-schema'],
  // The archive's own documents (entry, pages, card chunks) and the cards' check, beside the first list file.
  'archive-schemas': ['format/archive-schema', 'features/reviews/api/check-cards'],
  // A review's own schema, beside the review's document.
  'review-schemas': ['format/review-schema', 'format/lead-image-schema', 'format/rich-text-schema', 'format/https-url'],
  // The documents about people, critics and lists, beside the document a page of theirs fetches.
  'directory-schemas': ['format/directory-schema'],
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
    'features/reviews/list/view/list-controls',
    'features/reviews/list/view/active-filters',
    'features/reviews/list/address/filter-chips',
    'features/reviews/list/address/facet-labels',
    'features/reviews/list/view/filter-fields',
    'features/reviews/list/view/facet-fields',
    'features/reviews/list/view/search-field',
    'features/reviews/list/view/use-announce-results',
    'features/reviews/list/view/no-results',
    'features/reviews/list/view/filter-controls.module.css',
  ],
  // The reading list's export and import, on /saved, after the list. (Before "reading-list".)
  'list-transfer': [
    'features/reviews/reading-list/list-transfer',
    'features/reviews/reading-list/reading-list-transfer',
  ],
  // The saved reviews' page, over the reading list's store. (Before "reading-list".)
  saved: ['app/routes/saved-page', 'features/reviews/reading-list/saved-list'],
  // Save and Mark as read on a review page, and at its end. (Before "reading-list".)
  'review-actions': ['features/reviews/reading-list/review-actions'],
  // The reader's reading list and read marks, on every card: after the page has painted.
  'reading-list': ['features/reviews/reading-list/'],
  // Back and Forward to where the reader was: after the first paint.
  scroll: ['app/scroll-restoration', 'app/use-scroll-restoration'],
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
  // A review that is still loading or failed: named by its film, with its card's header when known. (Before "review".)
  'pending-review': [
    'app/routes/pending-review',
    'features/reviews/review/known-card',
    'features/reviews/review/review-preview',
  ],
  // Search inside reviews: the engine (the full-text index, ranking, passages), loaded with the page. (Before "search".)
  'text-engine': ['features/reviews/search/text-', 'features/reviews/api/text-api', 'format/text-index'],
  // The pictures' code (a card's, a review's lead image, a film's cover): their HTML is prerendered; hydrated after the
  // page's own code.
  images: ['features/reviews/components/card-image', 'features/reviews/components/title-cover', 'format/film-palette'],
  // A review's lead picture, its files and blurred placeholder: only on a review's page.
  'lead-picture': ['features/reviews/review/lead-picture', 'format/image-files'],
  // The header's suggestions: loaded when its search box is first focused. (Before "search".)
  suggest: ['features/reviews/search/suggest/'],
  search: ['app/routes/search-', 'features/reviews/search/'],
  // Shared by the review page and the pages about people, critics and lists: JSON-LD, reading a slug. (Before "review".)
  'detail-shared': ['format/read-slug', 'components/json-ld'],
  review: [
    'app/routes/review-',
    'features/reviews/api/review-document',
    'features/reviews/review/',
    'format/to-card',
    'lib/stored-setting',
    'lib/use-hydrated',
    'lib/durations',
  ],
  list: [
    'app/routes/list-',
    'features/reviews/list/',
    'features/reviews/api/list-api',
    'features/reviews/components/review-card.tsx',
    'format/headline',
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
    'format/directory-',
  ],
  facets: ['app/routes/genres-', 'app/routes/ratings-page.tsx', 'app/routes/totals-', 'app/routes/simple-page'],
};

/**
 * The chunk that holds each page's own code, by the router's path pattern
 * (src/app/router.tsx; a test holds the two together): what its first load
 * adds to the core, measured by scripts/check-size.ts and preloaded by the
 * prerendered page (scripts/prerender/pages.ts).
 */
export const PAGE_CHUNKS = {
  '/': 'list',
  '/reviews/:slug': 'review',
  '/genres/:genre': 'list',
  '/ratings/:stars': 'list',
  '/genres': 'facets',
  '/ratings': 'facets',
  '/saved': 'saved',
  '/search': 'search',
  '/people/:slug': 'person',
  '/critics': 'critics',
  '/critics/:slug': 'critic',
  '/lists': 'critic-list',
  '/lists/:slug': 'critic-list',
  // Any other address: the not-found page.
  '*': 'problems',
} as const satisfies Record<string, keyof typeof ROUTE_CHUNKS>;

/**
 * What a list page's address with filters needs before it can draw (the
 * engine, the facets query it imports, the documents' schemas), besides the
 * page's own chunk: a prerendered list names them for the boot script to
 * fetch with the entry on such an address (src/boot-script.ts), instead of
 * one after another as each import is reached.
 */
export const FILTERED_LIST_CHUNKS = [
  'engine',
  'facets-data',
  'schemas',
  'archive-schemas',
] as const satisfies readonly (keyof typeof ROUTE_CHUNKS)[];

/** A path pattern of the router. */
export type RoutePattern = keyof typeof PAGE_CHUNKS;

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
