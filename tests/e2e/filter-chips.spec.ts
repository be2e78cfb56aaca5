import { GENRE_SLUGS } from '../../src/format/genres';
import { expect, test } from './fixtures';
import { filterPanel, genreCheckbox, isPhone, resultCount, waitForList } from './helpers';

/**
 * The filters that fit a phone (issue #18): a sheet with its own scroll and a
 * "Show N reviews" always in reach, active filters as chips that each remove
 * themselves, and on desktop every genre in the sidebar without an inner scroll.
 */

test('filters applied and removed with chips on a phone', async ({ page }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the sheet is the phone layout');
  await page.goto('/');
  await waitForList(page);
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await toggle.click();
  const sheet = page.getByRole('dialog', { name: 'Filter and sort' });
  await expect(sheet).toBeVisible();
  // Its footer's button is in reach before any scrolling, though the genres run below the fold.
  const show = sheet.getByRole('button', { name: /^Show \d+ reviews$/ });
  await expect(show).toBeInViewport({ ratio: 1 });

  await genreCheckbox(sheet, 'Drama').check();
  await expect(page).toHaveURL('/?genre=drama');
  await sheet.getByLabel('Minimum rating').selectOption('4');
  await expect(page).toHaveURL('/?genre=drama&rating=4');
  await expect(show).toBeInViewport({ ratio: 1 });
  await show.click();
  await expect(sheet).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(resultCount(page)).toHaveText(/^\d+ reviews?$/);

  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveText(['4 stars or more×', 'Drama×', 'Clear all']);
  await chips.getByRole('button', { name: 'Remove Drama' }).click();
  await expect(page).toHaveURL('/?rating=4');
  await expect(chips.getByRole('button', { name: 'Clear all' })).toBeFocused();
  await expect(chips.getByRole('button', { name: 'Remove Drama' })).toHaveCount(0);
  await expect(chips.getByRole('button', { name: 'Remove 4 stars or more' })).toBeVisible();
});

test('every genre in the sidebar, none behind an inner scroll', async ({ page }, testInfo) => {
  test.skip(isPhone(testInfo), 'the sidebar is the desktop layout');
  await page.goto('/');
  await waitForList(page);
  const sidebar = filterPanel(page);
  const boxes = await sidebar.getByRole('group', { name: 'Genres' }).getByRole('checkbox').all();
  expect(boxes).toHaveLength(GENRE_SLUGS.length);
  for (const box of boxes) await expect(box).toBeVisible();
  // No element between a genre and the page scrolls on its own.
  const scrollers = await boxes[0]!.evaluate((element) => {
    const found: string[] = [];
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const { overflowY } = getComputedStyle(node);
      if (/auto|scroll|hidden/.test(overflowY) && node.scrollHeight > node.clientHeight) found.push(node.tagName);
    }
    return found;
  });
  expect(scrollers).toEqual([]);
});

test('a sheet left open as the window widens closes, and the filters sit beside the list', async ({
  page,
}, testInfo) => {
  test.skip(!isPhone(testInfo), 'starts in the phone layout');
  await page.goto('/');
  await waitForList(page);
  await page.getByRole('button', { name: /^Filters/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Filter and sort' });
  await expect(sheet).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(filterPanel(page)).toBeVisible();
  // Nothing behind is inert any more: the search box takes focus.
  await page.getByRole('searchbox', { name: 'Search', exact: true }).focus();
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeFocused();
});
