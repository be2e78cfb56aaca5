import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Shared steps for the browser tests. Everything is found by role and
 * accessible name, as a reader using assistive technology would find it.
 */

/** True on the 'phone' project: the filters fold into the toolbar behind a "Filters" button. */
export function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone';
}

/** The line that says how many reviews the list holds: "Showing 24 of 37 reviews", "7 reviews", "No reviews match". */
export function resultCount(page: Page): Locator {
  return page.getByRole('main').getByText(/^(Showing \d+ of \d+ reviews?|\d+ reviews?|No reviews match)$/);
}

/** The review cards of a list view: each card is an article whose heading links to the review. */
export function cards(page: Page): Locator {
  return page.getByRole('main').getByRole('article');
}

/** The links of the cards, "Ballerina (2023)", in the order shown. */
export function cardLinks(page: Page): Locator {
  return cards(page).getByRole('heading', { level: 2 }).getByRole('link');
}

/**
 * Waits for the app to have taken over the page. A prerendered page is
 * readable before that (its script starts after the first paint), but a
 * reader's typing or press before then reaches no handler: the tests, which
 * act within milliseconds, wait for React to have hydrated the main content.
 */
export async function waitForApp(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')),
      ),
    )
    .toBe(true);
}

/** Waits for a list view to show its reviews (or its empty state), not the loading skeleton, with the app started. */
export async function waitForList(page: Page, heading: string | RegExp = 'Latest reviews') {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(resultCount(page)).toBeVisible();
  await waitForApp(page);
}

/** The film titles of the cards shown, without the year. */
export async function cardTitles(page: Page): Promise<string[]> {
  const names = await cardLinks(page).allInnerTexts();
  return names.map((name) => name.replace(/\s*\(\d{4}\)\s*$/, '').trim());
}

/** The release years of the cards shown. */
export async function cardYears(page: Page): Promise<number[]> {
  const names = await cardLinks(page).allInnerTexts();
  return names.map((name) => Number(/\((\d{4})\)\s*$/.exec(name)?.[1]));
}

/** The star ratings of the cards shown, read from each card's accessible name "4.5 out of 5 stars". */
export async function cardRatings(page: Page): Promise<number[]> {
  const labels = await cards(page)
    .getByRole('img', { name: /out of 5 stars$/ })
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  return labels.map((label) => Number.parseFloat(label));
}

/** The "Filter and sort" region: beside the list on desktop, folded behind "Filters" on a phone. */
export function filterPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Filter and sort' });
}

/**
 * The filter fields, visible: on desktop always; on a phone after pressing
 * "Filters", which unfolds them under the toolbar. Fold them with `closeFilters`.
 */
export async function openFilters(page: Page, testInfo: TestInfo): Promise<Locator> {
  const panel = filterPanel(page);
  if (isPhone(testInfo)) {
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(panel).toBeVisible();
  return panel;
}

/** Folds the phone's filters with their "Show … reviews" button; nothing to do on desktop. */
export async function closeFilters(page: Page, testInfo: TestInfo) {
  if (!isPhone(testInfo)) return;
  const panel = filterPanel(page);
  await panel.getByRole('button', { name: /^Show/ }).click();
  await expect(panel).toBeHidden();
}

/** A genre checkbox: its name is the genre and, once counts are known, "(11)". */
export function genreCheckbox(scope: Locator, genre: string): Locator {
  return scope.getByRole('checkbox', { name: new RegExp(`^${genre}\\b`) });
}

/** The app's polite live region, which announces page changes and result counts. */
export function liveRegion(page: Page): Locator {
  return page.getByRole('status').and(page.locator('[aria-live="polite"]'));
}

/** Whether the focused element shows a focus indicator: an outline or box-shadow on it or on the card that holds it. */
export async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return { element: 'body', visible: false };
    const describe = `${focused.tagName.toLowerCase()} "${(focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40)}"`;
    const outline = (element: Element) => {
      const style = getComputedStyle(element);
      return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    };
    const shadow = getComputedStyle(focused).boxShadow;
    if (outline(focused) || (shadow !== 'none' && shadow !== '')) return { element: describe, visible: true };
    // A card draws the ring around its whole hit area (:focus-within) while its link is focused.
    for (
      let element = focused.parentElement, depth = 0;
      element && depth < 3;
      element = element.parentElement, depth++
    ) {
      if (outline(element)) return { element: describe, visible: true };
    }
    return { element: describe, visible: false };
  });
}

/** The genres on each card, from its last line: "Action, Thriller · 9 October 2023". */
export async function cardGenres(page: Page): Promise<string[][]> {
  const lines = await cards(page)
    .getByRole('paragraph')
    .filter({ has: page.getByRole('time') })
    .allInnerTexts();
  return lines.map((line) =>
    (line.split('·')[0] ?? '')
      .split(',')
      .map((genre) => genre.trim())
      .filter(Boolean),
  );
}

/** The number in a genre checkbox's name, "Action (11)", once the whole catalogue has loaded. */
export async function genreCount(checkbox: Locator): Promise<number> {
  await expect(checkbox).toHaveAccessibleName(/\(\d+\)$/);
  const name = (await checkbox.getAttribute('aria-label')) ?? (await checkbox.locator('xpath=..').innerText());
  return Number(/\((\d+)\)\s*$/.exec(name)?.[1]);
}

/** The film titles the catalogue's "Title, A to Z" order compares: accents and punctuation ignored, numbers as numbers. */
export const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** A browser context of this project's size with JavaScript turned off: the prerendered HTML and its stylesheet alone. */
export function withoutJavaScript(browser: Browser, testInfo: TestInfo) {
  const { baseURL, viewport, isMobile, hasTouch, deviceScaleFactor } = testInfo.project.use;
  return browser.newContext({
    baseURL,
    viewport,
    isMobile,
    hasTouch,
    deviceScaleFactor,
    javaScriptEnabled: false,
    serviceWorkers: 'block',
  });
}

/**
 * Readies the page for a picture: web fonts and every image in the window loaded and decoded (a lazy image below
 * the window never loads, and its decode() would never settle), nothing hovered or focused: the page as a reader
 * first sees it. For the README's screenshots and the visual comparison tests.
 */
export async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const inWindow = (image: HTMLImageElement) => {
      const { top, bottom } = image.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    };
    await Promise.all([...document.images].filter(inWindow).map((image) => image.decode().catch(() => undefined)));
  });
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}
