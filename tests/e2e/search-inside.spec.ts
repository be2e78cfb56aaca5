import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { focusIndicator, isPhone, liveRegion, waitForApp } from './helpers';

/**
 * Search inside reviews, /search, in the built app on the sample archive, at
 * phone and desktop size: typing a phrase from one review's text finds that
 * review first with the phrase marked, and opens it; the results work with
 * the keyboard alone; axe finds nothing in either colour scheme.
 */

/** Words that stand together in Ballerina's text (its third paragraph), and in no other review. */
const PHRASE = 'bubblegum pink and electric blue';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search inside reviews' });
/** The results: each an article whose heading links to the review. */
const results = (page: Page) => page.getByRole('main').getByRole('list').getByRole('article');
const resultLinks = (page: Page) => results(page).getByRole('heading', { level: 2 }).getByRole('link');

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

test('from the masthead’s search, a phrase typed finds its review first, marked, and opens it', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForApp(page);
  // Enter in the masthead's box, empty, opens the search page.
  await page.getByRole('banner').getByLabel('Search reviews').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search reviews' })).toBeFocused();
  await searchBox(page).click();
  await page.keyboard.type(`"${PHRASE}"`, { delay: 20 });

  await expect(resultLinks(page).first()).toHaveText('Ballerina (2023)');
  await expect(page).toHaveURL(/\/search\?q=%22bubblegum\+pink\+and\+electric\+blue%22$/);
  const first = results(page).first();
  await expect(first.locator('mark')).toHaveText([PHRASE]);
  await expect(first.getByRole('img', { name: '4 out of 5 stars' })).toBeVisible();
  await expect(first.getByText('9 October 2023')).toBeVisible();
  await expect(page.getByRole('main').getByText('1 review', { exact: true })).toBeVisible();
  await expect(liveRegion(page)).toHaveText('1 review found.');
  await expect(searchBox(page)).toBeFocused();

  await page.screenshot({ path: testInfo.outputPath('search.png') });
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/\/reviews\/ballerina-2023$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
  // Back returns to the same search.
  await page.goBack();
  await expect(searchBox(page)).toHaveValue(`"${PHRASE}"`);
  await expect(resultLinks(page)).toHaveText(['Ballerina (2023)']);
});

test('the results work with the keyboard alone: arrows between box and results, Tab through them, Enter opens', async ({
  page,
}) => {
  await page.goto('/search?q=revenge');
  await expect(resultLinks(page).nth(2)).toBeVisible();
  const names = await resultLinks(page).allInnerTexts();
  await searchBox(page).focus();

  await page.keyboard.press('ArrowDown');
  expect(await isFocused(resultLinks(page).first())).toBe(true);
  expect((await focusIndicator(page)).visible).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await isFocused(resultLinks(page).nth(2))).toBe(true);
  await page.keyboard.press('ArrowUp');
  expect(await isFocused(resultLinks(page).nth(1))).toBe(true);
  await page.keyboard.press('Tab');
  expect(await isFocused(resultLinks(page).nth(2))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reviews\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(names[0]!.replace(/\s*\(\d{4}\)$/, ''));
});

test('no axe violations on the search, empty and with results, in the light and dark colour schemes', async ({
  page,
}, testInfo) => {
  await page.goto('/search');
  await expect(searchBox(page)).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
  await page.goto(`/search?q=${encodeURIComponent('revenge "jeon jong-seo"')}`);
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`axe, ${colorScheme}`, async () => {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        colorScheme === 'dark',
      );
      await expectNoAxeViolations(page);
    });
  }
  if (isPhone(testInfo)) {
    // Reflow at 320 px: the header, the box and the passages wrap, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 720 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
});
