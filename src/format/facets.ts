/**
 * The facets a list can be narrowed by besides genres and stars: decade,
 * country, original language and where to watch. Shared by the publisher, the
 * app and the boot script, so it holds no schema: only the values and their
 * spellings in an address.
 */

/** How a film can be watched: a subscription, to rent, to buy, free, or in cinemas. */
export const WATCH_KINDS = ['subscription', 'rent', 'buy', 'free', 'cinema'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

/** How each way to watch reads in the list's filters, their chips and their words. */
export const WATCH_KIND_LABELS: Record<WatchKind, string> = {
  subscription: 'Subscription',
  rent: 'Rent',
  buy: 'Buy',
  free: 'Free',
  cinema: 'In cinemas',
};

/** The first year of a film's decade: 1994 → 1990. */
export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

/** A watch provider's name as it appears in an address: "Disney+" → "disney-plus", "BFI Player" → "bfi-player". */
export function serviceSlug(provider: string): string {
  return provider
    .normalize('NFKD')
    .toLowerCase()
    .replaceAll('+', ' plus ')
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
