import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, PAGE_SIZE } from './archive-layout';
import { cardSchema, type Card } from './card-schema';
import { MAX_SLUG_LENGTH } from './limits';
import { GENRE_SLUGS } from './genres';
import { MAX_HEADLINE, MAX_STANDFIRST, MAX_TITLE } from './limits';

/**
 * The text limits keep every card, and every page of cards, within the size
 * the app reads them with, whatever the cards hold: the publisher need not
 * check them one by one. The largest card is every text field at its limit,
 * in the character that takes the most bytes of JSON per unit of length
 * (U+2028: three bytes of UTF-8, left unescaped by JSON.stringify), with
 * every genre.
 */
const widest = (length: number) => '\u2028'.repeat(length);

const largestCard: Card = v.parse(cardSchema, {
  slug: 'x'.repeat(MAX_SLUG_LENGTH),
  headline: `x${widest(MAX_HEADLINE - 2)}x`,
  standfirst: `x${widest(MAX_STANDFIRST - 2)}x`,
  rating: 4.5,
  published: '2023-10-09',
  film: { title: `x${widest(MAX_TITLE - 2)}x`, year: 2023, genres: GENRE_SLUGS },
});
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe('the text limits and MAX_BYTES agree', () => {
  it('takes no more bytes per character than U+2028 does, for any character', () => {
    for (const character of ['"', '\\', '\t', '\n', '\u007F', '\u0800', '\uFFFD', '😀']) {
      expect(bytes(character) - 2).toBeLessThanOrEqual(3 * character.length);
    }
    expect(bytes('\u2028') - 2).toBe(3);
  });

  it('keeps the largest card within MAX_BYTES.card', () => {
    expect(largestCard.headline).toHaveLength(MAX_HEADLINE);
    expect(bytes(largestCard)).toBeLessThanOrEqual(MAX_BYTES.card);
  });

  it(`keeps a page of ${PAGE_SIZE} of the largest cards within MAX_BYTES.page`, () => {
    const page = {
      version: 2,
      total: 2 ** 31,
      ids: Array.from({ length: PAGE_SIZE }, (_, index) => 2 ** 31 - index),
      cards: Array.from({ length: PAGE_SIZE }, () => largestCard),
    };
    expect(bytes(page)).toBeLessThanOrEqual(MAX_BYTES.page);
  });
});
