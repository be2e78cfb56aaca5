import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { genreCheckbox, waitForList } from './helpers';
import { COMFORTABLE, MINIMUM, measureTargets } from './target-sizes';

/**
 * Touch targets on a phone (issue #18): everything a reader presses is big
 * enough for a finger. The rule, for every visible link, button, field,
 * select, summary and switch:
 *
 * - its target (the element, joined with its label when it has one) is at
 *   least 44 × 44 CSS px; or
 * - it is at least 24 × 24 and the 44 × 44 square centred on it overlaps no
 *   other target, nor another small target's square: a small target with
 *   the room of a large one around it (WCAG 2.5.8's spacing rule, at 44 px).
 *
 * Links in running text are excepted, as WCAG 2.5.8 excepts them: a link laid
 * out inline in a paragraph, list item or definition whose block holds other
 * words (a sentence, "Jeon Jong-seo as Jang Ok-ju") is sized by its line.
 */

async function expectTouchTargets(page: Page, view: string) {
  const offenders = (await measureTargets(page))
    .filter((target) => !target.inline && (target.width < COMFORTABLE || target.height < COMFORTABLE))
    .filter((target) => target.width < MINIMUM || target.height < MINIMUM || !target.roomy)
    .map((target) => `${target.what}: ${Math.round(target.width)}×${Math.round(target.height)}`);
  expect
    .soft(offenders, `targets under ${COMFORTABLE}×${COMFORTABLE} px (or ${MINIMUM} px without room) on ${view}`)
    .toEqual([]);
}

// Touch targets are a phone's matter: the desktop project has a mouse.
test.skip(({ isMobile }) => !isMobile, 'the phone project');

test('the latest reviews, with the filter sheet open and with active filters', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  await expectTouchTargets(page, '/');
  // The masthead's search, opened over its row, with its suggestions.
  await page.getByRole('banner').getByLabel('Search reviews').tap();
  const search = page.getByRole('combobox', { name: 'Search reviews' });
  await search.fill('ba');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
  await expectTouchTargets(page, 'the masthead search');
  await search.press('Escape');
  await search.blur();
  await page.getByRole('button', { name: /^Filters/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Filter and sort' });
  await expect(genreCheckbox(sheet, 'Drama')).toHaveAccessibleName(/\(\d+\)$/);
  await expectTouchTargets(page, 'the filter sheet');
  // Three filters: their chips wrap onto a second row, the crowded case.
  await genreCheckbox(sheet, 'Drama').check();
  await genreCheckbox(sheet, 'Thriller').check();
  await sheet.getByLabel('Minimum rating').selectOption('4');
  await sheet.getByRole('button', { name: /^Show \d+ reviews?$/ }).click();
  await expect(
    page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Clear all' }),
  ).toBeVisible();
  await expectTouchTargets(page, '/ with active filters');
});

test('a review, its facts and its spoilers', async ({ page }) => {
  await page.goto('/reviews/alien-1979');
  await expect(page.getByRole('complementary', { name: 'The film' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: /^Mark as (un)?read$/ })).toBeVisible();
  await expectTouchTargets(page, 'a review');
  await page.getByRole('button', { name: 'Show spoiler' }).first().click();
  await expect(page.getByRole('button', { name: /^Hide/ }).first()).toBeVisible();
  await expectTouchTargets(page, 'a review with a spoiler shown');
});

test('/saved with one saved review', async ({ page }) => {
  await page.goto('/reviews/ballerina-2023');
  const save = page.getByRole('main').getByRole('button', { name: 'Save Ballerina (2023)', exact: true });
  await expect(page.getByRole('main').getByRole('button', { name: /^Mark as (un)?read$/ })).toBeVisible();
  await save.click();
  await expect(page.getByRole('main').getByRole('button', { name: 'Saved Ballerina (2023)' })).toBeVisible();
  await page.goto('/saved');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Export reading list' })).toBeVisible();
  await expectTouchTargets(page, '/saved');
});

const VIEWS = [
  { path: '/genres', heading: 'Genres' },
  { path: '/ratings', heading: /ratings/i },
  { path: '/search?q=revenge', heading: 'Search reviews' },
  { path: '/people/lee-chung-hyun', heading: 'Lee Chung-hyun' },
  { path: '/critics/daniel-okafor', heading: 'Daniel Okafor' },
  { path: '/lists', heading: 'Lists' },
  { path: '/lists/a-season-of-revenge', heading: 'A season of revenge, in five films' },
];

for (const view of VIEWS) {
  test(view.path, async ({ page }) => {
    await page.goto(view.path);
    await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    await expectTouchTargets(page, view.path);
  });
}
