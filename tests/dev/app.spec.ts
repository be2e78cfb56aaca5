import { readdirSync } from 'node:fs';
import { cardLinks, cards, resultCount, waitForList } from '../e2e/helpers';
import { devContentDir } from './dev-content';
import { expect, test } from './fixtures';

/**
 * `npm run dev` serves the app with the sample reviews: the page is drawn by
 * the source modules Vite serves (a middleware once answered /src/main.tsx
 * with 404, and the page stayed blank), with the data the script published.
 */

const reviewCount = () => readdirSync(devContentDir()).filter((name) => name.endsWith('.md')).length;

test('the home page lists the sample reviews as cards that link to them', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  await expect(page).toHaveTitle(/Reel Notes/);
  await expect(resultCount(page)).toHaveText(`Showing 24 of ${reviewCount()} reviews`);
  await expect(cardLinks(page)).toHaveCount(24);
  const ballerina = cards(page).getByRole('link', { name: 'Ballerina (2023)' });
  await expect(ballerina).toHaveAttribute('href', '/reviews/ballerina-2023');
  await expect(cards(page).getByRole('img', { name: /^\d(\.5)? out of 5 stars$/ })).toHaveCount(24);
});

test('a card opens its review', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  await cards(page).getByRole('link', { name: 'Ballerina (2023)' }).click();
  await expect(page).toHaveURL(/\/reviews\/ballerina-2023$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('‘Ballerina’ review');
  await expect(page).toHaveTitle(/Ballerina/);
});
