import type { APIRequestContext, Page } from '@playwright/test';
import type { Review, ReviewSummary } from '../../src/features/reviews/review-schema';
import {
  anyShard,
  api,
  countRequests,
  expect,
  expectSafePage,
  holdRoute,
  HOSTILE,
  hostileList,
  hostileText,
  longWord,
  readCls,
  recordLayoutShift,
  reviewFile,
  rewriteJson,
  test,
} from './fault-helpers';

/**
 * What the reader sees when the data or the network fails, each failure
 * injected at the network. A pass means no uncaught error, no script run, no
 * dialog, no blank page, a message and a working way forward.
 */

test.use({ screenshot: 'only-on-failure' });

interface IndexDocument {
  total: number;
  shards: string[];
  latest: unknown[];
}
interface ShardDocument {
  entries: unknown[];
}

/** The sample catalogue as served, read once per test through the API. */
async function sample(request: APIRequestContext) {
  const index = (await (await request.get('/api/v1/catalog/index.json')).json()) as IndexDocument;
  const shards = await Promise.all(
    index.shards.map(async (path) => (await (await request.get(`/api/v1/${path}`)).json()) as ShardDocument),
  );
  const entries = shards.flatMap((shard) => shard.entries) as ReviewSummary[];
  return { index, entries, latest: index.latest as ReviewSummary[] };
}

async function readReview(request: APIRequestContext, slug: string): Promise<Review> {
  return (await (await request.get(`/api/v1/reviews/${slug}.json`)).json()) as Review;
}

/** A review every test can open: the sample's newest. */
const SLUG = 'parasite-2019';

const countText = (page: Page) => page.locator('main p', { hasText: /^(Showing \d+ of )?\d+ reviews?/ });

/** Resolves when a catalogue shard has arrived: the whole catalogue, not only the first page. */
const shardArrived = (page: Page) =>
  page.waitForResponse((response) => anyShard(new URL(response.url())), { timeout: 15_000 });

/**
 * A slow phone: the CPU throttled, the network not. A failed answer then
 * lands before the review view has mounted, the order in which a second,
 * unwanted request can happen.
 */
async function slowCpu(page: Page, rate = 6): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Opens a review afresh several times on a slow phone and counts its requests
 * each time. Whether a failed answer lands before or after the view mounts is
 * a race; repeating the load makes the unlucky order, and so a second request,
 * show up reliably. The last load also waits past the first retry's delay.
 */
async function requestsPerLoad(page: Page, slug: string, ready: () => Promise<void>, loads = 5): Promise<number[]> {
  await slowCpu(page);
  const requests = countRequests(page, reviewFile(slug));
  const counts: number[] = [];
  for (let load = 0; load < loads; load++) {
    const before = requests.count;
    await page.goto(`/reviews/${slug}`);
    await ready();
    await page.waitForLoadState('networkidle');
    // A retry would come 1 s after the failure: wait past it, once, to prove there is none.
    if (load === loads - 1) await page.waitForTimeout(1_500);
    counts.push(requests.count - before);
  }
  test.info().annotations.push({ type: `requests for ${slug} per page load`, description: counts.join(', ') });
  return counts;
}

/** The list's loading message (a live status), while its placeholders hold the space. */
const listLoading = (page: Page) => page.getByRole('status').filter({ hasText: /loading reviews/i });

/** The height kept for the list below its loading message: placeholders, not an empty page. */
async function reservedBelow(page: Page, status: ReturnType<typeof listLoading>): Promise<number> {
  const top = (await status.boundingBox())!;
  const main = (await page.locator('main').boundingBox())!;
  return main.y + main.height - top.y;
}

/** The list has cards: at least one review link in the results. */
async function expectList(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Latest reviews' })).toBeVisible();
  await expect(page.locator('main ol li article').first()).toBeVisible();
}

test.describe('bad data', () => {
  test('broken catalogue entries are dropped, counted once and reported in one console warning', async ({
    page,
    request,
  }) => {
    const { index, entries } = await sample(request);
    const first = entries[0]!;
    const valid = (slug: string, headline: string): Record<string, unknown> => ({
      ...structuredClone(first),
      slug,
      headline,
    });
    const broken: { id: string; entry: unknown }[] = [
      { id: 'missing-fields-2001', entry: { slug: 'missing-fields-2001', headline: 'Broken: missing fields' } },
      {
        id: 'wrong-types-2002',
        entry: {
          ...valid('wrong-types-2002', 'Broken: wrong types'),
          published: 20020101,
          film: { ...first.film, year: '2002', genres: 'drama', cast: 'nobody' },
        },
      },
      { id: 'rating-seven-2003', entry: { ...valid('rating-seven-2003', 'Broken: rating 7'), rating: 7 } },
      { id: 'rating-word-2004', entry: { ...valid('rating-word-2004', 'Broken: rating seven'), rating: 'seven' } },
      {
        id: 'unknown-genre-2005',
        entry: { ...valid('unknown-genre-2005', 'Broken: unknown genre'), film: { ...first.film, genres: ['nope'] } },
      },
      { id: 'entry 6', entry: null },
      // Placed after the original, so the original is kept and the copy dropped.
      { id: first.slug, entry: valid(first.slug, 'Broken: duplicate slug') },
    ];
    const [duplicate, ...others] = [broken.at(-1)!, ...broken.slice(0, -1)];
    await rewriteJson<IndexDocument>(page, api('catalog/index.json'), (document) => ({
      ...document,
      latest: [...others.map((item) => item.entry), ...document.latest, duplicate.entry],
    }));
    await rewriteJson<ShardDocument>(page, anyShard, (document) => ({
      ...document,
      entries: [...others.map((item) => item.entry), ...document.entries, duplicate.entry],
    }));
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });

    await page.goto('/');
    await expectList(page);
    await expect(page.getByText(`${broken.length} reviews could not be shown`)).toBeVisible();
    await expect(countText(page)).toContainText(`of ${index.total} reviews`);
    await expect(page.getByText(/^Broken:/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: new RegExp(`^${literal(first.film.title)} \\(`) })).toHaveCount(1);
    await expectSafePage(page);

    const reports = warnings.filter((text) => /dropped/.test(text));
    expect(reports, `console warnings: ${JSON.stringify(warnings)}`).toHaveLength(1);
    const report = reports[0]!;
    for (const { id } of broken) expect(report).toContain(id);
    expect(report).toContain('the same slug appears earlier');
    expect(report).toMatch(/rating-seven-2003: [^•]*5/);
    expect(report).toMatch(/unknown-genre-2005: [^•]*genre/);
    // Every dropped entry on its own line, with a reason after its name.
    expect(report.split('\n').filter((line) => line.includes('•'))).toHaveLength(broken.length);
  });

  test('a review that fails validation gets an error page naming it, with a way back and no retry loop', async ({
    page,
    request,
  }) => {
    const invalid = { ...(await readReview(request, SLUG)), rating: 7, verdict: undefined };
    await page.route(reviewFile(SLUG), (route) => route.fulfill({ json: invalid }));
    const counts = await requestsPerLoad(page, SLUG, async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeVisible();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(SLUG);
      await expect(alert).toContainText(/couldn’t read/i);
      await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
      await expectSafePage(page);
    });
    expect.soft(counts, 'requests for the invalid review, page load by page load').toEqual(counts.map(() => 1));

    await page.getByRole('link', { name: 'Back to the latest reviews' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectList(page);
  });

  test('malformed JSON for index.json says the reviews could not be read, and Retry works', async ({ page }) => {
    let broken = true;
    await page.route(api('catalog/index.json'), async (route) => {
      if (!broken) return route.continue();
      await route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"total":37,' });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/couldn’t read the reviews/i);
    await expect(alert).toContainText(/not (valid )?review data/i);
    await expectSafePage(page);

    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectList(page);
  });

  test('malformed JSON for a review says it could not be read', async ({ page }) => {
    await page.route(reviewFile(SLUG), (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"slug":"parasite-2019",]' }),
    );
    await page.goto(`/reviews/${SLUG}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`couldn’t read the review “${SLUG}”`);
    await expect(alert).toContainText(/not (valid )?review data/i);
    await expect(page.getByRole('link', { name: 'Back to the latest reviews' })).toBeVisible();
    await expectSafePage(page);
  });

  test('index.json answered with index.html (200, text/html) is detected and explained', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    await page.route(api('catalog/index.json'), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/couldn’t read the reviews/i);
    await expect(alert).toContainText(/web page where review data should be/i);
    await expectSafePage(page);
  });

  test('a review answered with index.html (200, text/html) is detected and explained', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    await page.route(reviewFile(SLUG), (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(`/reviews/${SLUG}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`couldn’t read the review “${SLUG}”`);
    await expect(alert).toContainText(/web page where review data should be/i);
    await expectSafePage(page);
  });

  test('hostile strings in every string field of catalogue entries render as inert text', async ({ page, request }) => {
    const { index, latest } = await sample(request);
    const hostileSlugs = new Set(latest.slice(0, 3).map((entry) => entry.slug));
    const poison = (entry: ReviewSummary): ReviewSummary =>
      hostileSlugs.has(entry.slug)
        ? {
            ...entry,
            headline: hostileText(10_000),
            standfirst: hostileText(10_000),
            film: {
              ...entry.film,
              title: hostileText(500),
              directors: hostileList(200),
              cast: hostileList(200),
              countries: hostileList(100),
            },
          }
        : entry;
    await rewriteJson<IndexDocument>(page, api('catalog/index.json'), (document) => ({
      ...document,
      latest: (document.latest as ReviewSummary[]).map(poison),
    }));
    await rewriteJson<ShardDocument>(page, anyShard, (document) => ({
      ...document,
      entries: (document.entries as ReviewSummary[]).map(poison),
    }));

    const catalogue = shardArrived(page);
    await page.goto('/');
    await expectList(page);
    await catalogue;
    // The whole catalogue has arrived: the hostile entries were valid data, so none was dropped.
    await expect(countText(page)).toHaveText(`Showing 24 of ${index.total} reviews`);
    await expect(page.getByText(/could not be shown/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: /<img src=x onerror/ }).first()).toBeVisible();
    await expect(page.getByText(/<script>window\.__pwned=1<\/script>/).first()).toBeVisible();
    await expectSafePage(page);

    // The search reads the hostile directors and cast as text too.
    await page.getByRole('searchbox', { name: 'Search' }).fill('<script>');
    await expect(countText(page)).toHaveText('3 reviews');
    await expectSafePage(page);
  });

  test('hostile strings in every string field of a review render as inert text', async ({ page, request }) => {
    const related = (await readReview(request, SLUG)).related;
    await rewriteJson<Review>(page, reviewFile(SLUG), (review) => ({
      ...review,
      spoilers: false,
      headline: hostileText(10_000),
      standfirst: hostileText(10_000),
      author: { name: hostileText(200) },
      body: [...hostileList(20_000), hostileText(20_000)],
      verdict: hostileText(10_000),
      film: {
        ...review.film,
        title: hostileText(500),
        originalTitle: hostileText(500),
        directors: hostileList(200),
        cast: [
          ...hostileList(200).map((name, index, all) => ({ name, character: all[all.length - 1 - index] })),
          { name: 'Plain name', character: hostileText(200) },
        ],
        countries: hostileList(100),
        languages: hostileList(100),
      },
      watch: [{ provider: HOSTILE.img, kind: 'rent', url: 'https://example.com/watch' }],
      mentions: [
        ...hostileList(500).map((title) => ({ title })),
        { title: hostileText(500), year: 2000, slug: related[0]?.slug },
      ],
      image: { url: 'https://example.com/still.jpg', width: 1600, height: 900, alt: HOSTILE.img },
      related: related.map((summary) => ({ ...summary, headline: hostileText(10_000), standfirst: HOSTILE.script })),
    }));
    // The still is not needed: keep the test off the internet.
    await page.route('https://example.com/**', (route) => route.fulfill({ status: 204 }));

    await page.goto(`/reviews/${SLUG}`);
    await expect(
      page.getByRole('heading', { level: 1, name: /<img src=x onerror="window\.__pwned=1">/ }),
    ).toBeVisible();
    // Each payload is on the page as its literal text, not as markup.
    await expect(page.getByText(HOSTILE.img, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(HOSTILE.script, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(longWord(3_000), { exact: true }).first()).toBeVisible();
    await expect(page.locator('p', { has: page.getByText('Verdict:', { exact: true }) })).toContainText(
      '<img src=x onerror',
    );
    await expect(page.getByRole('heading', { name: 'Films this review mentions' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Related reviews' })).toBeVisible();
    await expectSafePage(page);

    // Bidi overrides are stripped at the boundary; the text after them is kept.
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('\u202E');
    expect(text).toContain('evil');
    // The structured data is one inert JSON script, still parseable, that cannot close its element.
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(jsonLd).not.toContain('</script');
    expect(() => JSON.parse(jsonLd ?? '')).not.toThrow();
  });

  for (const [name, url] of [
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
  ] as const) {
    test(`a review whose watch link is a ${name} URL is refused, and no such link is rendered`, async ({ page }) => {
      await rewriteJson<Review>(page, reviewFile(SLUG), (review) => ({
        ...review,
        watch: [{ provider: 'Evil Stream', kind: 'free', url }],
      }));
      await page.goto(`/reviews/${SLUG}`);
      await expect(
        page
          .getByRole('alert')
          .or(page.getByRole('heading', { level: 1, name: /Parasite|review/ }))
          .first(),
      ).toBeVisible();
      await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
      await expect(page.getByRole('link', { name: /Evil Stream/ })).toHaveCount(0);
      await expectSafePage(page);
    });
  }
});

test.describe('bad networks', () => {
  test('500 on index.json is retried, then a calm message whose Retry shows the list without a reload', async ({
    page,
  }) => {
    test.slow(); // The retries back off for a few seconds by design.
    let failing = true;
    const requests = countRequests(page, api('catalog/index.json'));
    await page.route(api('catalog/index.json'), (route) =>
      failing
        ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' })
        : route.continue(),
    );
    const started = Date.now();
    await page.goto('/');
    await page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));
    await expect(listLoading(page)).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/couldn’t load the reviews/i, { timeout: 20_000 });
    test
      .info()
      .annotations.push({ type: 'seconds before the message', description: `${(Date.now() - started) / 1000}` });
    await expect(alert).toContainText(/server/i);
    await expectSafePage(page);
    const attempts = requests.count;
    test.info().annotations.push({ type: 'index.json attempts before the message', description: String(attempts) });
    console.log(
      `[${test.info().project.name}] 500 on index.json: ${attempts} attempts, message after ${(Date.now() - started) / 1000} s`,
    );
    expect(attempts, 'attempts at index.json: retried').toBeGreaterThan(1);
    // The policy in query-client.ts: two retries, so three attempts in all.
    expect.soft(attempts, 'attempts at index.json: no more than the retry policy allows').toBeLessThanOrEqual(3);

    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expectList(page);
    expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);
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
    await expect(page.getByRole('heading', { level: 1, name: /Parasite/i })).toBeVisible();
  });

  test('an aborted shard request on a filtered list: message, then Retry shows the list', async ({ page }) => {
    test.slow();
    let failing = true;
    await page.route(anyShard, (route) => (failing ? route.abort() : route.continue()));
    await page.goto('/?sort=title');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/couldn’t load the reviews/i, { timeout: 15_000 });
    await expect(alert).toContainText(/connection failed/i);
    await expectSafePage(page);

    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('main ol li article').first()).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test('an aborted shard request behind the first page: the page stays, a notice and Retry load the rest', async ({
    page,
    request,
  }) => {
    test.slow();
    const { index } = await sample(request);
    let failing = true;
    await page.route(anyShard, (route) => (failing ? route.abort() : route.continue()));
    await page.goto('/');
    await expectList(page);
    const notice = page.getByRole('status').filter({ hasText: 'couldn’t load the rest of the reviews' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expectSafePage(page);

    failing = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await expect(page.locator('main ol > li')).toHaveCount(Math.min(48, index.total));
  });

  test('an aborted review request: message, then Retry shows the review', async ({ page }) => {
    test.slow();
    let failing = true;
    await page.route(reviewFile(SLUG), (route) => (failing ? route.abort() : route.continue()));
    await page.goto(`/reviews/${SLUG}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`couldn’t load the review “${SLUG}”`, { timeout: 15_000 });
    await expectSafePage(page);

    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Parasite/i })).toBeVisible();
  });

  test('a timed-out review request (abort "timedout"): message, then Retry shows the review', async ({ page }) => {
    test.slow();
    let failing = true;
    await page.route(reviewFile(SLUG), (route) => (failing ? route.abort('timedout') : route.continue()));
    await page.goto(`/reviews/${SLUG}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/connection failed|took too long/i, { timeout: 15_000 });
    await expectSafePage(page);

    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Parasite/i })).toBeVisible();
  });

  test('a request held open keeps a skeleton with reserved space until it answers', async ({ page }) => {
    const gate = await holdRoute(page, api('catalog/index.json'));
    await page.goto('/');
    await gate.held;
    const loading = listLoading(page);
    await expect(loading).toBeVisible();
    expect(await reservedBelow(page, loading), 'height kept for the list while it loads').toBeGreaterThan(300);
    await expect(page.getByRole('alert')).toHaveCount(0);

    gate.release();
    await expectList(page);
    await expect(loading).toHaveCount(0);
  });

  test('slow list responses (2.5 s): skeleton with reserved space, then no layout shift above 0.02', async ({
    page,
  }, testInfo) => {
    await recordLayoutShift(page);
    const slow = (url: URL) => api('catalog/index.json')(url) || anyShard(url);
    await page.route(slow, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // the fault under test: a slow network
      await route.continue();
    });
    const catalogue = shardArrived(page);
    await page.goto('/');
    const loading = listLoading(page);
    await expect(loading).toBeVisible();
    expect(await reservedBelow(page, loading), 'height kept for the list while it loads').toBeGreaterThan(300);
    await expectList(page);
    await catalogue;
    // Let the last frame's shifts be reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const { cls, shifts } = await readCls(page);
    testInfo.annotations.push({ type: 'CLS (list)', description: `${cls.toFixed(4)}\n${shifts.join('\n')}` });
    console.log(`[${testInfo.project.name}] CLS after a slow list load: ${cls.toFixed(4)}\n  ${shifts.join('\n  ')}`);
    expect(cls, `cumulative layout shift; shifts:\n${shifts.join('\n')}`).toBeLessThanOrEqual(0.02);
  });

  test('a slow review response (2.5 s): skeleton with reserved space, then no layout shift above 0.02', async ({
    page,
  }, testInfo) => {
    await recordLayoutShift(page);
    await page.route(reviewFile(SLUG), async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // the fault under test: a slow network
      await route.continue();
    });
    await page.goto(`/reviews/${SLUG}`);
    await expect(page.locator('main')).toBeVisible();
    const main = await page.locator('main').boundingBox();
    expect(main!.height, 'space reserved for the review while it loads').toBeGreaterThan(300);
    await expect(page.getByRole('heading', { level: 1, name: /Parasite/i })).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const { cls, shifts } = await readCls(page);
    testInfo.annotations.push({ type: 'CLS (review)', description: `${cls.toFixed(4)}\n${shifts.join('\n')}` });
    console.log(`[${testInfo.project.name}] CLS after a slow review load: ${cls.toFixed(4)}\n  ${shifts.join('\n  ')}`);
    expect(cls, `cumulative layout shift; shifts:\n${shifts.join('\n')}`).toBeLessThanOrEqual(0.02);
  });

  test('offline: what was read stays readable; a review not yet loaded says offline, then loads when back', async ({
    page,
    context,
    request,
  }) => {
    const { latest, entries } = await sample(request);
    const opened = latest[0]!;
    const openedRelated = new Set((await readReview(request, opened.slug)).related.map((summary) => summary.slug));
    const onFirstPage = new Set(latest.map((summary) => summary.slug));
    const target = entries.findLast((entry) => !onFirstPage.has(entry.slug) && !openedRelated.has(entry.slug))!;

    const catalogue = shardArrived(page);
    await page.goto('/');
    await expectList(page);
    await catalogue;
    await page.evaluate(() => ((window as Window & { __sameDocument?: boolean }).__sameDocument = true));
    await page.getByRole('link', { name: new RegExp(`^${literal(opened.film.title)} \\(`) }).click();
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

    await page.getByRole('searchbox', { name: 'Search' }).fill(target.film.title);
    await page.getByRole('link', { name: new RegExp(`^${literal(target.film.title)} \\(`) }).click();
    await expect(page).toHaveURL(new RegExp(`/reviews/${target.slug}$`));
    await expect(page.getByRole('status').filter({ hasText: /offline/i })).toBeVisible();
    await expectSafePage(page);

    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /offline/i })).toHaveCount(0);
    expect(await page.evaluate(() => (window as Window & { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  /*
   * Background refetches happen only once data is stale (staleTime 5 min) and
   * a view mounts again. The clock is fast-forwarded past that, as if the
   * reader came back later; the refetch itself is the app's own, from the UI.
   */
  test('a failed background refetch of the catalogue keeps the list on screen with an inline notice', async ({
    page,
    request,
  }) => {
    test.slow();
    const { latest } = await sample(request);
    let failing = false;
    await page.route(anyShard, (route) =>
      failing ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue(),
    );
    await page.clock.install();
    const catalogue = shardArrived(page);
    await page.goto('/');
    await expectList(page);
    await catalogue;
    await page.getByRole('link', { name: new RegExp(`^${literal(latest[0]!.film.title)} \\(`) }).click();
    await expect(page.getByRole('heading', { level: 1, name: latest[0]!.headline })).toBeVisible();

    failing = true;
    await page.clock.fastForward('06:00');
    await page.goBack();
    await expectList(page);
    const notice = page.getByRole('status').filter({ hasText: 'couldn’t refresh the reviews' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expectList(page);
    await expectSafePage(page);

    failing = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(notice).toHaveCount(0);
    await expectList(page);
  });

  test('a failed background refetch of a review keeps it on screen with an inline notice', async ({ page }) => {
    test.slow();
    let failing = false;
    await page.route(reviewFile(SLUG), (route) =>
      failing ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue(),
    );
    await page.clock.install();
    await page.goto(`/reviews/${SLUG}`);
    const heading = page.getByRole('heading', { level: 1, name: /Parasite/i });
    await expect(heading).toBeVisible();
    await page.getByRole('link', { name: 'Reviews', exact: true }).click();
    await expectList(page);

    failing = true;
    await page.clock.fastForward('06:00');
    await page.goBack();
    await expect(heading).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'couldn’t refresh this review' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(heading).toBeVisible();
    await expectSafePage(page);
  });
});

/** A string as a literal inside a RegExp. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
