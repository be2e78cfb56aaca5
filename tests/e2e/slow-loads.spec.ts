import type { APIRequestContext, Page, Route, TestInfo } from '@playwright/test';
import type { Card } from '../../src/format/card-schema';
import type { BlockDocument } from '../../src/format/index-schema';
import {
  buildFile,
  cardNames,
  countText,
  ENTRY_TARGET,
  entryFile,
  expect,
  expectList,
  expectSafePage,
  fastForwardUntilVisible,
  holdRoute,
  indexArrived,
  listLoading,
  nextFrames,
  readCards,
  readJson,
  readSample,
  REVIEW_TARGET,
  reviewFile,
  reviewHeading,
  SLUG,
  test,
} from './fault-helpers';

/**
 * Slow and silent networks: the loading state keeps the page's shape (and
 * says how far it has got after a second), nothing moves when the content
 * lands, and a server that stops sending is given up on after 15 s of silence.
 */

// Every page is the app shell, which fetches its data: the faults are in that data. No service worker
// answers for the network either: page.route never sees what one serves from its cache.
test.use({ screenshot: 'only-on-failure', shellOnly: true, serviceWorkers: 'block' });

/** The height kept for the list below its loading message: placeholders, not an empty page. */
async function reservedBelow(page: Page): Promise<number> {
  const top = (await listLoading(page).boundingBox())!;
  const main = (await page.locator('main').boundingBox())!;
  return main.y + main.height - top.y;
}

/** Starts summing layout-shift entries (without recent input) from the first paint; read with `readCls`. */
async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const target = window as Window & { __cls?: number; __shifts?: string[] };
    target.__cls = 0;
    target.__shifts = [];
    const describe = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
        : String(node?.nodeName);
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        target.__cls! += entry.value;
        target.__shifts!.push(
          `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ` +
            entry.sources
              .map((source) => `${describe(source.node)} ${rect(source.previousRect)} → ${rect(source.currentRect)}`)
              .join('; '),
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Checks the layout shift so far (each shift, with what moved, goes in the report) against 0.02. */
async function expectLittleLayoutShift(page: Page, testInfo: TestInfo, view: string) {
  await nextFrames(page);
  const { cls, shifts } = await page.evaluate(() => {
    const target = window as Window & { __cls?: number; __shifts?: string[] };
    return { cls: target.__cls ?? 0, shifts: target.__shifts ?? [] };
  });
  testInfo.annotations.push({ type: `CLS (${view})`, description: `${cls.toFixed(4)}\n${shifts.join('\n')}` });
  expect(cls, `cumulative layout shift; shifts:\n${shifts.join('\n')}`).toBeLessThanOrEqual(0.02);
}

/**
 * Holds the loading status's CSS animations (its progress bar appears through one) at a moment of their own
 * time: the test says what the reader sees then, instead of measuring a wait that a busy machine stretches.
 */
async function holdStatusAnimationsAt(page: Page, ms: number) {
  await page.evaluate((time) => {
    for (const animation of document.querySelector('main [role="status"]')?.getAnimations({ subtree: true }) ?? []) {
      animation.pause();
      animation.currentTime = time;
    }
  }, ms);
}

/** Delays the answers to matching requests: the fault under test is a slow network, not a wait in the test. */
async function slowDown(page: Page, matcher: (url: URL) => boolean, ms = 1_500) {
  await page.route(matcher, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test('a request held open keeps a skeleton with reserved space until it answers', async ({ page }) => {
  const gate = await holdRoute(page, entryFile);
  await page.goto('/');
  await gate.held;
  await expect(listLoading(page)).toBeVisible();
  expect(await reservedBelow(page), 'height kept for the list while it loads').toBeGreaterThan(300);
  await expect(page.getByRole('alert')).toHaveCount(0);

  gate.release();
  await expectList(page);
  await expect(listLoading(page)).toHaveCount(0);
});

for (const { list, path, held, words } of [
  { list: 'the latest reviews', path: '/', held: entryFile, words: 'the reviews' },
  { list: 'a sorted list', path: '/?sort=title', held: buildFile('blocks'), words: 'reviews by title' },
]) {
  test(`loading ${list}: "Loading ${words}…" at once, a progress bar only after a second`, async ({ page }) => {
    const gate = await holdRoute(page, held);
    await page.goto(path);
    await gate.held;
    await expect(listLoading(page)).toBeVisible();
    const progress = page.getByRole('progressbar', { name: `Loading ${words}` });
    await holdStatusAnimationsAt(page, 0);
    await expect(listLoading(page)).toContainText(`Loading ${words}…`);
    await expect(progress, 'no progress bar with the message').toBeHidden();
    await holdStatusAnimationsAt(page, 950);
    await expect(progress, 'nor just before a second').toBeHidden();
    await holdStatusAnimationsAt(page, 1_000);
    await expect(progress, 'a progress bar on screen (not hidden, not 0 px wide) after a second').toBeVisible();

    gate.release();
    await expectList(page);
    await expect(progress).toHaveCount(0);
  });
}

/** Holds the card files of the ids given (a Route each, to let through or fail), and lets every other card through. */
async function holdCards(page: Page, held: ReadonlySet<number>): Promise<Route[]> {
  const routes: Route[] = [];
  await page.route(buildFile('cards'), (route) => {
    const id = Number(/\/cards\/(\d+)\.json$/.exec(route.request().url())?.[1]);
    if (held.has(id)) routes.push(route);
    else void route.fallback();
  });
  return routes;
}

test.describe('a slow link brings a page of cards about six at a time', () => {
  const cardName = (card: Card) => `${card.film.title} (${card.film.year})`;

  async function titleOrder(request: APIRequestContext) {
    const { build } = await readSample(request);
    const block = await readJson<BlockDocument>(request, `builds/${build}/blocks/title/0.json`);
    const ids = block.ids!.slice(0, 24);
    return { ids, names: (await readCards(request, build, ids)).map(cardName) };
  }

  test('the first screen shows while the rest arrive in their kept places, then the whole page', async ({
    page,
    request,
  }) => {
    const { ids, names } = await titleOrder(request);
    const routes = await holdCards(page, new Set(ids.slice(6)));
    await page.goto('/?sort=title');
    await expect.poll(async () => cardNames(page)).toEqual(names.slice(0, 6));
    await expect(countText(page)).toHaveText('Showing 24 of 37 reviews');
    await expect(page.locator('main ol > li[aria-hidden="true"]'), 'the places of the cards to come').toHaveCount(18);
    await expect(page.locator('main ol')).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('button', { name: 'Loading more reviews…' })).toBeDisabled();
    await expect(listLoading(page)).toHaveCount(0);

    await expect.poll(() => routes.length, { message: 'the other 18 cards asked for' }).toBe(18);
    for (const route of routes) await route.fallback();
    await expect.poll(async () => cardNames(page)).toEqual(names);
    await expect(page.locator('main ol > li[aria-hidden="true"]')).toHaveCount(0);
    await expect(page.locator('main ol')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('button', { name: 'Show 13 more' })).toBeEnabled();
  });

  test('when the rest fails, the first screen stays, with a Retry that brings the whole page', async ({
    page,
    request,
  }) => {
    const { ids, names } = await titleOrder(request);
    const failing = new Set(ids.slice(6));
    let failed = true;
    await page.route(buildFile('cards'), (route) => {
      const id = Number(/\/cards\/(\d+)\.json$/.exec(route.request().url())?.[1]);
      return failed && failing.has(id) ? route.abort('failed') : route.fallback();
    });
    await page.goto('/?sort=title');
    const notice = page.getByRole('status').filter({ hasText: 'couldn’t refresh' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    expect(await cardNames(page)).toEqual(names.slice(0, 6));
    await expect(page.locator('main ol > li[aria-hidden="true"]'), 'no places kept for cards that failed').toHaveCount(
      0,
    );

    failed = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(async () => cardNames(page)).toEqual(names);
    await expect(notice).toHaveCount(0);
  });
});

test('slow list responses (1.5 s a file): skeleton with reserved space, then no layout shift above 0.02', async ({
  page,
}, testInfo) => {
  await recordLayoutShift(page);
  await slowDown(page, (url) => entryFile(url) || buildFile()(url));
  const index = indexArrived(page, 15_000);
  await page.goto('/');
  await expect(listLoading(page)).toBeVisible();
  expect(await reservedBelow(page), 'height kept for the list while it loads').toBeGreaterThan(300);
  await expectList(page);
  await index;
  await expectLittleLayoutShift(page, testInfo, 'list');
});

test('a slow review response (1.5 s): skeleton with reserved space, then no layout shift above 0.02', async ({
  page,
}, testInfo) => {
  await recordLayoutShift(page);
  await slowDown(page, reviewFile(SLUG));
  await page.goto(`/reviews/${SLUG}`);
  await expect(page.getByRole('status').filter({ hasText: /loading the review/i })).toBeVisible();
  const main = await page.locator('main').boundingBox();
  expect(main!.height, 'space reserved for the review while it loads').toBeGreaterThan(300);
  await expect(reviewHeading(page)).toBeVisible();
  await expectLittleLayoutShift(page, testInfo, 'review');
});

for (const { file, path, matcher, what, shown } of [ENTRY_TARGET, REVIEW_TARGET]) {
  test(`${file} that never answers: given up after 15 s of silence, with a message whose Retry works`, async ({
    page,
  }) => {
    let silent = true;
    // A silent server: the request is left unanswered, neither fulfilled nor failed.
    await page.route(matcher, (route) => (silent ? undefined : route.continue()));
    await page.clock.install();
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: /loading/i })).toBeVisible();
    await page.clock.fastForward(14_000);
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Past 15 s of silence, then the retries' own silences and backoff: the clock runs on until the message shows.
    const alert = page.getByRole('alert');
    await fastForwardUntilVisible(page, alert.getByRole('heading', { name: `We couldn’t load ${what}` }));
    await expect(alert).toContainText(/took too long/);
    await expectSafePage(page);

    silent = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await shown(page);
    await expect(alert).toHaveCount(0);
  });
}
