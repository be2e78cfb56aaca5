import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardLinks, isPhone, waitForList } from './helpers';

/**
 * The README's screenshots, taken of the real built app once its content has
 * arrived: `npx playwright test screenshots` writes docs/screenshots/*.png.
 */

function screenshotPath(testInfo: TestInfo, name: string): string {
  // rootDir is tests/e2e.
  return join(testInfo.config.rootDir, '..', '..', 'docs', 'screenshots', name);
}

/**
 * Waits for web fonts and for every image in the window, so nothing is captured half-drawn. (A lazy image
 * below the window never loads, and its decode() would never settle.)
 */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const inWindow = (image: HTMLImageElement) => {
      const { top, bottom } = image.getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    };
    await Promise.all([...document.images].filter(inWindow).map((image) => image.decode().catch(() => undefined)));
  });
}

async function capture(page: Page, testInfo: TestInfo, name: string) {
  await settle(page);
  // Nothing hovered or focused: the page as a reader first sees it.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: screenshotPath(testInfo, name), animations: 'disabled', caret: 'hide' });
}

test('phone.png: the latest reviews on a phone', async ({ page }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the phone screenshot');
  await page.goto('/');
  await waitForList(page);
  await expect(cardLinks(page).first()).toBeVisible();
  // The search box and filters are a chunk of their own, after the first paint: the picture shows them.
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeVisible();
  await capture(page, testInfo, 'phone.png');
});

test('phone-review.png: a review on a phone', async ({ page }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the phone screenshot');
  await page.goto('/reviews/ballerina-2023');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
  await expect(page.getByRole('main').getByRole('img', { name: '4 out of 5 stars' }).first()).toBeVisible();
  await capture(page, testInfo, 'phone-review.png');
});

test('desktop.png: a review on a desktop screen', async ({ page }, testInfo) => {
  test.skip(isPhone(testInfo), 'the desktop screenshot');
  await page.goto('/reviews/ballerina-2023');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
  await expect(page.getByRole('complementary', { name: 'The film' })).toBeVisible();
  await capture(page, testInfo, 'desktop.png');
});
