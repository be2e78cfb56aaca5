import * as v from 'valibot';
import { cardSchema, type Card } from '@/format/card-schema';

export interface CheckedCards {
  cards: Card[];
  /** The position of each kept card in the list as published. */
  positions: number[];
  /** Why each dropped card was dropped: "card 3 (ballerina-2023): Invalid rating…". */
  rejected: string[];
}

/**
 * Checks a published list of cards one by one: broken cards and repeated
 * slugs are dropped, and reported once in the console for whoever maintains
 * the data, so one bad card never hides the rest.
 */
export function checkCards(raw: readonly unknown[]): CheckedCards {
  const seen = new Set<string>();
  const checked: CheckedCards = { cards: [], positions: [], rejected: [] };
  raw.forEach((item, position) => {
    const result = v.safeParse(cardSchema, item);
    const problem = !result.success
      ? v.summarize(result.issues)
      : seen.has(result.output.slug)
        ? 'the same slug appears earlier in the list'
        : null;
    if (problem === null && result.success) {
      seen.add(result.output.slug);
      checked.cards.push(result.output);
      checked.positions.push(position);
    } else {
      checked.rejected.push(
        `card ${position + 1} (${String((item as { slug?: unknown } | null)?.slug).slice(0, 120)}): ${problem}`,
      );
    }
  });
  if (checked.rejected.length) console.warn(`Reel Notes: reviews not shown:\n${checked.rejected.join('\n')}`);
  return checked;
}
