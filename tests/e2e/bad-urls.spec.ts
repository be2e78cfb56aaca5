import type { Locator, Page } from '@playwright/test';
import { countRequests, expect, expectSafePage, test } from './fault-helpers';

/**
 * Hand-typed, truncated, mangled and hostile URLs: each must give a sensible
 * view (the list with bad values dropped, a redirect to the canonical URL, or
 * a not-found page with a way home), never a blank page or an uncaught error.
 */

interface SampleIndex {
  total: number;
  latest: { film: { title: string } }[];
}

test.use({ screenshot: 'only-on-failure' });

/** Shown only while some filter narrows the list. */
const clearAll = (page: Page) => page.getByRole('button', { name: 'Clear all', exact: true });
const cards = (page: Page) => page.locator('main ol li article');

/**
 * Runs checks on the filter fields: beside the list on a wide screen, unfolded
 * with "Filters" (then folded again) on a phone.
 */
async function inFilterFields(page: Page, check: (fields: Locator) => Promise<void>) {
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Filter and sort' });
  const toggle = page.getByRole('button', { name: /^Filters/ });
  if (!(await toggle.isVisible())) return check(panel);
  await toggle.click();
  await check(panel);
  await toggle.click();
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
async function expectUnfilteredList(page: Page, index: SampleIndex) {
  await expectListView(page, 'Latest reviews');
  await expect(clearAll(page)).toHaveCount(0);
  await expect(page.getByText(`Showing 24 of ${index.total} reviews`)).toBeVisible();
  await inFilterFields(page, async (fields) => {
    await expect(fields.getByLabel('Minimum rating')).toHaveValue('');
    await expect(fields.getByRole('checkbox', { checked: true })).toHaveCount(0);
  });
  await expect(cards(page).first().getByRole('link')).toHaveText(
    new RegExp(`^${literal(index.latest[0]!.film.title)}`),
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

/** Notes the URL the app settled on: the app does not rewrite a list's query string. */
function noteFinalUrl(page: Page) {
  test.info().annotations.push({ type: 'final URL', description: page.url() });
}

async function sampleIndex(page: Page): Promise<SampleIndex> {
  return (await (await page.request.get('/api/v1/catalog/index.json')).json()) as SampleIndex;
}

test.describe('bad query strings on the list', () => {
  for (const search of ['?rating=abc', '?rating=-1', '?rating=1e9', '?genre=%E0%A4%A']) {
    test(`/${search} shows the unfiltered list`, async ({ page }) => {
      const index = await sampleIndex(page);
      await page.goto(`/${search}`);
      await expectUnfilteredList(page, index);
      noteFinalUrl(page);
    });
  }

  test('/?genre=action&genre=action&genre=nope keeps one Action filter and drops the unknown genre', async ({
    page,
  }) => {
    await page.goto('/?genre=action&genre=action&genre=nope');
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
    noteFinalUrl(page);
  });

  test('/?sort=evil shows the list in the default order', async ({ page }) => {
    const index = await sampleIndex(page);
    await page.goto('/?sort=evil');
    await expectListView(page, 'Latest reviews');
    await expect(clearAll(page)).toHaveCount(0);
    await expect(cards(page).first().getByRole('link')).toHaveText(
      new RegExp(`^${literal(index.latest[0]!.film.title)}`),
    );
    await inFilterFields(page, (fields) => expect(fields.getByLabel('Sort by')).toHaveValue('newest'));
    noteFinalUrl(page);
  });

  test('/?q= with 500 characters is cut to the search limit and fits the screen', async ({ page }) => {
    const query = 'x'.repeat(500);
    await page.goto(`/?q=${query}`);
    await expectListView(page, 'Latest reviews');
    await expect(clearAll(page)).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('x'.repeat(100));
    await expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible();
    await expectSafePage(page);
    noteFinalUrl(page);
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

  for (const path of ['/ratings/0', '/ratings/999999999999', '/genres/%3Cscript%3E', '/reviews/100%25']) {
    test(`${path} is not found, with a link home`, async ({ page }) => {
      await page.goto(path);
      await expectNotFound(page);
    });
  }

  test('/reviews/..%2F..%2Fetc is not found and requests nothing outside the API', async ({ page }) => {
    const reviewRequests = countRequests(page, (url) => url.pathname.startsWith('/api/v1/reviews/'));
    const escapes = countRequests(page, (url) => /etc/.test(url.pathname) && !url.pathname.startsWith('/reviews/'));
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
    const shell = await (await page.request.get('/')).text();
    await page.route(
      (url) => url.pathname === '/reviews/%E0%A4%A',
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: shell }),
    );
    await page.goto('/reviews/%E0%A4%A');
    await expectNotFound(page);
  });

  test('a 5,000-character review path is not found and fetches nothing', async ({ page }) => {
    const reviewRequests = countRequests(page, (url) => url.pathname.startsWith('/api/v1/reviews/'));
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

/** A string as a literal inside a RegExp. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
