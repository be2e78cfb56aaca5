import type { APIRequestContext, Page } from '@playwright/test';
import type { Entry, PageDocument } from '../../src/format/archive-schema';
import type { Card } from '../../src/format/card-schema';
import {
  buildFile,
  buildOf,
  countRequests,
  countText,
  entryFile,
  expect,
  expectList,
  expectSafePage,
  indexArrived,
  MAX_ATTEMPTS,
  readerSavesData,
  readSample,
  test,
} from './fault-helpers';

/**
 * A new build published while a reader has the app open. Build folders never
 * change: the entry, index.json, names the current one. The app must read one
 * build at a time (never a list with cards of two), stay on the one it has
 * while that is still served, and move to the new one as a whole when the old
 * one's files are gone.
 *
 * Build A is the sample as published; build B is the same files under another
 * folder, with every card's headline ending "[B]", so each card on screen says
 * which build it came from.
 */

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

const B = 'b0b0b0b0b0b0b0b0';
// At the end of the headline: a card shows its headline without the "‘Title’ review —" it begins with.
const MARK = ' [B]';

interface Builds {
  entry: Entry;
  a: string;
  /** The build index.json names: A until `publish(B)`. */
  publish: (build: string) => void;
  /** A's folder is removed: every file in it is a 404 from now on. */
  removeA: () => void;
}

/** Serves builds A and B side by side, and an index.json that names either. */
async function twoBuilds(page: Page, entry: Entry): Promise<Builds> {
  const a = entry.build;
  let current = a;
  let aRemoved = false;
  const mark = (card: Card): Card => ({ ...card, headline: `${card.headline}${MARK}` });
  await page.route(entryFile, (route) => route.fulfill({ json: { ...entry, build: current } }));
  await page.route(buildFile(undefined, a), (route) =>
    aRemoved ? route.fulfill({ status: 404, json: { error: 'not found' } }) : route.fallback(),
  );
  await page.route(buildFile(undefined, B), async (route) => {
    const url = route.request().url().replace(`/builds/${B}/`, `/builds/${a}/`);
    // A reload (or the test's end) while this file is on its way disposes of it: the page that asked is gone.
    const response = await route.fetch({ url }).catch(() => null);
    const document = (await response?.json().catch(() => null)) as (Card & PageDocument) | null | undefined;
    if (!response || !document) return;
    if (url.includes('/cards/')) return route.fulfill({ response, json: mark(document) });
    if (url.includes('/pages/') || url.includes('/card-chunks/'))
      return route.fulfill({
        response,
        json: { ...document, cards: document.cards.map((card) => mark(card as Card)) },
      });
    await route.fulfill({ response, json: document });
  });
  return { entry, a, publish: (build) => (current = build), removeA: () => (aRemoved = true) };
}

/** Which build each card on screen came from: "B" if its headline is marked, else "A". */
async function buildsShown(page: Page): Promise<string[]> {
  const texts = await page.locator('main ol > li article').allInnerTexts();
  return texts.map((text) => (text.includes(MARK) ? 'B' : 'A'));
}

/**
 * Opens the latest reviews on build A, with B ready to publish, and waits
 * for the whole filter index: a page that has read everything it reads at
 * first. Every file of a build the page asks for is logged in `files`.
 */
async function openOnBuildA(page: Page, request: APIRequestContext) {
  const builds = await twoBuilds(page, (await readSample(request)).entry);
  // With every card in memory, Show more would need no file at all, and so never find that A has gone.
  await readerSavesData(page);
  const files = countRequests(page, buildFile());
  const index = indexArrived(page);
  await page.goto('/');
  await expectList(page);
  await index;
  expect(new Set(await buildsShown(page)), 'cards on screen, by build').toEqual(new Set(['A']));
  return { builds, files };
}

/** The builds that the files requested since `from` (an index into the log) came from. */
function buildsRequested(log: { urls: string[] }, from = 0): Set<string | null> {
  return new Set(log.urls.slice(from).map(buildOf));
}

test('a file of the build in use is gone (404): the list re-reads index.json and moves to the new build as a whole', async ({
  page,
  request,
}) => {
  const entries = countRequests(page, entryFile);
  const { builds, files } = await openOnBuildA(page, request);

  // B is published and A's folder removed; the next file the list needs from A is a 404.
  builds.publish(B);
  builds.removeA();
  const before = files.count;
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  await more.click();
  await expect(page.locator('main ol > li')).toHaveCount(builds.entry.total);
  await expect.poll(() => buildsShown(page)).toEqual(Array.from({ length: builds.entry.total }, () => 'B'));
  await expect(countText(page)).toHaveText(`${builds.entry.total} reviews`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectSafePage(page);

  expect(entries.count, 'index.json read again').toBeGreaterThan(1);
  expect.soft(entries.count, 'index.json read again, not in a loop').toBeLessThanOrEqual(1 + MAX_ATTEMPTS);
  // After the 404s from A, every file the list asked for came from B.
  const since = files.urls.slice(before);
  const firstB = since.findIndex((url) => buildOf(url) === B);
  expect(firstB, 'files from build B requested').toBeGreaterThanOrEqual(0);
  expect(buildsRequested({ urls: since }, firstB)).toEqual(new Set([B]));
});

test('two builds side by side: the page keeps the build it started with; a reload moves it to the new one', async ({
  page,
  request,
}) => {
  const { builds, files } = await openOnBuildA(page, request);

  // B is published while the page is open. A is still served, so the page goes on with A.
  builds.publish(B);
  await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await expect(page.locator('main ol > li')).toHaveCount(builds.entry.total);
  expect(new Set(await buildsShown(page))).toEqual(new Set(['A']));
  await page.getByRole('link', { name: 'Genres', exact: true }).click();
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Action/ })
    .click();
  await expectList(page, 'Action reviews');
  expect(new Set(await buildsShown(page))).toEqual(new Set(['A']));
  expect(buildsRequested(files), 'every file from build A').toEqual(new Set([builds.a]));

  const before = files.count;
  await page.reload();
  await expectList(page, 'Action reviews');
  await expect.poll(async () => new Set(await buildsShown(page))).toEqual(new Set(['B']));
  await page.goto('/?sort=title');
  await expectList(page);
  expect(new Set(await buildsShown(page))).toEqual(new Set(['B']));
  expect(buildsRequested(files, before), 'every file after the reload from build B').toEqual(new Set([B]));
});

test('index.json naming a build that is not there: a message, and no loop of requests', async ({ page, request }) => {
  const { entry } = await readSample(request);
  const missing = 'c0c0c0c0c0c0c0c0';
  await page.route(entryFile, (route) => route.fulfill({ json: { ...entry, build: missing } }));
  const entries = countRequests(page, entryFile);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: /^We couldn’t (find|load|read) the reviews$/ })).toBeVisible();
  await expectSafePage(page);
  expect.soft(entries.count, 'index.json requests').toBeLessThanOrEqual(1 + MAX_ATTEMPTS);
});
