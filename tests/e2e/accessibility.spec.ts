import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { isPhone, resultCount, waitForList } from './helpers';

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

/** The catalogue index fails with a server error: the list shows its error state. */
async function failCatalogue(page: Page) {
  await page.route('**/catalog/index.json', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"boom"}' }),
  );
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
    arrange: failCatalogue,
    // The app retries a server error twice, with backoff, before it says so.
    ready: (page) => expect(page.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 20_000 }),
  },
  {
    name: 'an empty result',
    path: '/?q=zzzzzz',
    ready: (page) => expect(page.getByRole('heading', { name: 'No reviews match these filters' })).toBeVisible(),
  },
];

async function open(page: Page, view: View) {
  await view.arrange?.(page);
  await page.goto(view.path);
  await view.ready(page);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const view of VIEWS) {
      test(`${view.name} (${view.path})`, async ({ page }) => {
        if (view.arrange) test.setTimeout(45_000);
        await open(page, view);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('reflow at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } });
  for (const view of VIEWS) {
    test(`${view.name} (${view.path}) does not scroll sideways`, async ({ page }) => {
      if (view.arrange) test.setTimeout(45_000);
      await open(page, view);
      const widths = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(widths.clientWidth).toBe(320);
      expect(widths.scrollWidth, 'document.documentElement.scrollWidth').toBeLessThanOrEqual(320);
    });
  }
});

interface Target {
  what: string;
  width: number;
  height: number;
  /** A link inside a sentence of text: WCAG 2.5.8 exempts these from the size minimum. */
  inline: boolean;
}

/**
 * The size of every visible button, link in main, input and select. A control
 * inside its label is measured with the label, since the label takes the tap.
 */
async function measureTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const scope = document.querySelector('dialog[open]') ?? document;
    const elements = [
      ...scope.querySelectorAll<HTMLElement>('button, input, select'),
      ...(scope === document ? document.querySelectorAll<HTMLElement>('main a[href]') : scope.querySelectorAll('a[href]')),
    ];
    const targets: Target[] = [];
    for (const element of elements) {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const label = element.closest('label');
      const box = (label ?? element).getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = (element.getAttribute('aria-label') ?? (label ?? element).textContent ?? '').trim().replace(/\s+/g, ' ');
      // In a sentence: an inline link whose block holds other text besides it.
      const block = element.parentElement;
      const inline =
        element.tagName === 'A' &&
        getComputedStyle(element).display === 'inline' &&
        !!block &&
        (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 3;
      targets.push({
        what: `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''} "${name.slice(0, 50)}"`,
        width: Math.round(box.width * 10) / 10,
        height: Math.round(box.height * 10) / 10,
        inline,
      });
    }
    return targets;
  });
}

function describeTargets(targets: Target[]): string {
  return targets.map((target) => `${target.what} ${target.width}×${target.height}`).join('\n  ');
}

test.describe('target sizes on a phone', () => {
  const views: View[] = [
    ...VIEWS,
    {
      name: 'the filter sheet',
      path: '/',
      ready: async (page) => {
        await waitForList(page);
        await page.getByRole('button', { name: /^Filters/ }).click();
        await expect(page.getByRole('dialog', { name: 'Filter and sort' })).toBeVisible();
        await expect(page.getByRole('checkbox', { name: /^Action \(\d+\)$/ })).toBeVisible();
      },
    },
  ];
  for (const view of views) {
    test(`${view.name} (${view.path}): targets at least 24×24`, async ({ page }, testInfo) => {
      test.skip(!isPhone(testInfo), 'target sizes matter where fingers tap');
      if (view.arrange) test.setTimeout(45_000);
      await open(page, view);
      const targets = await measureTargets(page);
      expect(targets.length).toBeGreaterThan(0);

      const underComfortable = targets.filter((target) => target.width < 44 || target.height < 44);
      if (underComfortable.length) {
        const report = `${underComfortable.length} of ${targets.length} targets under 44×44 on ${view.path}:\n  ${describeTargets(underComfortable)}`;
        console.log(report);
        testInfo.annotations.push({ type: 'targets under 44×44', description: report });
      }
      const tooSmall = targets.filter((target) => !target.inline && (target.width < 24 || target.height < 24));
      const inlineSmall = targets.filter((target) => target.inline && (target.width < 24 || target.height < 24));
      if (inlineSmall.length) {
        testInfo.annotations.push({
          type: 'inline links under 24×24 (exempt: in a sentence)',
          description: describeTargets(inlineSmall),
        });
      }
      expect(tooSmall.map((target) => `${target.what} ${target.width}×${target.height}`), 'targets under 24×24').toEqual(
        [],
      );
    });
  }
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
