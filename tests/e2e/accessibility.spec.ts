import type { Page, TestInfo } from '@playwright/test';
import { entryFile, fastForwardUntilVisible, reviewFile, serveAppShell } from './fault-helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { isPhone, resultCount, waitForList } from './helpers';
import { COMFORTABLE, measureTargets, MINIMUM, type Target } from './target-sizes';

/**
 * WCAG 2.2 AA checks on every view, at phone and desktop size, in light and
 * dark: axe, reflow at 320 px, target sizes on a phone, and star ratings that
 * read as one phrase.
 */

interface View {
  name: string;
  path: string;
  /** Anything to arrange before the page loads, such as a failing request. */
  arrange?: (page: Page) => Promise<void>;
  /** Waits until the view shows its content (or its message), not a skeleton. */
  ready: (page: Page) => Promise<void>;
}

/**
 * The archive's entry, index.json, fails with a server error: the list shows
 * its error state. The page is the app shell (a prerendered page would carry
 * the entry in its HTML), and its clock is faked so the app's retries, with
 * their backoff, take no real time.
 */
async function failEntry(page: Page) {
  await serveAppShell(page);
  await page.clock.install();
  await page.route(entryFile, (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"boom"}' }),
  );
}

/** Moves the fake clock on through the app's retries until it gives up and offers Retry. */
async function waitForRetry(page: Page) {
  await fastForwardUntilVisible(page, page.getByRole('button', { name: 'Retry' }));
  await expect(page.getByRole('alert')).toContainText('We couldn’t load the reviews');
}

const VIEWS: View[] = [
  { name: 'the list', path: '/', ready: (page) => waitForList(page) },
  {
    name: 'the list, filtered',
    path: '/?genre=thriller&rating=4&sort=title',
    ready: async (page) => {
      await waitForList(page);
      await expect(resultCount(page)).toHaveText('7 reviews');
    },
  },
  {
    name: 'a review',
    path: '/reviews/ballerina-2023',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Ballerina');
      await expect(page.getByRole('heading', { name: 'Related reviews' })).toBeVisible();
    },
  },
  {
    name: 'a review with spoilers',
    path: '/reviews/jaws-1975',
    ready: (page) => expect(page.getByRole('button', { name: /^Show spoiler/ })).toBeVisible(),
  },
  {
    name: 'genres',
    path: '/genres',
    ready: (page) => expect(page.getByRole('main').getByRole('link', { name: /^Action/ })).toBeVisible(),
  },
  { name: 'a genre', path: '/genres/action', ready: (page) => waitForList(page, 'Action reviews') },
  {
    name: 'ratings',
    path: '/ratings',
    ready: (page) => expect(page.getByRole('main').getByRole('link', { name: /^5 out of 5 stars/ })).toBeVisible(),
  },
  { name: 'a rating', path: '/ratings/4', ready: (page) => waitForList(page, '4-star reviews') },
  {
    name: 'not found',
    path: '/nope',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn’t find/),
  },
  {
    name: 'an error',
    path: '/',
    arrange: failEntry,
    // The app retries a server error twice, with backoff, before it says so.
    ready: waitForRetry,
  },
  {
    name: 'an empty result',
    path: '/?q=zzzzzz',
    ready: (page) => expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible(),
  },
  {
    name: 'an empty genre',
    path: '/genres/noir',
    ready: (page) => expect(page.getByRole('heading', { name: 'No reviews here yet' })).toBeVisible(),
  },
  {
    name: 'a review that cannot be shown',
    path: '/reviews/ballerina-2023',
    // A review file that fails its schema, read by the app shell (not carried in a prerendered page).
    arrange: async (page) => {
      await serveAppShell(page);
      await page.route(reviewFile('ballerina-2023'), (route) => route.fulfill({ json: { version: 2 } }));
    },
    ready: (page) => expect(page.getByRole('heading', { level: 1, name: 'This review can’t be shown' })).toBeVisible(),
  },
];

async function open(page: Page, view: View) {
  await view.arrange?.(page);
  await page.goto(view.path);
  await view.ready(page);
}

function describeTargets(targets: Target[]): string {
  return targets.map((target) => `${target.what} ${target.width}×${target.height}`).join('\n  ');
}

/**
 * Every visible target at least 24×24; those under 44×44 are listed in the
 * test's output and annotations. Returns the targets too small, for a soft check.
 */
async function undersizedTargets(page: Page, testInfo: TestInfo, where: string): Promise<string[]> {
  const targets = await measureTargets(page);
  expect(targets.length).toBeGreaterThan(0);
  const underComfortable = targets.filter((target) => target.width < COMFORTABLE || target.height < COMFORTABLE);
  if (underComfortable.length) {
    const report = `${underComfortable.length} of ${targets.length} targets under 44×44 on ${where}:\n  ${describeTargets(underComfortable)}`;
    console.log(report);
    testInfo.annotations.push({ type: 'targets under 44×44', description: report });
  }
  const inlineSmall = targets.filter((target) => target.inline && (target.width < MINIMUM || target.height < MINIMUM));
  if (inlineSmall.length) {
    testInfo.annotations.push({
      type: 'inline links under 24×24 (exempt: in a sentence)',
      description: describeTargets(inlineSmall),
    });
  }
  return targets
    .filter((target) => !target.inline && (target.width < MINIMUM || target.height < MINIMUM))
    .map((target) => `${target.what} ${target.width}×${target.height}`);
}

/**
 * One page load per view checks: axe in the light and the dark scheme, on a
 * phone the size of every target, then reflow at 320 px wide (the page resized
 * as by zooming to 400%). Each check is reported even when another fails.
 */
for (const view of VIEWS) {
  test(`${view.name} (${view.path}): axe in light and dark, target sizes on a phone, reflow at 320 px`, async ({
    page,
  }, testInfo) => {
    await open(page, view);

    for (const colorScheme of ['light', 'dark'] as const) {
      await test.step(`axe, ${colorScheme} colour scheme`, async () => {
        await page.emulateMedia({ colorScheme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          colorScheme === 'dark',
        );
        await expectNoAxeViolations(page).catch((error: Error) =>
          expect.soft(error.message, `axe in the ${colorScheme} colour scheme`).toBe(''),
        );
      });
    }

    if (isPhone(testInfo)) {
      await test.step('targets at least 24×24', async () => {
        expect.soft(await undersizedTargets(page, testInfo, view.path), 'targets under 24×24').toEqual([]);
      });
    }

    await test.step('reflow at 320 px', async () => {
      await page.setViewportSize({ width: 320, height: 720 });
      // Let the layout (and any view that swaps on width) settle for two frames.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const widths = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(widths.clientWidth).toBe(320);
      expect.soft(widths.scrollWidth, 'document.documentElement.scrollWidth at 320 px').toBeLessThanOrEqual(320);
    });
  });
}

test('the unfolded filters on a phone: targets at least 24×24, no axe violations', async ({ page }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the sheet is the phone layout');
  await page.goto('/?genre=drama');
  await waitForList(page);
  await page.getByRole('button', { name: /^Filters/ }).click();
  const panel = page.getByRole('dialog', { name: 'Filter and sort' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: /^Action \(\d+\)$/ })).toBeVisible();
  expect(await undersizedTargets(page, testInfo, 'the unfolded filters'), 'targets under 24×24').toEqual([]);
  await expectNoAxeViolations(page);
});

test.describe('star ratings', () => {
  for (const path of ['/', '/reviews/ballerina-2023', '/ratings']) {
    test(`read as one phrase, glyphs hidden, on ${path}`, async ({ page }) => {
      await page.goto(path);
      const main = page.getByRole('main');
      const stars = main.getByRole('img', { name: /out of 5 stars/ });
      await expect(stars.first()).toBeVisible();
      expect(await stars.count()).toBeGreaterThan(0);

      const problems = await stars.evaluateAll((elements) =>
        elements.flatMap((element) => {
          const label = element.getAttribute('aria-label') ?? '';
          const issues: string[] = [];
          if (!/^(0\.5|[1-4](\.5)?|5) out of 5 stars$/.test(label)) issues.push(`name "${label}"`);
          if (element.hasAttribute('aria-labelledby')) issues.push(`"${label}" also has aria-labelledby`);
          // Every text inside the image is hidden from assistive technology.
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent?.trim()) continue;
            if (!node.parentElement?.closest('[aria-hidden="true"]'))
              issues.push(`"${label}" exposes "${node.textContent}"`);
          }
          return issues;
        }),
      );
      expect(problems).toEqual([]);

      // The accessibility tree holds the phrase, never the glyphs.
      const tree = await main.ariaSnapshot();
      expect(tree).toMatch(/img "\d(\.5)? out of 5 stars"/);
      expect(tree).not.toMatch(/[★☆]/);
    });
  }
});
