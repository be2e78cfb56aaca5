import type { Page } from '@playwright/test';

/**
 * The size of every target a reader presses, measured in the page: for the
 * 24 px minimum (WCAG 2.5.8, tests/e2e/accessibility.spec.ts) and the 44 px
 * one on phones (WCAG 2.5.5, tests/e2e/touch-targets.spec.ts).
 */

/** A comfortable target for a finger, and the room a smaller one needs around it. */
export const COMFORTABLE = 44;
/** The smallest target WCAG 2.5.8 allows outside running text. */
export const MINIMUM = 24;

export interface Target {
  /** Its role (or tag) and accessible name: `button "Remove Drama"`. */
  what: string;
  width: number;
  height: number;
  /** A link in running text (a sentence, "Jeon Jong-seo as Jang Ok-ju"), which WCAG 2.5.8 excepts. */
  inline: boolean;
  /** Under 44 × 44 but with a 44 × 44 room of its own: no other target, nor another small target's room, in it. */
  roomy: boolean;
}

/** Every visible link, button, field, select, summary and switch on the page now, with its size. */
export async function measureTargets(page: Page): Promise<Target[]> {
  // Fonts decide the sizes of text buttons.
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(targetsInPage, COMFORTABLE);
}

/** In the page (so self-contained): see `measureTargets`. */
function targetsInPage(min: number): Target[] {
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
    // Words of its own, not other links and their commas: "Action, Thriller" is a row of targets, not a sentence.
    const words = [...block.childNodes]
      .filter((node) => !(node instanceof Element && node.matches('a[href], button')))
      .map((node) => node.textContent ?? '')
      .join(' ');
    return /\p{L}{2,}/u.test(words);
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
  const found: { element: Element; box: Box; inline: boolean }[] = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    if (element.closest('[inert], [aria-hidden="true"]')) continue;
    const box = targetBox(element);
    // A skip link or a visually hidden field (1 × 1 px, clipped) is no target until it shows.
    if (box) found.push({ element, box, inline: inRunningText(element) });
  }
  // Overlap, not contact: two boxes that only share an edge leave each other their room.
  type Edges = Pick<Box, 'left' | 'top' | 'right' | 'bottom'>;
  const touches = (a: Edges, b: Edges) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const large = (box: Box) => box.width >= min - 0.5 && box.height >= min - 0.5;
  /** The 44 × 44 square centred on a target: the room a small one needs of its own. */
  const roomOf = (box: Box) => {
    const x = (box.left + box.right) / 2;
    const y = (box.top + box.bottom) / 2;
    return { left: x - min / 2, right: x + min / 2, top: y - min / 2, bottom: y + min / 2 };
  };
  const others = found.filter((target) => !target.inline);
  return found.map(({ element, box, inline }) => {
    const room = roomOf(box);
    // As in WCAG 2.5.8's spacing rule: the room holds no other target, and no other small target's room.
    const crowded = others.some(
      (other) =>
        other.element !== element &&
        !other.element.contains(element) &&
        (touches(room, other.box) || (!large(other.box) && touches(room, roomOf(other.box)))),
    );
    return {
      what: name(element),
      width: Math.round(box.width * 10) / 10,
      height: Math.round(box.height * 10) / 10,
      inline,
      roomy: !crowded,
    };
  });
}
