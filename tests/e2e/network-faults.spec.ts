import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import {
  buildFile,
  countRequests,
  entryFile,
  MAX_ATTEMPTS,
  expect,
  expectList,
  expectSafePage,
  fastForwardUntilVisible,
  ENTRY_TARGET,
  type FaultTarget,
  listLoading,
  readSample,
  requestsPerLoad,
  REVIEW_TARGET,
  reviewHeading,
  reviewFile,
  REVIEW_NAME,
  SLUG,
  test as base,
} from './fault-helpers';

/**
 * Failures of the network and the server, each injected at the network: 5xx,
 * 4xx, requests that fail, time out or are cut off halfway, and bodies that
 * stop short. Each must end in a calm message whose Retry works without a
 * reload (or, for what Retry cannot fix, a way out), and no more requests than
 * the retry policy allows.
 */

type UrlMatcher = (url: URL) => boolean;

/**
 * `cutOff(matcher)`: those files send their headers and half their body, then
 * the connection drops, until `heal()`. The page's request is passed to a
 * local server that does this (page.route cannot break a response halfway).
 */
const test = base.extend<{ cutOff: (matcher: UrlMatcher) => Promise<{ heal: () => void }> }>({
  cutOff: async ({ page }, provide) => {
    const bodies = new Map<string, Buffer>();
    const server = createServer((request, response) => {
      const body = bodies.get(request.url ?? '') ?? Buffer.from('{}');
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
      response.write(body.subarray(0, body.length >> 1), () => response.socket?.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await provide(async (matcher) => {
      let failing = true;
      await page.route(matcher, async (route) => {
        if (!failing) return route.continue();
        // One address per file, so that attempts at one file are counted as one file's.
        const key = `/${encodeURIComponent(new URL(route.request().url()).pathname)}`;
        bodies.set(key, await (await page.request.get(route.request().url())).body());
        await route.continue({ url: `http://127.0.0.1:${port}${key}` });
      });
      return { heal: () => (failing = false) };
    });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  },
});

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

// The cut-off files come from a second local server, on its own port. Recent Chromium (156 here) refuses a page's
// request sent on to a loopback address it did not ask for (Local Network Access), unless the reader allows it:
// a permission a test has no prompt for.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

/** Marks the document, so that a reload (which would clear the mark) can be told from a Retry. */
const markDocument = (page: Page) =>
  page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument === true);

test('500 on index.json is retried, then a calm message whose Retry shows the list without a reload', async ({
  page,
}) => {
  test.slow(); // The retries back off for a few seconds by design.
  let failing = true;
  const requests = countRequests(page, entryFile);
  await page.route(entryFile, (route) =>
    failing
      ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' })
      : route.continue(),
  );
  const started = Date.now();
  await page.goto('/');
  await markDocument(page);
  await expect(listLoading(page)).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/couldn’t load the reviews/i, { timeout: 15_000 });
  test.info().annotations.push({ type: 'seconds before the message', description: `${(Date.now() - started) / 1000}` });
  await expect(alert).toContainText(/server/i);
  await expectSafePage(page);
  test.info().annotations.push({ type: 'index.json attempts', description: String(requests.count) });
  expect(requests.count, 'attempts at index.json: retried').toBeGreaterThan(1);
  expect
    .soft(requests.count, 'attempts at index.json: no more than the retry policy allows')
    .toBeLessThanOrEqual(MAX_ATTEMPTS);

  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectList(page);
  expect(await sameDocument(page), 'Retry did not reload the page').toBe(true);
});

test('a Wi-Fi sign-in page that redirects to its own address: the CSP refuses it, the message says to sign in, and Retry works once signed in', async ({
  page,
  consoleErrors,
}) => {
  test.slow(); // A refused connection is retried, with backoff, before the message.
  let signedIn = false;
  await page.route(entryFile, (route) =>
    signedIn
      ? route.continue()
      : route.fulfill({ status: 302, headers: { Location: 'http://wifi.portal.test/login' } }),
  );
  await page.goto('/');
  await markDocument(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The connection failed.', { timeout: 15_000 });
  await expect(alert).toContainText(
    'If you are on Wi-Fi that asks you to sign in (a hotel, a train), sign in, then retry.',
  );
  signedIn = true;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectList(page);
  expect(await sameDocument(page), 'Retry did not reload the page').toBe(true);
  // Chromium said why in the console: the page's policy refused the sign-in page's address, as it should.
  expect(consoleErrors.length).toBeGreaterThan(0);
  for (const error of consoleErrors.splice(0))
    expect(error).toMatch(/wifi\.portal\.test.*Content Security Policy directive: "connect-src/);
});

test('404 on a review is not retried and shows the not-found page with a way home', async ({ page }) => {
  await page.route(reviewFile(SLUG), (route) => route.fulfill({ status: 404, json: { error: 'not found' } }));
  const counts = await requestsPerLoad(page, SLUG, async () => {
    await expect(page.getByRole('heading', { level: 1, name: /couldn’t find that review/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the latest reviews' })).toBeVisible();
    await expectSafePage(page);
  });
  expect.soft(counts, 'requests for the missing review, page load by page load').toEqual(counts.map(() => 1));
});

test('400 on a review is not retried and shows an error with a way out', async ({ page }) => {
  let failing = true;
  await page.route(reviewFile(SLUG), (route) =>
    failing ? route.fulfill({ status: 400, json: { error: 'bad request' } }) : route.continue(),
  );
  const counts = await requestsPerLoad(page, SLUG, async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(/couldn’t load the review/i);
    await expect(page.getByRole('link', { name: 'Back to the latest reviews' })).toBeVisible();
    await expectSafePage(page);
  });
  expect.soft(counts, 'requests for the review answered 400, page load by page load').toEqual(counts.map(() => 1));

  failing = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(reviewHeading(page)).toBeVisible();
});

for (const [error, explanation] of [
  ['failed', /connection failed/i],
  ['timedout', /connection failed|took too long/i],
] as const) {
  test(`a review request that ${error === 'failed' ? 'fails' : 'times out'} (abort "${error}"): message, then Retry shows the review`, async ({
    page,
  }) => {
    let failing = true;
    await page.route(reviewFile(SLUG), (route) => (failing ? route.abort(error) : route.continue()));
    await page.clock.install();
    await page.goto(`/reviews/${SLUG}`);
    const alert = page.getByRole('alert');
    await fastForwardUntilVisible(page, alert.getByText(`We couldn’t load ${REVIEW_NAME}`));
    await expect(alert).toContainText(explanation);
    await expectSafePage(page);

    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(reviewHeading(page)).toBeVisible();
  });
}

/*
 * Blocks and cards are fetched by queries inside queries: each file must
 * still be tried no more often than the retry policy says, or the message
 * comes several times later than for index.json. The page's clock is faked
 * and run on through the retries' backoff, so they take no real time.
 */
test('aborted block requests on a sorted list: message, then Retry shows the list', async ({ page }) => {
  let failing = true;
  const attempts = countRequests(page, buildFile('blocks'));
  await page.route(buildFile('blocks'), (route) => (failing ? route.abort() : route.continue()));
  await page.clock.install();
  await page.goto('/?sort=title');
  const alert = page.getByRole('alert');
  await fastForwardUntilVisible(page, alert.getByText('We couldn’t load reviews by title'), 20_000);
  await expect(alert).toContainText(/connection failed/i);
  await expectSafePage(page);
  expect.soft(attempts.mostForOneUrl, 'attempts at one block').toBeLessThanOrEqual(MAX_ATTEMPTS);

  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectList(page);
  await expect(alert).toHaveCount(0);
});

test('the filter index failing behind the first page: the page stays, a notice and Retry load the rest', async ({
  page,
  request,
}) => {
  const { entry } = await readSample(request);
  let failing = true;
  const attempts = countRequests(page, buildFile('blocks'));
  await page.route(buildFile('blocks'), (route) => (failing ? route.abort() : route.continue()));
  await page.clock.install();
  await page.goto('/');
  await expectList(page);
  const notice = page.getByRole('status').filter({ hasText: 'couldn’t refresh the reviews' });
  await fastForwardUntilVisible(page, notice, 20_000);
  await expectList(page);
  await expectSafePage(page);
  expect.soft(attempts.mostForOneUrl, 'attempts at one block').toBeLessThanOrEqual(MAX_ATTEMPTS);

  failing = false;
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await expect(page.locator('main ol > li')).toHaveCount(Math.min(48, entry.total));
});

test.describe('a file cut off halfway (headers, half the body, then the connection drops)', () => {
  const aCard: FaultTarget = {
    ...ENTRY_TARGET,
    file: 'a card',
    path: '/?sort=title',
    matcher: buildFile('cards'),
    what: 'reviews by title',
  };
  for (const { file, path, matcher, what, shown } of [ENTRY_TARGET, aCard, REVIEW_TARGET]) {
    test(`${file}: a message, and Retry works`, async ({ page, cutOff }) => {
      const cut = await cutOff(matcher);
      const attempts = countRequests(page, matcher);
      await page.clock.install();
      await page.goto(path);
      await markDocument(page);
      const alert = page.getByRole('alert');
      await fastForwardUntilVisible(page, alert.getByRole('heading', { name: `We couldn’t load ${what}` }), 20_000);
      await expect(alert).toContainText(/connection failed/i);
      await expectSafePage(page);
      expect.soft(attempts.mostForOneUrl, `attempts at one file`).toBeLessThanOrEqual(MAX_ATTEMPTS);

      cut.heal();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await shown(page);
      expect(await sameDocument(page), 'Retry did not reload the page').toBe(true);
    });
  }
});

test.describe('a body that stops short (a complete response of half a file)', () => {
  for (const { file, path, matcher, what, shown } of [ENTRY_TARGET, REVIEW_TARGET]) {
    test(`${file}: "We couldn’t read …", and Retry works`, async ({ page }) => {
      let truncating = true;
      await page.route(matcher, async (route) => {
        if (!truncating) return route.continue();
        const response = await route.fetch();
        const body = await response.text();
        await route.fulfill({ response, body: body.slice(0, body.length >> 1) });
      });
      await page.goto(path);
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: `We couldn’t read ${what}` })).toBeVisible();
      await expect(alert).toContainText(/not review data/i);
      await expectSafePage(page);

      truncating = false;
      const retry = alert.getByRole('button', { name: 'Retry' });
      // The message is complete when it shows: a missing Retry fails now, not after a timeout.
      expect(await retry.count(), 'a Retry button beside the message').toBe(1);
      await retry.click();
      await shown(page);
    });
  }
});
