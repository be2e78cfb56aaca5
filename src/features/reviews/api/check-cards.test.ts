import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleBuild } from '../../../../tests/mocks/handlers';
import { changed, type Json } from '../../../../tests/review-fixtures';
import { MAX_HEADLINE } from '@/format/limits';
import { checkCards } from './check-cards';

/** Every published card of the sample build, newest first (cards/<id>.json). */
function sampleCards(): Json[] {
  const { read } = sampleBuild();
  const { total } = read('pages/all.json') as { total: number };
  return Array.from({ length: total }, (_, id) => read(`cards/${id}.json`) as Json);
}

const sample = sampleCards();
const slugs = (cards: readonly object[]) => cards.map((card) => (card as { slug?: unknown }).slug);

describe('checkCards', () => {
  // Dropped cards are listed in the console: checked in the last test, kept quiet here.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('keeps every card of the sample, in order, each at its position', () => {
    const { cards, positions, rejected } = checkCards(sample);
    expect(rejected).toEqual([]);
    expect(slugs(cards)).toEqual(slugs(sample));
    expect(positions).toEqual(sample.map((_, position) => position));
    expect(cards.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['a missing headline', 'headline', undefined, /headline/],
    ['a missing film', 'film', undefined, /film/],
    ['a missing title', 'film.title', undefined, /film\.title/],
    ['a missing rating', 'rating', undefined, /rating/],
    ['a missing date', 'published', undefined, /published/],
    ['a title that is a number', 'film.title', 42, /film\.title/],
    ['a year written as text', 'film.year', '2023', /film\.year/],
    ['a year before cinema', 'film.year', 1869, /film\.year/],
    ['genres that are not a list', 'film.genres', 'action', /film\.genres/],
    ['rating 7', 'rating', 7, /rating/],
    ['rating "seven"', 'rating', 'seven', /rating/],
    ['rating 3.3', 'rating', 3.3, /rating/],
    ['rating 0', 'rating', 0, /rating/],
    ['an unknown genre', 'film.genres', ['action', 'cyberpunk'], /film\.genres/],
    ['no genre', 'film.genres', [], /film\.genres/],
    ['a date that is not a date', 'published', 'yesterday', /published/],
    ['a date in another format', 'published', '09/10/2023', /published/],
    ['a month 13', 'published', '2023-13-01', /published/],
    ['30 February', 'published', '2023-02-30', /published/],
    ['a date after 2100', 'published', '2101-01-01', /published/],
    ['a slug with capitals and spaces', 'slug', 'Ballerina 2023', /slug/],
    ['a slug that climbs directories', 'slug', '../../index', /slug/],
  ])('drops a card with %s, says why, and keeps the rest with their positions', (_, path, value, reason) => {
    const broken = changed(sample[1]!, path, value);
    const { cards, positions, rejected } = checkCards([sample[0], broken, sample[2]]);
    expect(slugs(cards)).toEqual([sample[0]!.slug, sample[2]!.slug]);
    expect(positions).toEqual([0, 2]);
    expect(rejected).toHaveLength(1);
    // The card is named by its position and its slug, then why it was dropped.
    expect(rejected[0]).toMatch(new RegExp(`^card 2 \\(${String(broken.slug).replace(/[.()]/g, '\\$&')}\\): .+`));
    expect(rejected[0]!.slice(rejected[0]!.indexOf('): '))).toMatch(reason);
  });

  it('names a card without a readable slug by its position', () => {
    const { rejected } = checkCards([sample[0], changed(sample[1]!, 'slug', undefined), null, 42, 'x', []]);
    expect(rejected.map((line) => line.split(' (')[0])).toEqual(['card 2', 'card 3', 'card 4', 'card 5', 'card 6']);
    for (const line of rejected) expect(line).toMatch(/\): \S/);
  });

  it('keeps the first of two cards with the same slug and says why the second was dropped', () => {
    const first = sample[0]!;
    const copy = { ...sample[3]!, slug: first.slug };
    const { cards, positions, rejected } = checkCards([first, sample[1], copy, sample[2]]);
    expect(slugs(cards)).toEqual([first.slug, sample[1]!.slug, sample[2]!.slug]);
    expect(positions).toEqual([0, 1, 3]);
    expect(cards[0]).toEqual(first);
    expect(rejected).toEqual([`card 3 (${String(first.slug)}): the same slug appears earlier in the list`]);
  });

  it('cuts a hostile slug short when naming the broken card', () => {
    const { rejected } = checkCards([changed(sample[0]!, 'slug', 'x'.repeat(100_000))]);
    expect(rejected[0]!.length).toBeLessThan(1_000);
  });

  it('keeps working when every card is broken', () => {
    const { cards, positions, rejected } = checkCards(sample.map((card) => changed(card, 'rating', 'seven')));
    expect(cards).toEqual([]);
    expect(positions).toEqual([]);
    expect(rejected).toHaveLength(sample.length);
  });

  it('drops what a card does not show', () => {
    const [kept] = checkCards([
      { ...sample[0]!, body: ['a whole review'], film: { ...(sample[0]!.film as Json), cast: ['x'] } },
    ]).cards;
    expect(kept).toEqual(sample[0]);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'Zero\u200Bwidth\u200Djoined',
    // A single word as long as a headline may be.
    'w'.repeat(MAX_HEADLINE),
    'Emoji 👩‍👩‍👧‍👦 and 🏳️‍🌈',
  ])('accepts %j as plain text', (hostile) => {
    const card = changed(changed(sample[0]!, 'headline', hostile), 'standfirst', hostile);
    const { cards, rejected } = checkCards([card]);
    expect(rejected).toEqual([]);
    expect(cards[0]!.headline).toBe(hostile);
    expect(cards[0]!.standfirst).toBe(hostile);
  });

  it('removes bidi controls such as a right-to-left override from the text it keeps', () => {
    const card = changed(
      changed(sample[0]!, 'headline', 'Evil \u202Egnirts\u202C here'),
      'film.title',
      '\u2067Jaws\u2069',
    );
    const [kept] = checkCards([card]).cards;
    expect(kept!.headline).toBe('Evil gnirts here');
    expect(kept!.film.title).toBe('Jaws');
  });
});

describe('what checkCards tells the console', () => {
  it('lists each dropped card and why, and says nothing when every card is fine', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    checkCards(sample);
    expect(warn).not.toHaveBeenCalled();
    checkCards([sample[0], changed(sample[1]!, 'rating', 7), changed(sample[2]!, 'slug', 'Not A Slug')]);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]![0]);
    expect(message).toMatch(/^Reel Notes: reviews not shown:/);
    expect(message).toContain(`card 2 (${String(sample[1]!.slug)}): `);
    expect(message).toContain('card 3 (Not A Slug): ');
    expect(message).not.toContain(String(sample[0]!.slug));
  });
});
