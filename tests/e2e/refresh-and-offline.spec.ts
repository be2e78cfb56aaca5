import {
  countRequests,
  entryFile,
  expect,
  expectList,
  expectSafePage,
  fastForwardUntilVisible,
  filmLink,
  indexArrived,
  MAX_ATTEMPTS,
  readReview,
  readSample,
  reviewFile,
  reviewHeading,
  REVIEW_NAME,
  SLUG,
  test,
} from './fault-helpers';

/**
 * What was already read stays readable: offline, and when a refresh in the
 * background fails. A view not yet loaded says it is waiting for the
 * connection, and loads by itself when it returns.
 */

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

test('offline: what was read stays readable; a review not yet loaded says offline, then loads when back', async ({
  page,
  context,
  request,
}) => {
  const { page: first } = await readSample(request);
  const opened = first.cards[0]!;
  const related = new Set((await readReview(request, opened.slug)).related.map((card) => card.slug));
  // A review on the first page that nothing has fetched: not the one opened, nor one of its related reviews.
  const target = first.cards.findLast((card) => card.slug !== opened.slug && !related.has(card.slug))!;

  const index = indexArrived(page);
  await page.goto('/');
  await expectList(page);
  await index;
  await page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));
  await filmLink(page, opened.film.title).click();
  const openedHeading = page.getByRole('heading', { level: 1, name: opened.headline });
  await expect(openedHeading).toBeVisible();
  await page.goBack();
  await expectList(page);

  await context.setOffline(true);
  await page.goForward();
  await expect(openedHeading).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectSafePage(page);
  await page.goBack();
  await expectList(page);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await filmLink(page, target.film.title).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${target.slug}$`));
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /offline/i }),
  ).toBeVisible();
  await expectSafePage(page);

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /offline/i }),
  ).toHaveCount(0);
  expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test('offline, a page whose code never downloaded says so, with a way to try again: never a blank page', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.goto('/');
  await expectList(page);
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  // /genres: its code, and the error page's, have not been fetched yet.
  await page.getByRole('navigation').getByRole('link', { name: 'Genres', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This page can’t be shown right now' })).toBeVisible();
  await expect(page.getByText('Part of it didn’t download.')).toBeVisible();
  await expectSafePage(page);

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /genre/i })).toBeVisible();
  // React Router said why in the console: the page's code could not be fetched, as expected offline.
  for (const error of consoleErrors.splice(0)) expect(error).toMatch(/Failed to fetch dynamically imported module/);
});

/*
 * Background refreshes happen only once data is stale (staleTime 5 min) and
 * a view mounts again. The clock is fast-forwarded past that, as if the
 * reader came back later; the refresh itself is the app's own, from the UI.
 */
test('a failed background refresh of the archive keeps the list on screen with an inline notice', async ({
  page,
  request,
}) => {
  const { page: first } = await readSample(request);
  let failing = false;
  await page.route(entryFile, (route) =>
    failing ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue(),
  );
  await page.clock.install();
  const index = indexArrived(page);
  await page.goto('/');
  await expectList(page);
  await index;
  await filmLink(page, first.cards[0]!.film.title).click();
  await expect(page.getByRole('heading', { level: 1, name: first.cards[0]!.headline })).toBeVisible();

  failing = true;
  const attempts = countRequests(page, entryFile);
  await page.clock.fastForward('06:00');
  await page.goBack();
  await expectList(page);
  // The refresh and its retries, their backoff fast-forwarded, all fail: then the notice is due.
  await expect
    .poll(async () => (await page.clock.fastForward(4_000), attempts.count), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(MAX_ATTEMPTS);
  const notice = page.getByRole('status').filter({ hasText: 'couldn’t refresh the reviews' });
  await fastForwardUntilVisible(page, notice, 5_000);
  await expectList(page);
  await expectSafePage(page);

  failing = false;
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(notice).toHaveCount(0);
  await expectList(page);
});

test('a failed background refresh of a review keeps it on screen with an inline notice', async ({ page }) => {
  let failing = false;
  await page.route(reviewFile(SLUG), (route) =>
    failing ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue(),
  );
  await page.clock.install();
  await page.goto(`/reviews/${SLUG}`);
  const heading = reviewHeading(page);
  await expect(heading).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: 'Reel Notes' }).click();
  await expectList(page);

  failing = true;
  await page.clock.fastForward('06:00');
  await page.goBack();
  await expect(heading).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `couldn’t refresh ${REVIEW_NAME}` });
  await fastForwardUntilVisible(page, notice);
  await expect(heading).toBeVisible();
  await expectSafePage(page);

  failing = false;
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(notice).toHaveCount(0);
  await expect(heading).toBeVisible();
});
