import type { Page, Route } from '@playwright/test';
import type { Card } from '../../src/format/card-schema';
import { GENRE_SLUGS, genreLabel } from '../../src/format/genres';
import type { BlockDocument } from '../../src/format/index-schema';
import {
  buildFile,
  cardNames,
  countText,
  expect,
  expectList,
  expectSafePage,
  readCards,
  readJson,
  readSample,
  serveArchive,
  test,
  type GeneratedArchive,
} from './fault-helpers';
import { genreCheckbox, openFilters } from './helpers';

/**
 * Files that arrive in another order than they were asked for: the list must
 * still show the right reviews, in the right order, with the right counts.
 * Each response is held until every one of its kind has been asked for, then
 * they are let through last first, each one arriving before the next is let go.
 */

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

/** Holds every request the matcher accepts; `routes` fills as they come. */
async function holdAll(page: Page, matcher: (url: URL) => boolean): Promise<Route[]> {
  const routes: Route[] = [];
  await page.route(matcher, (route) => void routes.push(route));
  return routes;
}

/** Waits until `count` requests are held, then lets them through in reverse order, one arrival at a time. */
async function releaseInReverse(page: Page, routes: Route[], count: number, what: string) {
  await expect.poll(() => routes.length, { message: `${what} asked for at once` }).toBe(count);
  for (const route of [...routes].reverse()) {
    const arrived = page.waitForEvent('requestfinished', (request) => request === route.request());
    await route.fallback();
    await arrived;
  }
}

const cardName = (card: Card) => `${card.film.title} (${card.film.year})`;

test('cards that arrive in reverse order: a sorted list shows the right reviews in the right order', async ({
  page,
  request,
}) => {
  const { build } = await readSample(request);
  const block = await readJson<BlockDocument>(request, `builds/${build}/blocks/title/0.json`);
  const expected = (await readCards(request, build, block.ids!.slice(0, 24))).map(cardName);

  const cards = await holdAll(page, buildFile('cards'));
  await page.goto('/?sort=title');
  await releaseInReverse(page, cards, 24, 'the cards of the first page');
  await expectList(page);
  expect(await cardNames(page)).toEqual(expected);
  await expectSafePage(page);
});

/*
 * An archive of 2,100 generated reviews: three blocks a sort. A rare filter's
 * first page needs all three, the last two fetched together; the whole filter
 * index is the three newest-first blocks, fetched together.
 */
/*
 * An archive of 2,100 generated reviews: three blocks a sort. A rare filter's
 * first page needs all three, the last two fetched together; the whole filter
 * index is the three newest-first blocks, fetched together.
 */
test("blocks that arrive in reverse order: a rare filter's first page, and the whole index behind it", async ({
  page,
  bigArchive,
}, testInfo) => {
  const filter = rareFilter(bigArchive);
  testInfo.annotations.push({ type: 'filter', description: `${filter.search}: ${filter.names.length} reviews` });
  await serveArchive(page, bigArchive);
  const scanned = await holdAll(page, (url) => /\/blocks\/title\/[12]\.json$/.test(url.pathname));
  const index = await holdAll(page, (url) => /\/blocks\/newest\/\d+\.json$/.test(url.pathname));

  await page.goto(`/${filter.search}`);
  await releaseInReverse(page, scanned, 2, 'the second and third title blocks');
  await expectList(page);
  expect(await cardNames(page)).toEqual(filter.names);
  await expect(countText(page)).toHaveText(`${filter.names.length} reviews`);

  await releaseInReverse(page, index, 3, 'the three newest-first blocks of the whole index');
  // With the whole index, the genre counts appear: the filtered genre counts every match.
  const checkbox = genreCheckbox(await openFilters(page, testInfo), genreLabel(filter.genre));
  await expect(checkbox).toHaveAccessibleName(
    new RegExp(`^${genreLabel(filter.genre)}\\s*\\(${filter.names.length}\\)$`),
  );
  expect(await cardNames(page)).toEqual(filter.names);
  await expect(countText(page)).toHaveText(`${filter.names.length} reviews`);
  await expectSafePage(page);
});

/**
 * A genre and a minimum rating that match fewer than half a page in the first
 * title block and some reviews in each of the other two (so the scan asks for
 * both at once), with every match's card name in title order.
 */
function rareFilter({ entry, read }: GeneratedArchive) {
  const blocks = [0, 1, 2].map((n) => read<BlockDocument>(`builds/${entry.build}/blocks/title/${n}.json`));
  for (const genre of GENRE_SLUGS) {
    for (const rating of [0, 3, 3.5, 4, 4.5, 5]) {
      const bit = 1 << GENRE_SLUGS.indexOf(genre);
      const matches = blocks.map((block) =>
        block.ids!.filter((_, row) => block.genres[row]! & bit && block.ratings[row]! >= rating * 2),
      );
      const [first, second, third] = matches.map((ids) => ids.length) as [number, number, number];
      if (first > 0 && first < 12 && second > 0 && third > 0 && first + second + third <= 24) {
        return {
          genre,
          search: `?genre=${genre}${rating ? `&rating=${rating}` : ''}&sort=title`,
          names: matches.flat().map((id) => cardName(read<Card>(`builds/${entry.build}/cards/${id}.json`))),
        };
      }
    }
  }
  throw new Error('No filter in the generated archive needs all three blocks: pick another seed');
}
