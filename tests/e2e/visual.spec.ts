import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { filterPanel, genreCheckbox, isPhone, settle, waitForList } from './helpers';

/**
 * Visual comparison (issue #18): each view, at the top of its page, compared with its baseline picture at phone
 * and desktop size, in the light and the dark colour scheme. The baselines are in tests/e2e/__screenshots__/; a
 * deliberate change of look updates them (docs/testing.md). Each view waits for what arrives after the first
 * paint (counts, the lazy controls, the facts) so that a picture never catches a half-drawn page.
 */

interface View {
  /** The baseline's name. */
  name: string;
  path: string;
  /** Waits until the view shows all it will show at the top of the page. */
  ready: (page: Page, phone: boolean) => Promise<void>;
}

const main = (page: Page) => page.getByRole('main');

/** Text in other scripts as blank boxes of one size: their glyphs depend on the fonts of the machine. */
const FONT_NEUTRAL_STYLE = fileURLToPath(new URL('./visual-fonts.css', import.meta.url));

// The site's Content Security Policy allows no inline style, and the picture's style above is one.
test.use({ bypassCSP: true });

/** A list with its controls: the search box (a chunk of its own) and, beside the list on a desktop, the genre counts. */
async function listReady(page: Page, phone: boolean, heading?: string) {
  await waitForList(page, heading);
  await expect(page.getByRole('searchbox', { name: 'Search', exact: true })).toBeVisible();
  if (phone) await expect(page.getByRole('button', { name: /^Filters/ })).toBeVisible();
  else await expect(genreCheckbox(filterPanel(page), 'Action')).toHaveAccessibleName(/\(\d+\)$/);
}

const VIEWS: View[] = [
  { name: 'latest', path: '/', ready: (page, phone) => listReady(page, phone) },
  {
    name: 'review',
    path: '/reviews/ballerina-2023',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
      await expect(main(page).getByRole('button', { name: /^Mark as (un)?read$/ })).toBeVisible();
      await expect(page.getByRole('complementary', { name: 'The film' })).toBeAttached();
      await expect(page.getByRole('heading', { name: 'Related reviews' })).toBeAttached();
    },
  },
  {
    name: 'genres',
    path: '/genres',
    ready: (page) => expect(main(page).getByRole('link', { name: /^Action\b.*\b11 reviews$/ })).toBeVisible(),
  },
  { name: 'genre', path: '/genres/drama', ready: (page, phone) => listReady(page, phone, 'Drama reviews') },
  {
    name: 'ratings',
    path: '/ratings',
    ready: (page) => expect(main(page).getByRole('link', { name: /^5 out of 5 stars/ })).toBeVisible(),
  },
  {
    name: 'search',
    path: '/search?q=revenge',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Search reviews' })).toBeVisible();
      await expect(main(page).getByRole('link', { name: 'Ballerina (2023)' })).toBeVisible();
      await expect(main(page).getByText(/^\d+ reviews$/)).toBeVisible();
    },
  },
  {
    name: 'saved-empty',
    path: '/saved',
    ready: async (page) => {
      await expect(main(page).getByText('Nothing saved yet')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Export reading list' })).toBeVisible();
    },
  },
  {
    name: 'person',
    path: '/people/lee-chung-hyun',
    ready: (page) => expect(main(page).getByText('2 reviewed films on Reel Notes, newest review first')).toBeVisible(),
  },
  {
    name: 'critic',
    path: '/critics/daniel-okafor',
    ready: (page) => expect(main(page).getByText('12 reviews, newest first')).toBeVisible(),
  },
  {
    name: 'lists',
    path: '/lists',
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'Lists' })).toBeVisible(),
  },
  {
    name: 'list',
    path: '/lists/a-season-of-revenge',
    ready: (page) =>
      expect(page.getByRole('heading', { level: 1, name: 'A season of revenge, in five films' })).toBeVisible(),
  },
  {
    name: 'not-found',
    path: '/no-such-page',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn’t find/),
  },
];

for (const view of VIEWS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${view.name} (${view.path}), ${colorScheme}`, async ({ page }, testInfo) => {
      // No view draws today's date yet; a fixed clock keeps one that starts to from changing its picture daily.
      await page.clock.setFixedTime(new Date('2026-01-15T12:00:00Z'));
      await page.emulateMedia({ colorScheme });
      await page.goto(view.path);
      await view.ready(page, isPhone(testInfo));
      await settle(page);
      await expect(page).toHaveScreenshot(`${view.name}-${colorScheme}.png`, { stylePath: FONT_NEUTRAL_STYLE });
    });
  }
}
