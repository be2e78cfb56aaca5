import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/**
 * What a list page shows, read as a reader would. The cards are read with a
 * plain DOM query rather than a role query: it runs on every poll of waitFor,
 * and role queries over a whole page of cards are slow.
 */
export function cardLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/reviews/"]')];
}

/** The reviews listed, by the names of their links ("Ballerina (2023)"), in the order shown. */
export function listed(): string[] {
  return cardLinks().map((link) => link.textContent ?? '');
}

/** The slugs of the reviews listed, in the order shown. */
export function listedSlugs(): string[] {
  return cardLinks().map((link) => link.getAttribute('href')!.slice('/reviews/'.length));
}

/** Waits for the list to show these reviews, in this order. */
export async function expectListed(names: string[]) {
  await waitFor(() => expect(listed()).toEqual(names));
}

/** The card of one listed review, to query inside it. */
export function card(name: string) {
  const link = cardLinks().find((a) => a.textContent === name);
  if (!link) throw new Error(`"${name}" is not listed; the list is: ${listed().join(', ')}`);
  return within(link.closest('article')!);
}

/** The filters fold behind "Filters" on a phone: the reader unfolds them first. */
export async function openFilters(user: ReturnType<typeof userEvent.setup>) {
  const toggle = await screen.findByRole('button', { name: /^Filters/ });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return within(screen.getByRole('region', { name: 'Filter and sort' }));
}

/** "5,000 reviews", written out rather than through Intl, as the en-GB reader reads it. */
export function reviewsLabel(count: number): string {
  return `${String(count).replace(/\B(?=(\d{3})+$)/g, ',')} review${count === 1 ? '' : 's'}`;
}

/**
 * Presses "Show N more". Soon after the first page paints, the engine's list
 * takes its place (the same markup, new elements): a press that landed on the
 * button just as it left the page did nothing, and is made again. How many
 * are shown lives in the history entry's state, which tells the two apart.
 */
export async function showMore(
  user: ReturnType<typeof userEvent.setup>,
  router: { state: { location: { state: unknown } } },
  name: string | RegExp,
) {
  const shown = () => Number((router.state.location.state as { shown?: number } | null)?.shown ?? 24);
  const before = shown();
  await waitFor(async () => {
    if (shown() === before) await user.click(screen.getByRole('button', { name }));
    expect(shown()).toBeGreaterThan(before);
  });
}
