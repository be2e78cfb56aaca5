import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Every name leads somewhere: the director, cast and byline of a review link
 * to pages about them; a critic has their own feeds; lists are in the
 * sitemap; and all of these pages are prerendered, accessible at phone and
 * desktop size, in light and dark.
 */

const main = (page: Page) => page.getByRole('main');
const facts = (page: Page) => page.getByRole('complementary', { name: 'The film' });

test('from a review, the director, a cast member and the critic each lead to their page', async ({ page }) => {
  await page.goto('/reviews/ballerina-2023');
  // The facts are a chunk of their own, after the review has painted.
  await facts(page).getByRole('link', { name: 'Lee Chung-hyun' }).click();
  await expect(page).toHaveURL(/\/people\/lee-chung-hyun$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lee Chung-hyun');
  await expect(main(page).getByText('2 reviewed films on Reel Notes, newest review first')).toBeVisible();
  const films = main(page).getByRole('heading', { level: 2 });
  await expect(films).toHaveText(['Ballerina (2023)', 'The Call (2020)']);
  await expect(main(page).getByRole('listitem').first()).toContainText('Director');

  await page.goBack();
  await facts(page).getByRole('link', { name: 'Jeon Jong-seo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeon Jong-seo');
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Ballerina (2023)' })).toContainText('as Jang Ok-ju');

  await main(page).getByRole('link', { name: 'The Call (2020)' }).click();
  await expect(page).toHaveURL(/\/reviews\/the-call-2020$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The Call');
});

test("the byline leads to the critic's page, which names their feeds in its head", async ({ page }) => {
  await page.goto('/reviews/ballerina-2023');
  await main(page).getByRole('link', { name: 'Daniel Okafor' }).click();
  await expect(page).toHaveURL(/\/critics\/daniel-okafor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daniel Okafor');
  await expect(main(page).getByText('12 reviews, newest first')).toBeVisible();
  await expect(main(page).getByRole('heading', { level: 3, name: 'Ballerina (2023)' })).toBeVisible();
  const feeds = page.locator('head link[rel="alternate"][title="Reel Notes: reviews by Daniel Okafor"]');
  await expect(feeds).toHaveCount(2);
  await expect(feeds.first()).toHaveAttribute('href', '/critics/daniel-okafor/feed.xml');
});

test("a critic's Atom feed, read by the browser's XML parser, holds their reviews and no one else's", async ({
  page,
}) => {
  await page.goto('/critics/ines-carvalho');
  const href = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .first()
    .getAttribute('href');
  const feed = await page.evaluate(async (url) => {
    const text = await (await fetch(url!)).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      authors: [...doc.getElementsByTagName('entry')].map(
        (entry) => entry.getElementsByTagName('name')[0]?.textContent,
      ),
    };
  }, href);
  expect(feed.errors).toBe(0);
  expect(feed.authors).toHaveLength(13);
  expect(new Set(feed.authors)).toEqual(new Set(['Inês Carvalho']));
});

test('a list found in the sitemap opens as its page, its films in order with their notes', async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const list = /<loc>[^<]*?(\/lists\/[a-z0-9-]+)<\/loc>/.exec(sitemap)?.[1];
  expect(list).toBeDefined();
  await page.goto(list!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const items = main(page).getByRole('listitem');
  await expect(items.first()).toContainText(/^1\. /);
  await expect(main(page).getByRole('link', { name: /^(Daniel Okafor|Inês Carvalho|Mara Ellison)$/ })).toBeVisible();
});

test("people's pages are in the HTML as served, with their JSON-LD", async ({ request }) => {
  const html = await (await request.get('/people/jeon-jong-seo')).text();
  expect(html).toContain('<h1');
  expect(html).toContain('Jeon Jong-seo');
  expect(html).toContain('The Call');
  expect(html).toMatch(/"@type":"Person".*"subjectOf"/);
});

const VIEWS = [
  { path: '/people/lee-chung-hyun', heading: 'Lee Chung-hyun' },
  { path: '/critics', heading: 'Critics' },
  { path: '/critics/daniel-okafor', heading: 'Daniel Okafor' },
  { path: '/lists', heading: 'Lists' },
  { path: '/lists/a-season-of-revenge', heading: 'A season of revenge, in five films' },
];

for (const view of VIEWS) {
  test(`${view.path}: axe in light and dark, no sideways scroll`, async ({ page }, testInfo) => {
    await page.goto(view.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.heading);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page).catch((error: Error) =>
        expect.soft(error.message, `axe in the ${colorScheme} colour scheme`).toBe(''),
      );
      await page.screenshot({
        path: testInfo.outputPath(`${view.path.replace(/\W+/g, '-')}-${colorScheme}.png`),
        fullPage: true,
      });
    }
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });
}
