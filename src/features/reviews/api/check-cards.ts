import * as v from 'valibot';
import { cardSchema, type Card } from '../format/card-schema';

export interface RejectedCard {
  /** The slug if the card had a readable one, else its position. */
  card: string;
  reason: string;
}

export interface CheckedCards {
  cards: Card[];
  /** The position of each kept card in the list as published. */
  positions: number[];
  rejected: RejectedCard[];
}

/**
 * Checks a published list of cards one by one: broken cards and repeated
 * slugs are dropped with a reason, so one bad card never hides the rest.
 */
export function checkCards(raw: readonly unknown[]): CheckedCards {
  const seen = new Set<string>();
  const checked: CheckedCards = { cards: [], positions: [], rejected: [] };
  raw.forEach((item, position) => {
    const result = v.safeParse(cardSchema, item);
    if (!result.success) {
      checked.rejected.push({ card: describe(item, position), reason: v.summarize(result.issues) });
    } else if (seen.has(result.output.slug)) {
      checked.rejected.push({ card: result.output.slug, reason: 'the same slug appears earlier in the list' });
    } else {
      seen.add(result.output.slug);
      checked.cards.push(result.output);
      checked.positions.push(position);
    }
  });
  reportRejected(checked.rejected);
  return checked;
}

function describe(item: unknown, position: number): string {
  const slug = typeof item === 'object' && item !== null ? (item as { slug?: unknown }).slug : undefined;
  return typeof slug === 'string' ? slug.slice(0, 120) : `card ${position + 1}`;
}

const reported = new Set<string>();

/** Tells whoever maintains the data, once per card and reason, which cards were dropped and why. */
export function reportRejected(rejected: readonly RejectedCard[]): void {
  const fresh = rejected.filter(({ card, reason }) => !reported.has(`${card}\n${reason}`));
  if (!fresh.length) return;
  for (const { card, reason } of fresh) reported.add(`${card}\n${reason}`);
  console.warn(
    `Reel Notes: ${fresh.length} ${fresh.length === 1 ? 'review was' : 'reviews were'} not shown:\n` +
      fresh.map(({ card, reason }) => `  • ${card}: ${reason}`).join('\n'),
  );
}
