import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardLinks, isPhone, settle, waitForList } from './helpers';

/**
 * The README's screenshots, taken of the real built app once its content has
 * arrived: `npx playwright test screenshots` writes docs/screenshots/*.png.
 */

function screenshotPath(testInfo: TestInfo, name: string): string {
  // rootDir is tests/e2e.
  return join(testInfo.config.rootDir, '..', '..', 'docs', 'screenshots', name);
}

async function capture(page: Page, testInfo: TestInfo, name: string) {
  await settle(page);
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

/** Opens Ballerina's review and waits for its stars, which the pictures show. */
async function openReview(page: Page) {
  await page.goto('/reviews/ballerina-2023');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
  await expect(page.getByRole('main').getByRole('img', { name: '4 out of 5 stars' }).first()).toBeVisible();
}

test('phone-review.png: a review on a phone', async ({ page }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the phone screenshot');
  await openReview(page);
  await capture(page, testInfo, 'phone-review.png');
});

test('phone-dark.png: a review on a phone, in the dark colour scheme', async ({ page }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the phone screenshot');
  await page.emulateMedia({ colorScheme: 'dark' });
  await openReview(page);
  await capture(page, testInfo, 'phone-dark.png');
});

test('desktop.png: a review on a desktop screen', async ({ page }, testInfo) => {
  test.skip(isPhone(testInfo), 'the desktop screenshot');
  await page.goto('/reviews/ballerina-2023');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
  await expect(page.getByRole('complementary', { name: 'The film' })).toBeVisible();
  await capture(page, testInfo, 'desktop.png');
});
