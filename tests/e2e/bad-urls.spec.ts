import type { Locator, Page } from '@playwright/test';
import {
  API,
  countRequests,
  expect,
  expectSafePage,
  indexArrived,
  literal,
  readJson,
  readSample,
  test,
  type Sample,
} from './fault-helpers';

/**
 * Hand-typed, truncated, mangled and hostile URLs: each must give a sensible
 * view (the list with bad values dropped and the address corrected, a
 * redirect to the canonical URL, or a not-found page with a way home), never a
 * blank page or an uncaught error. Parameters that are not filters are kept
 * and change nothing.
 */

// Requests are counted at the page: no service worker answers them from its cache.
test.use({ screenshot: 'only-on-failure', serviceWorkers: 'block' });

/** Shown only while some filter narrows the list. */
const clearAll = (page: Page) => page.getByRole('button', { name: 'Clear all', exact: true });
const cards = (page: Page) => page.locator('main ol li article');

/**
 * Runs checks on the filter fields: beside the list on a wide screen, in the
 * sheet "Filters" opens (then closed with Escape) on a phone.
 */
async function inFilterFields(page: Page, check: (fields: Locator) => Promise<void>) {
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Filter and sort' });
  const toggle = page.getByRole('button', { name: /^Filters/ });
  if (!(await toggle.isVisible())) return check(panel);
  await toggle.click();
  await check(panel);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
}

/** The list view with its title, and either cards or the empty result: never blank. */
async function expectListView(page: Page, title: string) {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    cards(page)
      .first()
      .or(page.getByRole('heading', { name: 'No reviews match these filters' })),
  ).toBeVisible();
  await expectSafePage(page);
}

/** The unfiltered list, as if the bad parameter were not there. */
async function expectUnfilteredList(page: Page, { entry, page: first }: Sample) {
  await expectListView(page, 'Latest reviews');
  await expect(clearAll(page)).toHaveCount(0);
  await expect(page.getByText(`Showing 24 of ${entry.total} reviews`)).toBeVisible();
  await inFilterFields(page, async (fields) => {
    await expect(fields.getByLabel('Minimum rating')).toHaveValue('');
    await expect(fields.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });
  await expect(cards(page).first().getByRole('link')).toHaveText(new RegExp(`^${literal(first.cards[0]!.film.title)}`));
}

/** Answers the page's own address with the app's HTML, as a host that serves the app everywhere would. */
async function serveShellAt(page: Page, path: string) {
  const shell = await (await page.request.get('/')).text();
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: shell }),
  );
}

/** The not-found page, whose link leads back to the reviews. */
async function expectNotFound(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: /^We couldn’t find that/ })).toBeVisible();
  await expectSafePage(page);
  await page.getByRole('link', { name: 'Go to the latest reviews' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectListView(page, 'Latest reviews');
}

test.describe('bad query strings on the list', () => {
  for (const search of ['?rating=abc', '?rating=-1', '?rating=1e9', '?genre=%E0%A4%A', '?sort=newest', '?q=+++']) {
    test(`/${search} shows the unfiltered list at /`, async ({ page, request }) => {
      const sample = await readSample(request);
      await page.goto(`/${search}`);
      await expect(page).toHaveURL('/');
      await expectUnfilteredList(page, sample);
    });
  }

  test('/?genre=action&genre=action&genre=nope keeps one Action filter and drops the unknown genre', async ({
    page,
  }) => {
    await page.goto('/?genre=action&genre=action&genre=nope');
    await expect(page).toHaveURL('/?genre=action');
    await expectListView(page, 'Latest reviews');
    await expect(clearAll(page)).toBeVisible();
    await inFilterFields(page, async (fields) => {
      await expect(fields.getByRole('checkbox', { checked: true })).toHaveCount(1);
      await expect(fields.getByRole('checkbox', { name: /^Action\b/ })).toBeChecked();
    });
    await expect(cards(page).first()).toBeVisible();
    for (const meta of await cards(page)
      .locator('p')
      .filter({ has: page.locator('time') })
      .allInnerTexts())
      expect(meta).toContain('Action');
  });

  test('/?sort=evil shows the list in the default order at /', async ({ page, request }) => {
    const { page: first } = await readSample(request);
    await page.goto('/?sort=evil');
    await expect(page).toHaveURL('/');
    await expectListView(page, 'Latest reviews');
    await expect(clearAll(page)).toHaveCount(0);
    await expect(cards(page).first().getByRole('link')).toHaveText(
      new RegExp(`^${literal(first.cards[0]!.film.title)}`),
    );
    await inFilterFields(page, (fields) => expect(fields.getByLabel('Sort by')).toHaveValue('newest'));
  });

  test('/?rating=abc&utm_source=x&genre=Thriller drops the bad rating, spells the genre canonically, keeps utm_source', async ({
    page,
  }) => {
    await page.goto('/?rating=abc&utm_source=x&genre=Thriller');
    await expect(page).toHaveURL('/?genre=thriller&utm_source=x');
    await expectListView(page, 'Latest reviews');
    await inFilterFields(page, (fields) => expect(fields.getByRole('checkbox', { name: /^Thriller\b/ })).toBeChecked());
  });

  test('/?q= with 500 characters is cut to the search limit and fits the screen', async ({ page }) => {
    const query = 'x'.repeat(500);
    await page.goto(`/?q=${query}`);
    await expect(page).toHaveURL(`/?q=${'x'.repeat(100)}`);
    await expectListView(page, 'Latest reviews');
    await expect(clearAll(page)).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toHaveValue('x'.repeat(100));
    await expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible();
    await expectSafePage(page);
  });

  test('/?utm_source=x starts no work: the same files as /, no card or sorted block, and utm_source kept', async ({
    page,
    request,
  }) => {
    const { entry, build } = await readSample(request);
    const files = countRequests(page, (url) => url.pathname.startsWith(API));
    // The last of the background loads: every chunk of the name search (on a busy machine the pause between two
    // batches of them can pass for network idle, so the wait is for the files themselves).
    const { keys } = await readJson<{ keys: string[] }>(request, `builds/${build}/names/keys.json`);
    const nameChunks = keys.map((key) => `${API}builds/${build}/names/${key}.json`);
    /** The API files a list asks for, from its address to everything loaded behind it. */
    const filesFor = async (path: string) => {
      const before = files.count;
      const asked = () => new Set(files.urls.slice(before).map((url) => new URL(url).pathname));
      const index = indexArrived(page);
      await page.goto(path);
      await expectListView(page, 'Latest reviews');
      await index;
      await expect.poll(() => nameChunks.filter((chunk) => !asked().has(chunk)), { timeout: 30_000 }).toEqual([]);
      await page.waitForLoadState('networkidle');
      return asked();
    };
    const plain = await filesFor('/');
    const tagged = await filesFor('/?utm_source=x');
    await expect(page).toHaveURL('/?utm_source=x');
    await expect(page.getByText(`Showing 24 of ${entry.total} reviews`)).toBeVisible();
    await expect(clearAll(page)).toHaveCount(0);
    expect(
      [...tagged].filter((path) => /\/cards\/|\/blocks\/(?!newest\/)/.test(path)),
      'cards and sorted blocks',
    ).toEqual([]);
    expect([...tagged].sort(), 'the files /?utm_source=x asked for').toEqual([...plain].sort());
  });
});

test.describe('bad paths', () => {
  test('/genres/ACTION redirects to /genres/action', async ({ page }) => {
    await page.goto('/genres/ACTION');
    await expect(page).toHaveURL(/\/genres\/action$/);
    await expectListView(page, 'Action reviews');
  });

  test('/ratings/4.5 redirects to /ratings/4', async ({ page }) => {
    await page.goto('/ratings/4.5');
    await expect(page).toHaveURL(/\/ratings\/4$/);
    await expectListView(page, '4-star reviews');
  });

  for (const [path, canonical, title] of [
    ['/genres/Action', '/genres/action', 'Action reviews'],
    ['/genres/Science%20Fiction?utm_source=x', '/genres/science-fiction?utm_source=x', 'Science fiction reviews'],
    ['/genres/action?genre=action&genre=thriller', '/genres/action?genre=thriller', 'Action reviews'],
    ['/ratings/4?rating=3&sort=rating', '/ratings/4?sort=rating', '4-star reviews'],
  ]) {
    test(`${path} redirects to ${canonical}`, async ({ page }) => {
      await page.goto(path!);
      await expect(page).toHaveURL(canonical!);
      await expectListView(page, title!);
    });
  }

  test('/reviews/Ballerina-2023 redirects to /reviews/ballerina-2023', async ({ page }) => {
    await page.goto('/reviews/Ballerina-2023');
    await expect(page).toHaveURL('/reviews/ballerina-2023');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
  });

  for (const path of ['/ratings/0', '/ratings/999999999999', '/genres/%3Cscript%3E', '/reviews/100%25']) {
    test(`${path} is not found, with a link home`, async ({ page }) => {
      await page.goto(path);
      await expectNotFound(page);
    });
  }

  // The host answers with 404.html, prerendered for /404: the app renders the page afresh at the real address.
  // (A list with filters is rendered afresh too, over its unfiltered HTML.)
  for (const [path, title] of [
    ['/no/such/page', 'Not found — Reel Notes'],
    ['/?genre=action', 'Latest reviews — Reel Notes'],
  ] as const) {
    test(`${path} has one title, description and canonical link once the app has started`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('head > title')).toHaveCount(1);
      await expect(page).toHaveTitle(title);
      await expect(page.locator('meta[name="description"]')).toHaveCount(1);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${literal(path)}$`));
    });
  }

  test('/reviews/..%2F..%2Fetc is a missing file, and the app shell there shows not found without fetching', async ({
    page,
  }) => {
    const reviewRequests = countRequests(page, (url) => url.pathname.startsWith(`${API}reviews/`));
    const escapes = countRequests(page, (url) => /etc/.test(url.pathname) && !url.pathname.startsWith('/reviews/'));
    // The host answers a path that climbs out of the site as a missing file.
    expect((await page.goto('/reviews/..%2F..%2Fetc'))?.status(), 'the host’s answer').toBe(404);
    // A host that serves the app at every address: the app must still fetch nothing and say not found.
    await serveShellAt(page, '/reviews/..%2F..%2Fetc');
    await page.goto('/reviews/..%2F..%2Fetc');
    await expect(page.getByRole('heading', { level: 1, name: /^We couldn’t find that/ })).toBeVisible();
    expect(reviewRequests.count, 'review requests').toBe(0);
    expect(escapes.count, 'requests outside the page').toBe(0);
    await expectNotFound(page);
  });

  test('/reviews/%E0%A4%A (malformed percent-encoding) is not found, with a link home', async ({ page }) => {
    const response = await page.goto('/reviews/%E0%A4%A');
    test.info().annotations.push({ type: 'document status', description: String(response?.status()) });
    expect(response?.status(), 'the server answers the SPA shell').toBeLessThan(500);
    await expectNotFound(page);
  });

  test('/reviews/%E0%A4%A served the SPA shell, as a static host would: the app shows not found', async ({ page }) => {
    await serveShellAt(page, '/reviews/%E0%A4%A');
    await page.goto('/reviews/%E0%A4%A');
    await expectNotFound(page);
  });

  test('a 5,000-character review path is not found and fetches nothing', async ({ page }) => {
    const reviewRequests = countRequests(page, (url) => url.pathname.startsWith(`${API}reviews/`));
    await page.goto(`/reviews/${'a'.repeat(4_991)}`);
    await expect(page.getByRole('heading', { level: 1, name: /^We couldn’t find that/ })).toBeVisible();
    expect(reviewRequests.count, 'review requests').toBe(0);
    await expectNotFound(page);
  });

  test('a 5,000-character path of many segments is not found', async ({ page }) => {
    const path = '/segment-9'.repeat(500);
    expect(path).toHaveLength(5_000);
    await page.goto(path);
    await expectNotFound(page);
  });
});
