import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { genreCheckbox, waitForList } from './helpers';

/**
 * Touch targets on a phone (issue #18): everything a reader presses is big
 * enough for a finger. The rule, for every visible link, button, field,
 * select, summary and switch:
 *
 * - its target (the element, joined with its label when it has one) is at
 *   least 44 × 44 CSS px; or
 * - it is at least 24 × 24 and the 44 × 44 square centred on it touches no
 *   other target: a small target with the room of a large one around it.
 *
 * Links in running text are excepted, as WCAG 2.5.8 excepts them: a link laid
 * out inline in a paragraph, list item or definition whose block holds other
 * words (a sentence, "Jeon Jong-seo as Jang Ok-ju") is sized by its line.
 */

const MIN = 44;
const SMALL = 24;

/** In the page: the targets that break the rule, each as "role name: width×height". */
function offenders(limits: { min: number; small: number }): string[] {
  const { min, small } = limits;
  const selector = [
    'a[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    '[role="button"]',
    '[role="switch"]',
    '[role="checkbox"]',
  ].join(',');

  /** A link laid out inline in a block (its nearest box that is not inline) that holds words of its own: running text. */
  const inRunningText = (element: Element) => {
    if (element.tagName !== 'A' || !/^inline(-block)?$/.test(getComputedStyle(element).display)) return false;
    let block = element.parentElement;
    while (block && /^(inline|contents)$/.test(getComputedStyle(block).display)) block = block.parentElement;
    if (!block?.matches('p, li, dd, blockquote, figcaption, td')) return false;
    const own = (element.textContent ?? '').trim();
    return (block.textContent ?? '').replace(own, '').trim() !== '';
  };

  /** The box a finger can press: the element with its label (a visually hidden checkbox is pressed by its label). */
  const targetBox = (element: Element) => {
    const boxes = [element.getBoundingClientRect()];
    // A card's link stretches over the card with an ::after laid over its positioned ancestor.
    const after = getComputedStyle(element, '::after');
    if (after.content !== 'none' && after.position === 'absolute' && after.inset === '0px') {
      let holder = element.parentElement;
      while (holder && getComputedStyle(holder).position === 'static') holder = holder.parentElement;
      if (holder) boxes.push(holder.getBoundingClientRect());
    }
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      for (const label of element.labels ?? []) boxes.push(label.getBoundingClientRect());
    }
    const shown = boxes.filter((box) => box.width > 1 && box.height > 1);
    if (shown.length === 0) return undefined;
    const left = Math.min(...shown.map((box) => box.left));
    const top = Math.min(...shown.map((box) => box.top));
    const right = Math.max(...shown.map((box) => box.right));
    const bottom = Math.max(...shown.map((box) => box.bottom));
    return { left, top, right, bottom, width: right - left, height: bottom - top };
  };

  const name = (element: Element) => {
    const label =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement || element instanceof HTMLSelectElement
        ? [...(element.labels ?? [])].map((node) => node.innerText).join(' ')
        : element.textContent);
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    return `${role} "${(label ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
  };

  type Box = NonNullable<ReturnType<typeof targetBox>>;
  const targets: { element: Element; box: Box }[] = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    if (element.closest('[inert], [aria-hidden="true"]') || inRunningText(element)) continue;
    const box = targetBox(element);
    // A skip link or a visually hidden field (1 × 1 px, clipped) is no target until it shows.
    if (box) targets.push({ element, box });
  }
  // Overlap, not contact: two boxes that only share an edge leave each other their room.
  type Edges = Pick<Box, 'left' | 'top' | 'right' | 'bottom'>;
  const touches = (a: Edges, b: Edges) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const large = (box: Box) => box.width >= min - 0.5 && box.height >= min - 0.5;
  /** The 44 × 44 square centred on a target under 44 px: the room it needs of its own. */
  const roomOf = (box: Box) => {
    const x = (box.left + box.right) / 2;
    const y = (box.top + box.bottom) / 2;
    return { left: x - min / 2, right: x + min / 2, top: y - min / 2, bottom: y + min / 2 };
  };
  const found: string[] = [];
  for (const { element, box } of targets) {
    if (large(box)) continue;
    if (box.width >= small && box.height >= small) {
      const room = roomOf(box);
      // As in WCAG 2.5.8's spacing rule: the room holds no other target, and no other small target's room.
      const crowded = targets.some(
        (other) =>
          other.element !== element &&
          !other.element.contains(element) &&
          (touches(room, other.box) || (!large(other.box) && touches(room, roomOf(other.box)))),
      );
      if (!crowded) continue;
    }
    found.push(`${name(element)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  return found;
}

async function expectTouchTargets(page: Page, view: string) {
  // Fonts decide the sizes of text buttons.
  await page.evaluate(() => document.fonts.ready);
  const found = await page.evaluate(offenders, { min: MIN, small: SMALL });
  expect.soft(found, `targets under ${MIN}×${MIN} px (or ${SMALL} px without room) on ${view}`).toEqual([]);
}

// Touch targets are a phone's matter: the desktop project has a mouse.
test.skip(({ isMobile }) => !isMobile, 'the phone project');

test('the latest reviews, with the filter sheet open and with active filters', async ({ page }) => {
  await page.goto('/');
  await waitForList(page);
  await expectTouchTargets(page, '/');
  // The masthead's search, opened over its row, with its suggestions.
  await page.getByRole('banner').getByLabel('Search reviews').tap();
  const search = page.getByRole('combobox', { name: 'Search reviews' });
  await search.fill('ba');
  await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
  await expectTouchTargets(page, 'the masthead search');
  await search.press('Escape');
  await search.blur();
  await page.getByRole('button', { name: /^Filters/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Filter and sort' });
  await expect(genreCheckbox(sheet, 'Drama')).toHaveAccessibleName(/\(\d+\)$/);
  await expectTouchTargets(page, 'the filter sheet');
  // Three filters: their chips wrap onto a second row, the crowded case.
  await genreCheckbox(sheet, 'Drama').check();
  await genreCheckbox(sheet, 'Thriller').check();
  await sheet.getByLabel('Minimum rating').selectOption('4');
  await sheet.getByRole('button', { name: /^Show \d+ reviews?$/ }).click();
  await expect(
    page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Clear all' }),
  ).toBeVisible();
  await expectTouchTargets(page, '/ with active filters');
});

test('a review, its facts and its spoilers', async ({ page }) => {
  await page.goto('/reviews/alien-1979');
  await expect(page.getByRole('complementary', { name: 'The film' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: /^Mark as (un)?read$/ })).toBeVisible();
  await expectTouchTargets(page, 'a review');
  await page.getByRole('button', { name: 'Show spoiler' }).first().click();
  await expect(page.getByRole('button', { name: /^Hide/ }).first()).toBeVisible();
  await expectTouchTargets(page, 'a review with a spoiler shown');
});

test('/saved with one saved review', async ({ page }) => {
  await page.goto('/reviews/ballerina-2023');
  const save = page.getByRole('main').getByRole('button', { name: 'Save Ballerina (2023)', exact: true });
  await expect(page.getByRole('main').getByRole('button', { name: /^Mark as (un)?read$/ })).toBeVisible();
  await save.click();
  await expect(page.getByRole('main').getByRole('button', { name: 'Saved Ballerina (2023)' })).toBeVisible();
  await page.goto('/saved');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Export reading list' })).toBeVisible();
  await expectTouchTargets(page, '/saved');
});

const VIEWS = [
  { path: '/genres', heading: 'Genres' },
  { path: '/ratings', heading: /ratings/i },
  { path: '/search?q=revenge', heading: 'Search reviews' },
  { path: '/people/lee-chung-hyun', heading: 'Lee Chung-hyun' },
  { path: '/critics/daniel-okafor', heading: 'Daniel Okafor' },
  { path: '/lists', heading: 'Lists' },
  { path: '/lists/a-season-of-revenge', heading: 'A season of revenge, in five films' },
];

for (const view of VIEWS) {
  test(view.path, async ({ page }) => {
    await page.goto(view.path);
    await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    await expectTouchTargets(page, view.path);
  });
}
