import type { Page, Route } from '@playwright/test';
import type { Card } from '../../src/format/card-schema';
import type { BlockDocument } from '../../src/format/index-schema';
import { ratingLabel } from '../../src/lib/rating-label';
import {
  buildFile,
  cardNames,
  countText,
  expect,
  expectList,
  readCards,
  readJson,
  readSample,
  test,
} from './fault-helpers';
import { closeFilters, openFilters } from './helpers';

/**
 * Between the filter index and the cards: a reader who changes the sort sees
 * the new order at once, each place already naming its film, its year and its
 * stars, and the cards land in those places when they come.
 */

// The cards are held at the network: no service worker may answer for it.
test.use({ serviceWorkers: 'block' });

const cardName = (card: Card) => `${card.film.title} (${card.film.year})`;

/** Holds every card (the chunks that bring them all, and each card's file) until `release`. */
async function holdCards(page: Page) {
  const held: Route[] = [];
  let holding = true;
  const hold = (route: Route) => void (holding ? held.push(route) : route.fallback());
  await page.route(buildFile('card-chunks'), hold);
  await page.route(buildFile('cards'), hold);
  return {
    asked: () => held.length,
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.fallback();
    },
  };
}

test('a new sort shows its order at once, each place with its film’s title, year and stars, then the cards', async ({
  page,
  request,
}, testInfo) => {
  const { build } = await readSample(request);
  const byTitle = await readJson<BlockDocument>(request, `builds/${build}/blocks/title/0.json`);
  const cards = await readCards(request, build, byTitle.ids!.slice(0, 24));
  const cardsHeld = await holdCards(page);
  const titlesRead = page.waitForResponse((response) => buildFile('titles')(new URL(response.url())));

  await page.goto('/');
  await expectList(page);
  await titlesRead;
  await expect.poll(cardsHeld.asked, { message: 'the cards asked for, after the titles' }).toBeGreaterThan(0);

  const filters = await openFilters(page, testInfo);
  await filters.getByLabel('Sort by').selectOption({ label: 'Title, A to Z' });
  await expect(page).toHaveURL('/?sort=title');
  await closeFilters(page, testInfo);

  const places = page.locator('main ol > li[aria-hidden="true"]');
  await expect(places, 'a place for each review of the page').toHaveCount(24);
  expect(await places.locator('p').first().allInnerTexts()).toEqual([cardName(cards[0]!)]);
  for (const [index, card] of cards.entries()) {
    const place = places.nth(index);
    await expect(place).toContainText(cardName(card));
    await expect(place.locator('[role="img"]')).toHaveAttribute('aria-label', ratingLabel(card.rating));
  }
  await expect(countText(page)).toHaveText('Showing 24 of 37 reviews');
  await expect(page.locator('main ol')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('button', { name: 'Loading more reviews…' })).toBeDisabled();
  await testInfo.attach('sketched', { body: await page.screenshot(), contentType: 'image/png' });

  await cardsHeld.release();
  await expect.poll(() => cardNames(page)).toEqual(cards.map(cardName));
  await expect(places).toHaveCount(0);
  await expect(page.locator('main ol')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('button', { name: 'Show 13 more' })).toBeEnabled();
});
