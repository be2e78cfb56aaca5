import type { Page } from '@playwright/test';
import type { Card } from '../../src/format/card-schema';
import { readCards, readSample } from './fault-helpers';
import { expect, test } from './fixtures';
import { titleOrder } from './helpers';

/**
 * A filtered link never shows another list (issue #17): opened on a phone or a
 * desktop over an emulated slow or regular 3G link, a prerendered page whose
 * HTML holds the unfiltered latest reviews shows, from its first painted
 * frame, only the loading line naming the filters with skeleton cards, then
 * the right list: never a card of another list, never a blank list. What the
 * reader can see is sampled on every animation frame, in the page.
 */

/** What one frame showed. */
interface Frame {
  /** The hrefs of the cards on screen. */
  cards: string[];
  /** The list's loading line on screen (the boot script's or the app's), or null. */
  loading: string | null;
  /** The results' place is on the page. */
  results: boolean;
  /** The list is drawn: its count line is on screen ("Showing 24 of 37 reviews", "8 reviews", "0 reviews"). */
  drawn: boolean;
}

declare global {
  interface Window {
    __frames?: Frame[];
  }
}

const NETWORKS = [
  { name: 'slow 3G', kbps: 400, latencyMs: 400 },
  { name: 'regular 3G', kbps: 750, latencyMs: 300 },
] as const;

const dramaFourPlus = (card: Card) => card.film.genres.includes('drama') && card.rating >= 4;

const LINKS = [
  {
    path: '/?genre=drama&rating=4&sort=title',
    heading: 'Latest reviews',
    words: 'Loading drama reviews, 4 stars or more, by title…',
    fits: dramaFourPlus,
    byTitle: true,
  },
  {
    path: '/genres/drama?rating=4',
    heading: 'Drama reviews',
    words: 'Loading drama reviews, 4 stars or more…',
    fits: dramaFourPlus,
    byTitle: false,
  },
  {
    // Nonsense the parser drops, and markup in the search: words, never elements; no film matches it.
    path: '/?genre=nope&rating=99&sort=evil&q=<script>alert(1)</script>',
    heading: 'Latest reviews',
    words: 'Loading reviews, matching “<script>alert(1)</script>”…',
    fits: () => false,
    byTitle: false,
  },
] as const;

/** In the page, before anything else: records what the reader can see on every animation frame. */
function recordFrames() {
  const frames: Frame[] = [];
  window.__frames = frames;
  const shown = (element: Element) =>
    element.checkVisibility({ visibilityProperty: true }) && element.getBoundingClientRect().height > 0;
  const loadingLine = (results: Element): string | null => {
    // The boot script's line: the stylesheet's ::before, worded by --list-loading, while html[data-client-list].
    const before = getComputedStyle(results, '::before').content;
    if (document.documentElement.hasAttribute('data-client-list') && before.startsWith('"'))
      return JSON.parse(before) as string;
    const status = Array.from(results.querySelectorAll('[role="status"]')).find(shown);
    return status?.textContent?.startsWith('Loading') ? status.textContent : null;
  };
  const sample = () => {
    const results = document.querySelector('main [data-list-results]');
    frames.push({
      cards: Array.from(document.querySelectorAll('main article'))
        .filter(shown)
        .map((card) => card.querySelector('a')?.getAttribute('href') ?? '(a card without a link)'),
      loading: results && shown(results) ? loadingLine(results) : null,
      results: results !== null && shown(results),
      drawn: Array.from(results?.querySelectorAll('p') ?? []).some(
        (line) => shown(line) && /^(Showing [\d,]+ of )?(at least )?[\d,]+ reviews?\b/.test(line.textContent ?? ''),
      ),
    });
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** Chromium's network emulation (CDP), for this page only, from its first request. */
async function throttle(page: Page, { kbps, latencyMs }: (typeof NETWORKS)[number]) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const bytesPerSecond = (kbps * 1000) / 8;
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
}

for (const network of NETWORKS) {
  for (const link of LINKS) {
    test(`${link.path} on ${network.name}: only its loading line, then its own list, in every frame`, async ({
      page,
      request,
    }) => {
      test.setTimeout(90_000);
      const { entry } = await readSample(request);
      const all = await readCards(request, entry.build, [...Array(entry.total).keys()]);
      const fitting = all.filter(link.fits);
      const href = (card: Card) => `/reviews/${card.slug}`;
      const fits = new Set(fitting.map(href));

      await page.addInitScript(recordFrames);
      await throttle(page, network);
      // The frame's goto, not the fixture's page.goto, which waits for the app within a poll a 3G link outlasts:
      // this test waits for what the reader sees instead.
      await page.mainFrame().goto(link.path, { waitUntil: 'commit' });
      await expect(page.getByRole('heading', { level: 1, name: link.heading })).toBeVisible({ timeout: 60_000 });
      if (fitting.length)
        await expect(page.locator('main ol li article')).toHaveCount(fitting.length, { timeout: 60_000 });
      else
        await expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible({
          timeout: 60_000,
        });
      // The frame that shows the final list has been sampled.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const frames = (await page.evaluate(() => window.__frames))!;

      expect(frames.length, 'frames sampled').toBeGreaterThan(0);
      const first = frames.findIndex((frame) => frame.results);
      expect(first, 'a frame with the list’s place on the page').toBeGreaterThanOrEqual(0);
      frames.forEach((frame, index) => {
        const at = `frame ${index + 1} of ${frames.length}`;
        expect(
          frame.cards.filter((card) => !fits.has(card)),
          `${at}: cards of another list`,
        ).toEqual([]);
        if (index > first) expect(frame.results, `${at}: the list’s place is gone (a blank frame)`).toBe(true);
        if (frame.results && !frame.drawn)
          expect(frame.loading, `${at}: what is loading, while nothing is drawn`).toBe(link.words);
      });
      expect(
        frames.some((frame) => frame.loading === link.words),
        'the loading line was on screen before the list',
      ).toBe(true);

      const last = frames.at(-1)!;
      const expected = link.byTitle
        ? [...fitting].sort((a, b) => titleOrder.compare(a.film.title, b.film.title)).map(href)
        : fitting.map(href);
      if (link.byTitle) expect(last.cards, 'the final list, by title').toEqual(expected);
      else expect([...last.cards].sort(), 'the final list').toEqual([...expected].sort());
      expect(last.drawn, 'the final list’s count line').toBe(true);
    });
  }
}

/** The font files the page asked for, by name. */
function fontRequests(page: Page): string[] {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  return fonts;
}

const headingFont = (page: Page) =>
  page.getByRole('heading', { level: 1 }).evaluate((heading) => getComputedStyle(heading).fontFamily);

test('on 3G a page keeps its local serif: no font file shares the link with the words', async ({ page }) => {
  test.setTimeout(60_000);
  const fonts = fontRequests(page);
  await throttle(page, NETWORKS[1]);
  await page.mainFrame().goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Latest reviews' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('main ol li article').first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('load', { timeout: 30_000 });
  expect(await headingFont(page)).toMatch(/^"Source Serif 4 Fallback"/);
  expect(fonts, 'font files downloaded').toEqual([]);
});

test('on a fast link the body font is preloaded, then used', async ({ page }) => {
  const fonts = fontRequests(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest reviews' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toContainEqual(expect.stringMatching(/^source-serif-4-latin-400-normal-.*\.woff2$/));
  expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(1);
  expect(await headingFont(page)).toMatch(/^"Source Serif 4"/);
});
