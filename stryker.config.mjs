/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): Stryker
 * changes the code of the modules below one small edit at a time and runs
 * their unit tests; a change that no test notices is a behaviour nobody checks.
 * What the scores mean and how to read the report: docs/testing.md.
 *
 * One file at a time while working on its tests:
 *   npx stryker run --mutate src/features/reviews/search/text-passage.ts
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // Each module against its own unit tests (vitest.mutation.config.ts): a mutant that only a whole page
  // notices is a behaviour the module's tests leave unchecked. Of those, the tests that import the mutated file.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    // The list engine: the filter index and how it is read, the URL's filters, the name search, the list's
    // address and what its controls announce.
    'src/features/reviews/list/engine/index-engine.ts',
    'src/features/reviews/list/engine/filter-index.ts',
    'src/features/reviews/list/engine/criteria.ts',
    'src/features/reviews/list/engine/facet-columns.ts',
    'src/features/reviews/list/address/filters.ts',
    'src/features/reviews/list/engine/name-search.ts',
    'src/features/reviews/list/address/list-location.ts',
    'src/features/reviews/list/address/list-summary.ts',
    'src/features/reviews/list/view/list-counts.ts',
    // Search inside reviews: the engine, the passages shown, the query's words and phrases, ranking, the address.
    'src/features/reviews/search/text-engine.ts',
    'src/features/reviews/search/text-passage.ts',
    'src/features/reviews/search/text-query.ts',
    'src/features/reviews/search/text-rank.ts',
    'src/features/reviews/search/search-location.ts',
    // Dates and running times as readers see them.
    'src/lib/dates.ts',
    'src/lib/durations.ts',
    // The reader's saved reviews and read marks.
    'src/features/reviews/reading-list/reading-list-store.ts',
    // Every fetch: status, content type, size limit, silence timeout, validation.
    'src/lib/api-client.ts',
    'src/lib/schema-check.ts',
    // The content checker: a review file's front matter and Markdown body, and the folder of them.
    'scripts/content/review-file.ts',
    'scripts/content/markdown-body.ts',
    'scripts/content/read-content.ts',
  ],
  thresholds: { high: 85, low: 70, break: 85 },
  // Two cores: one test runner on each (the main process mostly waits). `--concurrency 1` on a busy machine.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportScoreTable: true, allowEmojis: false },
  tempDirName: '.stryker-tmp',
  // Builds and scratch folders are not needed to run unit tests: never copy them into the sandboxes.
  ignorePatterns: [
    '/dist*',
    '/test-results',
    '/playwright-report',
    '/coverage',
    '/.bench',
    '/.scratch',
    '/.lighthouse',
  ],
};
