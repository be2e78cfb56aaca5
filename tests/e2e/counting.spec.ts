import type { BlockDocument } from '../../src/format/index-schema';
import { GENRE_SLUGS, genreLabel } from '../../src/format/genres';
import { countText, expect, expectList, expectSafePage, holdRoute, serveArchive, test } from './fault-helpers';
import { genreCheckbox, openFilters } from './helpers';

/**
 * Counting a list larger than one block of the filter index (2,100 generated
 * reviews, three blocks): the first page says "at least" as many as it has
 * seen and that it is counting the rest; once the whole index has loaded
 * behind it, the count is exact and the genre filters show their counts.
 */

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

const reviews = (count: number) => `${count.toLocaleString('en-GB')} reviews`;

test('a list over three blocks: "at least" and "counting the rest…" while the index loads, exact afterwards', async ({
  page,
  bigArchive,
}, testInfo) => {
  const { entry, read } = bigArchive;
  // A genre whose first page is in the first block, with more of its reviews in the later ones.
  const first = read<BlockDocument>(`builds/${entry.build}/blocks/newest/0.json`);
  const genre = GENRE_SLUGS.find((slug) => {
    const bit = 1 << GENRE_SLUGS.indexOf(slug);
    const seen = first.genres.filter((mask) => mask & bit).length;
    return seen >= 24 && (entry.genres[slug] ?? 0) > seen;
  })!;
  expect(genre, 'a genre with a page in the first block and more after it').toBeDefined();
  const bit = 1 << GENRE_SLUGS.indexOf(genre);
  const seen = first.genres.filter((mask) => mask & bit).length;

  await serveArchive(page, bigArchive);
  // The rest of the index is held back: the first block is also the one the first page is found in.
  const rest = await holdRoute(page, (url) => /\/blocks\/newest\/[12]\.json$/.test(url.pathname));
  await page.goto(`/?genre=${genre}`);
  await expectList(page);
  await rest.held;
  await expect(countText(page)).toHaveText(`Showing 24 of at least ${reviews(seen)} · counting the rest…`);
  const filters = await openFilters(page, testInfo);
  const checkbox = genreCheckbox(filters, genreLabel(genre));
  await expect(checkbox).toHaveAccessibleName(genreLabel(genre));

  rest.release();
  await expect(countText(page)).toHaveText(`Showing 24 of ${reviews(entry.genres[genre]!)}`);
  await expect(checkbox).toHaveAccessibleName(new RegExp(`^${genreLabel(genre)}\\s*\\(${entry.genres[genre]}\\)$`));
  await expectSafePage(page);
});

test('the latest reviews over three blocks: the total from the first page file at once, then the same when counted', async ({
  page,
  bigArchive,
}) => {
  const { entry } = bigArchive;
  await serveArchive(page, bigArchive);
  const index = await holdRoute(page, (url) => /\/blocks\/newest\/\d+\.json$/.test(url.pathname));
  await page.goto('/');
  await expectList(page);
  await index.held;
  await expect(countText(page)).toHaveText(
    new RegExp(`^Showing 24 of ${reviews(entry.total)}( · counting the rest…)?$`),
  );
  index.release();
  await expect(countText(page)).toHaveText(`Showing 24 of ${reviews(entry.total)}`);
});
