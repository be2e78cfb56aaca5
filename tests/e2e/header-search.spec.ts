import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { isPhone, liveRegion, waitForApp, withoutJavaScript } from './helpers';

/**
 * The masthead's search box, on every page, at phone and desktop size: a
 * director's name suggests their films and opens one; words only in the
 * reviews' text lead to the search inside reviews; the list's empty state
 * leads there too; without JavaScript the box is a form to /search; axe finds
 * nothing with the suggestions open, in either colour scheme.
 */

/** The header's box: a search box until its suggestions' code arrives, a combobox after. */
const headerBox = (page: Page) => page.getByRole('banner').getByLabel('Search reviews');
const options = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
/** The results of the search inside reviews: the links of their headings. */
const resultLinks = (page: Page) =>
  page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 }).getByRole('link');

/** Taps (on a phone) or clicks the box, and waits for it to be a combobox with focus. */
async function openBox(page: Page, testInfo: TestInfo) {
  if (isPhone(testInfo)) await headerBox(page).tap();
  else await headerBox(page).click();
  await expect(page.getByRole('combobox', { name: 'Search reviews' })).toBeFocused();
}

test('a director’s name suggests their films, and choosing one opens its review', async ({ page }, testInfo) => {
  await page.goto('/genres');
  await waitForApp(page);
  const header = (await page.getByRole('banner').boundingBox())!;
  const resting = (await headerBox(page).boundingBox())!;
  // One row: the box (on a phone, its magnifying glass) sits inside the masthead, a 44 px target.
  expect(resting.y + resting.height).toBeLessThanOrEqual(header.y + header.height);
  expect(resting.height).toBeGreaterThanOrEqual(44);
  expect(resting.width).toBeGreaterThanOrEqual(44);

  await openBox(page, testInfo);
  // Open, the box is wide enough to read what is typed, on a phone too.
  expect((await headerBox(page).boundingBox())!.width).toBeGreaterThan(250);
  await page.keyboard.type('Villeneuve', { delay: 30 });
  await expect(options(page)).toHaveText([
    /^Blade Runner 2049\s+2017/,
    /^Arrival\s+2016/,
    'Search inside reviews for ‘Villeneuve’',
  ]);
  await expect(
    options(page)
      .first()
      .getByRole('img', { name: /out of 5 stars$/ }),
  ).toBeVisible();
  await expect(liveRegion(page)).toHaveText('2 suggestions');
  if (isPhone(testInfo)) {
    for (const option of await options(page).all())
      expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await options(page).nth(1).tap();
  } else {
    await options(page).nth(1).click();
  }
  await expect(page).toHaveURL('/reviews/arrival-2016');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Arrival');
  await expect(headerBox(page)).toHaveValue('');
});

test('the keyboard alone: type, Down to a suggestion, Enter opens it', async ({ page }) => {
  await page.goto('/reviews/alien-1979');
  await waitForApp(page);
  await headerBox(page).focus();
  await expect(page.getByRole('combobox', { name: 'Search reviews' })).toBeFocused();
  await page.keyboard.type('oldboy', { delay: 30 });
  await expect(options(page)).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/reviews/oldboy-2003');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('words only in the reviews’ text: "Search inside reviews" finds them on /search', async ({ page }, testInfo) => {
  await page.goto('/');
  await waitForApp(page);
  await openBox(page, testInfo);
  await page.keyboard.type('revenge', { delay: 30 });
  await expect(options(page)).toHaveText(['Search inside reviews for ‘revenge’']);
  await expect(liveRegion(page)).toHaveText('No titles or names match');
  await options(page).first().click();
  await expect(page).toHaveURL('/search?q=revenge');
  await expect(resultLinks(page).filter({ hasText: 'Oldboy (2003)' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search inside reviews' })).toHaveValue('revenge');
});

test('Enter with no suggestion chosen searches inside reviews', async ({ page }, testInfo) => {
  await page.goto('/ratings');
  await waitForApp(page);
  await openBox(page, testInfo);
  await page.keyboard.type('revenge', { delay: 30 });
  await expect(options(page)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search?q=revenge');
  await expect(resultLinks(page).first()).toBeVisible();
});

test('a list that finds nothing by name offers the search inside reviews', async ({ page }) => {
  await page.goto('/?q=revenge');
  await expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible();
  await waitForApp(page);
  await page.getByRole('link', { name: 'Search inside reviews for ‘revenge’' }).click();
  await expect(page).toHaveURL('/search?q=revenge');
  await expect(resultLinks(page).filter({ hasText: 'Oldboy (2003)' })).toBeVisible();
});

test('without JavaScript the box is a form: Enter opens /search with the words', async ({ browser }, testInfo) => {
  const context = await withoutJavaScript(browser, testInfo);
  const page = await context.newPage();
  await page.goto('/reviews/alien-1979');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search reviews' });
  if (isPhone(testInfo)) await box.tap();
  else await box.click();
  await expect(box).toBeFocused();
  // On a phone the stylesheet alone opens the box over the masthead's row.
  expect((await box.boundingBox())!.width).toBeGreaterThan(250);
  await page.keyboard.type('revenge');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search?q=revenge');
  await context.close();
});

test('no axe violations with the suggestions open, in the light and dark colour schemes', async ({
  page,
}, testInfo) => {
  test.slow(); // An axe scan of the whole page in each colour scheme.
  await page.goto('/');
  await waitForApp(page);
  await openBox(page, testInfo);
  await page.keyboard.type('park', { delay: 30 });
  await expect(options(page).nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`axe, ${colorScheme}`, async () => {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    });
  }
});
