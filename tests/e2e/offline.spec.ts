import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readerSavesData } from './fault-helpers';
import { cards, liveRegion, waitForList } from './helpers';

/**
 * Reading offline, with the built app's service worker (src/service-worker/sw.ts):
 * what was read while the worker answered, and every review saved with Save,
 * read in full with no connection; a review never fetched says it will load
 * when the connection returns. The worker is the real one: nothing here blocks
 * it or routes requests around it.
 */

/** The notice every page shows while the browser is offline. */
// The service worker is what these tests are about (playwright.config.ts blocks it everywhere else).
test.use({ serviceWorkers: 'allow' });

const OFFLINE_NOTICE = 'You’re offline. Pages you have read and reviews you saved are still here.';

/** Resolves once the service worker is installed and active: from then on it answers for the site. */
async function workerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Waits until the service worker controls this page, so what the page fetches goes through it (and into its caches). */
async function workerControls(page: Page) {
  await workerReady(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A review shown in full: its headline, its verdict, and no word of waiting for the connection. */
async function expectWholeReview(page: Page, headline: RegExp) {
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(main.getByText('Verdict:')).toBeVisible();
  await expect(main.getByText(/will load when your connection returns/)).toHaveCount(0);
}

function offlineNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: OFFLINE_NOTICE });
}

test('on a first visit, the service worker takes control of the page once it is ready', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  // A first visit is when a reader opens a review they may want offline later: the worker must already be answering.
  await workerControls(page);
});

test('on Save-Data the worker registers once the list is in, so its downloads never share the link with it', async ({
  page,
}) => {
  await readerSavesData(page);
  let release!: () => void;
  const cardsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/v2\/builds\/[^/]+\/cards\//, async (route) => {
    await cardsHeld;
    await route.fallback();
  });
  await page.goto('/?sort=title');
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_000);
  const registered = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  expect(await registered(), 'registered while the list’s cards were on their way').toBe(false);

  release();
  await waitForList(page);
  await expect.poll(registered, { message: 'registered once the list is in' }).toBe(true);
});

test('a review read while the service worker answered reads in full offline, after a reload', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForList(page);
  await workerReady(page);
  // A returning reader: the page is loaded through the worker.
  await page.reload();
  await waitForList(page);
  await workerControls(page);

  await cards(page).getByRole('link', { name: 'Ballerina (2023)' }).click();
  await expect(page).toHaveURL('/reviews/ballerina-2023');
  await expectWholeReview(page, /Ballerina/);

  await context.setOffline(true);
  await page.reload();
  await expectWholeReview(page, /Ballerina/);
  await expect(offlineNotice(page)).toBeVisible();
  await expect(page).toHaveTitle(/Ballerina/);

  // The list it was opened from is there too.
  await page.goBack();
  await waitForList(page);
  await expect(cards(page).getByRole('link', { name: 'Ballerina (2023)' })).toBeVisible();
});

test('a review never opened says, offline, that it will load when the connection returns, and then does', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForList(page);
  await workerReady(page);

  await context.setOffline(true);
  // Cats is not on the first page of the list, nor related to anything opened: nothing has fetched it.
  await page.goto('/reviews/cats-2019');
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toHaveText(
    'You’re offline: the review of ‘Cats’ (2019) will load when your connection returns.',
  );
  await expect(offlineNotice(page)).toBeVisible();
  await expect(main.getByRole('heading', { level: 1 })).toHaveCount(0);

  await context.setOffline(false);
  await expectWholeReview(page, /Cats/);
  await expect(offlineNotice(page)).toHaveCount(0);
});

test('a review saved with Save reads in full offline, though it was never opened', async ({ page, context }) => {
  await page.goto('/');
  await waitForList(page);
  // The worker that will answer offline must be installed; the page need not be under its control.
  await workerReady(page);
  const save = cards(page).getByRole('button', { name: 'Save Ballerina (2023)', exact: true });
  // The prerendered button does nothing until the app has hydrated it.
  await expect
    .poll(() => save.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber'))))
    .toBe(true);
  await save.click();
  // The app says so only once the copy is kept.
  await expect(liveRegion(page)).toHaveText('Saved Ballerina (2023) to your reading list, readable offline.');

  await context.setOffline(true);
  await page.goto('/reviews/ballerina-2023');
  await expectWholeReview(page, /Ballerina/);
  await expect(offlineNotice(page)).toBeVisible();

  // The reading list shows offline, and opens the saved review from its card.
  await page.goto('/saved');
  await expect(page.getByRole('heading', { level: 1, name: 'Your reading list' })).toBeVisible();
  const link = cards(page).getByRole('link', { name: 'Ballerina (2023)' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL('/reviews/ballerina-2023');
  await expectWholeReview(page, /Ballerina/);
});
