import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  cardLinks,
  filterPanel,
  focusIndicator,
  genreCheckbox,
  isPhone,
  liveRegion,
  resultCount,
  waitForList,
} from './helpers';

/**
 * Keyboard only, on both projects: the skip link, opening a review, what a
 * route change does with focus and the live region, filters, and on a phone
 * the folded filters on a phone. Every focused control must show where focus is.
 */

/** Presses Tab until `target` has focus, checking each stop shows a focus indicator. Fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<string[]> {
  const withoutRing: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const indicator = await focusIndicator(page);
    if (!indicator.visible) withoutRing.push(indicator.element);
    if (await target.evaluate((element) => element === document.activeElement)) return withoutRing;
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses`);
}

/** The element that has focus, described for messages. */
function activeElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the document body (nothing focused)';
    return `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

test('the first Tab reaches "Skip to content", and Enter moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await focusIndicator(page)).toMatchObject({ visible: true });

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab goes on from the main content, not from the top of the page.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement)),
    `focus after the skip link: ${await activeElement(page)}`,
  ).toBe(true);
});

test('opens a review with the keyboard: focus on the h1, title changed, page announced, and back', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  const first = cardLinks(page).first();
  const name = await first.innerText();
  const withoutRing = await tabTo(page, first);
  expect(withoutRing, 'focused elements without a visible focus indicator').toEqual([]);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reviews\//);
  const title = `${name} review — Reel Notes`;
  await expect(page).toHaveTitle(title);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toBeFocused();
  expect(await h1.evaluate((element) => element === document.activeElement)).toBe(true);
  await expect(liveRegion(page)).toHaveText(title);

  // Alt+ArrowLeft is the browser's own shortcut, outside the page: Back is what it does.
  await page.goBack();
  await expect(page).toHaveURL('/');
  await waitForList(page);
  await expect(page).toHaveTitle('Latest reviews — Reel Notes');
  await expect(liveRegion(page)).toHaveText('Latest reviews — Reel Notes');
});

test('a filter changed from the keyboard keeps focus and the live region says how many reviews', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForList(page);

  if (isPhone(testInfo)) {
    // On a phone the search box sits above the list; the other filters fold behind "Filters".
    const search = page.getByRole('searchbox', { name: 'Search', exact: true });
    await tabTo(page, search);
    // At a steady typist's pace: journeys.spec.ts tests faster typing.
    await page.keyboard.type('Lee Chung-hyun', { delay: 100 });
    await expect(search).toHaveValue('Lee Chung-hyun');
    await expect(resultCount(page)).toHaveText('2 reviews');
    await expect(liveRegion(page)).toHaveText('2 reviews found.');
    await expect(search).toBeFocused();
    return;
  }

  const sidebar = filterPanel(page);
  const rating = sidebar.getByLabel('Minimum rating');
  const action = genreCheckbox(sidebar, 'Action');
  await expect(action).toHaveAccessibleName(/\(\d+\)$/);
  const withoutRing = await tabTo(page, action);
  expect(withoutRing, 'focused elements without a visible focus indicator').toEqual([]);

  await page.keyboard.press('Space');
  await expect(action).toBeChecked();
  await expect(page).toHaveURL('/?genre=action');
  await expect(liveRegion(page)).toHaveText(/^\d+ reviews found\.$/);
  const actionCount = (await liveRegion(page).textContent())?.match(/\d+/)?.[0];
  await expect(resultCount(page)).toHaveText(`${actionCount} reviews`);
  await expect(action).toBeFocused();

  // Back past "Not read yet" and the facets' selects to the rating select with Shift+Tab; typing "4" picks "4 stars or more".
  await page.keyboard.press('Shift+Tab');
  await expect(sidebar.getByRole('checkbox', { name: /^Not read yet/ })).toBeFocused();
  for (const label of ['How to watch', 'Where to watch', 'Language', 'Country', 'Decade']) {
    await page.keyboard.press('Shift+Tab');
    await expect(sidebar.getByLabel(label)).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  await expect(rating).toBeFocused();
  expect(await focusIndicator(page)).toMatchObject({ visible: true });
  await page.keyboard.type('4');
  await expect(rating).toHaveValue('4');
  await expect(page).toHaveURL('/?genre=action&rating=4');
  await expect(liveRegion(page)).toHaveText('6 reviews found.');
  await expect(rating).toBeFocused();
});

test('"Show more" from the keyboard moves focus to the first new review', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  await more.focus();
  await expect(more).toBeFocused();
  expect(await focusIndicator(page)).toMatchObject({ visible: true });
  await page.keyboard.press('Enter');
  // Focus moves to the first review that was added, so the reader goes on from there.
  await expect(cardLinks(page).nth(24)).toBeFocused();
  expect(await focusIndicator(page)).toMatchObject({ visible: true });
});

test.describe('the folded filters on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the fold is the phone layout; desktop shows the filters beside the list');

  test('open from the keyboard as a modal sheet that keeps focus, and Escape closes it and returns focus to "Filters"', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForList(page);
    const filters = page.getByRole('button', { name: /^Filters/ });
    const sheet = page.getByRole('dialog', { name: 'Filter and sort' });
    await expect(sheet).toBeHidden();
    await tabTo(page, filters);
    expect(await focusIndicator(page)).toMatchObject({ visible: true });
    await page.keyboard.press('Enter');
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(sheet).toBeVisible();

    // Focus stays in the sheet all the way round (past its end it may visit the browser's own controls, never the
    // page behind), every control with a visible focus ring.
    const inSheet = () =>
      sheet.evaluate((element) => element.contains(document.activeElement) || document.activeElement === document.body);
    const controls = await sheet
      .locator('button, input:not([disabled]), select, a[href]')
      .evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).checkVisibility()).length);
    const withoutRing: string[] = [];
    for (let presses = 0; presses < controls + 2; presses++) {
      await page.keyboard.press('Tab');
      expect(await inSheet(), `Tab left the sheet: ${await activeElement(page)}`).toBe(true);
      if (await page.evaluate(() => document.activeElement === document.body)) continue;
      const indicator = await focusIndicator(page);
      if (!indicator.visible) withoutRing.push(indicator.element);
    }
    expect.soft(withoutRing, 'focused elements without a visible focus indicator').toEqual([]);

    await sheet.getByLabel('Sort by').focus();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(filters).toBeFocused();
  });

  test('a filter changed in the panel is kept when it folds', async ({ page }) => {
    await page.goto('/');
    await waitForList(page);
    const filters = page.getByRole('button', { name: /^Filters/ });
    await filters.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Filter and sort' });
    const thriller = genreCheckbox(panel, 'Thriller');
    await tabTo(page, thriller);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL('/?genre=thriller');
    await expect(thriller).toBeFocused();
    await panel.getByRole('button', { name: /^Show \d+ reviews$/ }).click();
    await expect(panel).toBeHidden();
    await expect(filters).toBeFocused();
    await expect(filters).toHaveAccessibleName(/1 active/);
    await expect(resultCount(page)).toHaveText(/^\d+ reviews$/);
    await expect(page.getByRole('button', { name: 'Remove Thriller' })).toBeVisible();
  });
});

test('"Skip to the results" passes the search and filters: the next Tab reaches the first review', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  const skip = page.getByRole('link', { name: 'Skip to the results' });
  await tabTo(page, skip);
  await expect(skip).toBeInViewport();
  expect(await focusIndicator(page)).toMatchObject({ visible: true });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(cardLinks(page).first()).toBeFocused();
});
