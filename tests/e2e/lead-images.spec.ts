import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { cardLinks, cards, isPhone, waitForList } from './helpers';

/**
 * Lead images in a real browser: the prerendered review preloads its picture
 * and shows it without moving anything; cards show theirs lazily; a phone's
 * first screen holds three whole cards.
 */

const BALLERINA_ALT = /^An abstract illustration for Ballerina/;

/** The layout shifts the page has had so far (the Layout Instability API), summed as CLS sums them. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((entries) => {
          const shifts = entries.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
          resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: nothing has shifted (the observer reports only when there is one).
        setTimeout(() => resolve(0), 500);
      }),
  );
}

test('a prerendered review preloads its lead image, shows it as a <picture> in AVIF, and nothing shifts', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/reviews/ballerina-2023')).text();
  const preload = /<link rel="preload" as="image"[^>]*>/.exec(html)?.[0] ?? '';
  expect(preload).toContain('fetchpriority="high"');
  expect(preload).toContain('type="image/avif"');
  expect(preload).toMatch(/imagesrcset="[^"]*-320\.avif 320w, [^"]*-1600\.avif 1600w"/);
  expect(preload).toContain('imagesizes="(min-width: 60rem) 42rem, calc(100vw - 2rem)"');

  await page.goto('/reviews/ballerina-2023');
  const image = page.getByRole('main').getByRole('img', { name: BALLERINA_ALT });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The browser took the first format it can show, the width the preload fetched.
  expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-(?:640|960|1280|1600)\.avif$/);
  expect(await image.evaluate((img) => img.parentElement?.tagName)).toBe('PICTURE');
  await expect(page.getByRole('figure')).toContainText('Illustration generated for Reel Notes');
  // Drawn in the shape it was given before it arrived: as wide as its column, 16:9.
  const box = (await image.boundingBox())!;
  expect(Math.abs(box.height - (box.width * 900) / 1600)).toBeLessThan(1);
  expect(await layoutShift(page)).toBe(0);
});

test('cards show a small image lazily, in a fixed shape, and a review opened from one shows its lead image', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await waitForList(page);
  const first = cards(page).first();
  const thumbnail = first.locator('img');
  expect(await thumbnail.getAttribute('loading')).toBe('lazy');
  expect(await thumbnail.getAttribute('alt')).toBe('');
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-(?:320|640)\.webp$/);
  const box = (await thumbnail.boundingBox())!;
  expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.02);
  expect(box.width).toBeLessThan(isPhone(testInfo) ? 120 : 500);
  expect(await layoutShift(page)).toBe(0);

  const title = (await cardLinks(page).first().innerText()).replace(/\s*\(\d{4}\)$/, '');
  await cardLinks(page).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const lead = page.getByRole('main').getByRole('figure').locator('picture img');
  await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test('a phone’s cards are compact: three of them, with their gaps, fit in two thirds of its first screen', async ({
  page,
}, testInfo) => {
  test.skip(!isPhone(testInfo), 'a phone’s first screen');
  await page.goto('/');
  await waitForList(page);
  // The rest of the screen is the site's header and the list's heading, search and count.
  const [first, , third] = await cards(page).evaluateAll((articles) =>
    articles.slice(0, 3).map((article) => article.getBoundingClientRect()),
  );
  expect(third!.bottom - first!.top).toBeLessThanOrEqual((page.viewportSize()!.height * 2) / 3);
});
