import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { isPhone, withoutJavaScript } from './helpers';

/**
 * How a review reads: spoilers masked behind one button (with the keyboard,
 * without JavaScript, and the reader-wide switch), the masthead in one row,
 * and Save as a bookmark beside the byline.
 */

const ALIEN = '/reviews/alien-1979';
/** The words of Alien's one inline spoiler. */
const SECRET = /Ash is an android/;

const spoilerText = (page: Page) => page.getByRole('main').getByText(SECRET);

test.describe('spoilers', () => {
  test('a passage is masked with one button; the keyboard shows it, reads it, and hides it again', async ({ page }) => {
    await page.goto(ALIEN);
    await expect(spoilerText(page)).toBeHidden();
    const show = page.getByRole('button', { name: 'Show spoiler' });
    await show.focus();
    await page.keyboard.press('Enter');
    await expect(spoilerText(page)).toBeVisible();
    // Focus moves to the words revealed, so a screen reader reads them next; then Tab reaches Hide.
    await expect(page.locator(':focus')).toContainText(SECRET);
    await page.keyboard.press('Tab');
    const hide = page.getByRole('button', { name: 'Hide spoiler' });
    await expect(hide).toBeFocused();
    await page.keyboard.press('Space');
    await expect(spoilerText(page)).toBeHidden();
    await expect(show).toBeFocused();
  });

  test('the whole-review gate is one calm panel with one button', async ({ page }) => {
    await page.goto('/reviews/hereditary-2018');
    await expect(page.getByText('This review discusses the ending.', { exact: true })).toBeVisible();
    const show = page.getByRole('button', { name: 'Show the review' });
    await expect(page.getByText(/^Verdict:/)).toBeHidden();
    await show.click();
    await expect(page.getByText(/^Verdict:/)).toBeVisible();
    await expect(show).toBeHidden();
  });

  test('the switch shows every spoiler on every review, and is remembered', async ({ page }) => {
    await page.goto(ALIEN);
    const toggle = page.getByRole('switch', { name: 'Hide spoilers on every review' });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(spoilerText(page)).toBeVisible();
    await page.goto('/reviews/jaws-1975');
    await expect(page.getByRole('switch', { name: 'Hide spoilers on every review' })).not.toBeChecked();
    await expect(page.getByRole('button', { name: /^Show spoiler/ })).toHaveCount(0);
  });

  test('work without JavaScript: Show and Hide toggle the passage', async ({ browser }, testInfo) => {
    const context = await withoutJavaScript(browser, testInfo);
    const page = await context.newPage();
    await page.goto(ALIEN);
    await expect(spoilerText(page)).toBeHidden();
    await page.getByText('Show spoiler', { exact: true }).click();
    await expect(spoilerText(page)).toBeVisible();
    await page.getByText('Hide spoiler', { exact: true }).click();
    await expect(spoilerText(page)).toBeHidden();
    await context.close();
  });

  test('no axe violations, masked and shown, in both colour schemes', async ({ page }) => {
    test.slow(); // Four full axe scans of a long review.
    await page.goto('/reviews/jaws-1975');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
    await page.getByRole('button', { name: /^Show spoiler/ }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page);
    }
  });
});

test('the masthead is one row: the name, every section and search side by side', async ({ page }, testInfo) => {
  await page.goto(ALIEN);
  const header = page.getByRole('banner');
  const box = (await header.boundingBox())!;
  expect(box.height, 'the masthead’s height').toBeLessThanOrEqual(72);
  const sections = page.getByRole('navigation', { name: 'Sections' });
  const links = [
    ...['Genres', 'Ratings', 'Lists', 'Saved'].map((name) => sections.getByRole('link', { name, exact: true })),
    // On phones the search box rests as its magnifying glass.
    header.getByRole('searchbox', { name: 'Search reviews' }),
  ];
  for (const link of links) {
    await expect(link).toBeInViewport({ ratio: 1 });
    const linkBox = (await link.boundingBox())!;
    expect(linkBox.y).toBeGreaterThanOrEqual(box.y);
    expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(box.y + box.height);
    if (isPhone(testInfo)) expect(linkBox.height, 'a 44 px target').toBeGreaterThanOrEqual(44);
  }
  // On phones the site's name leads to the latest reviews; wider, "Reviews" has its own link too.
  await expect(sections.getByRole('link', { name: 'Reviews', exact: true })).toBeVisible({
    visible: !isPhone(testInfo),
  });
});

test('Save is a bookmark toggle in the byline’s row, a 44 px target, away from the stars', async ({ page }) => {
  await page.goto(ALIEN);
  const save = page.getByRole('main').getByRole('button', { name: 'Save Alien (1979)', exact: true });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(save).not.toContainText(/[☆★]/);
  const saveBox = (await save.boundingBox())!;
  expect(saveBox.height).toBeGreaterThanOrEqual(44);
  const starsBox = (await page.getByRole('main').getByRole('img', { name: '5 out of 5 stars' }).first().boundingBox())!;
  const standfirst = (await page.getByText(/^Ridley Scott’s story of a cargo crew/).boundingBox())!;
  // The standfirst comes between the stars and Save.
  expect(saveBox.y).toBeGreaterThan(standfirst.y + standfirst.height);
  expect(standfirst.y).toBeGreaterThan(starsBox.y);
  await save.click();
  await expect(page.getByRole('main').getByRole('button', { name: 'Saved Alien (1979)', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
