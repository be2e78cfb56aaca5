import { describe, expect, it } from 'vitest';
import type { Postings } from '../api/text-api';
import { findPassage, hasPhrases, type PassagePart } from './text-passage';
import { parseTextQuery } from './text-query';
import { rankMatches, type TermPostings } from './text-rank';

/** The pure parts of the search inside reviews: reading a query, ranking, phrases and passages. */

const postings = (entries: [id: number, count: number][]): Postings => ({
  ids: Uint32Array.from(entries.map(([id]) => id)),
  counts: Uint16Array.from(entries.map(([, count]) => count)),
});
const exact = (word: string, entries: [number, number][]): TermPostings => ({
  term: { word, prefix: false },
  words: [[word, postings(entries)]],
});
/** The marked parts of a passage, and the whole of it as text. */
const marks = (parts: PassagePart[]) => parts.flatMap((part) => (typeof part === 'string' ? [] : [part.mark]));
const asText = (parts: PassagePart[]) => parts.map((part) => (typeof part === 'string' ? part : part.mark)).join('');

describe('parseTextQuery', () => {
  it('looks up each word once, folded, leaving out common words and single letters', () => {
    expect(parseTextQuery('The Rain and the RAIN of Amélie x')).toEqual({
      terms: [
        { word: 'rain', prefix: false },
        { word: 'amelie', prefix: false },
      ],
      phrases: [],
      ignored: ['the', 'and', 'of', 'x'],
    });
  });

  it('takes the last word, while it is typed, as the beginning of a word', () => {
    expect(parseTextQuery('samurai kuros').terms).toEqual([
      { word: 'samurai', prefix: false },
      { word: 'kuros', prefix: true },
    ]);
    // Too short to begin anything useful, or already typed in full elsewhere.
    expect(parseTextQuery('samurai ku').terms.at(-1)).toEqual({ word: 'ku', prefix: false });
    expect(parseTextQuery('rain and rain').terms).toEqual([{ word: 'rain', prefix: false }]);
  });

  it('reads text in double quotes as a phrase, stop words and all; an open quote runs to the end', () => {
    const closed = parseTextQuery('"the man with no name" western');
    expect(closed.phrases).toEqual([{ words: ['the', 'man', 'with', 'no', 'name'], open: false }]);
    expect(closed.terms.map((term) => term.word)).toEqual(['man', 'no', 'name', 'western']);
    expect(closed.terms.at(-1)?.prefix).toBe(true);
    const open = parseTextQuery('west "bubblegum pi');
    expect(open.phrases).toEqual([{ words: ['bubblegum', 'pi'], open: true }]);
    expect(parseTextQuery('"bubblegum pink"').terms.every((term) => !term.prefix)).toBe(true);
  });

  it('finds nothing to look up in common words alone', () => {
    expect(parseTextQuery('"to be or not to be"')).toMatchObject({ terms: [], ignored: ['to', 'be', 'or', 'not'] });
    expect(parseTextQuery('').terms).toEqual([]);
  });
});

describe('rankMatches', () => {
  it('keeps only the reviews with every term', () => {
    const ranked = rankMatches(
      [
        exact('rain', [
          [1, 1],
          [2, 1],
          [5, 1],
        ]),
        exact('village', [
          [2, 1],
          [3, 1],
          [5, 1],
        ]),
      ],
      10,
    );
    expect([...ranked].sort()).toEqual([2, 5]);
    expect([...rankMatches([exact('rain', [[1, 1]]), exact('absent', [])], 10)]).toEqual([]);
    expect([...rankMatches([], 10)]).toEqual([]);
  });

  it('ranks by idf × (1 + ln tf) summed over the terms, newer first on ties', () => {
    // "rare" is in 2 reviews of 100, "common" in 50: a rare word weighs more than a common one said often.
    const common = exact('common', [
      ...Array.from({ length: 48 }, (_, n): [number, number] => [n + 10, 1]),
      [3, 9],
      [4, 1],
    ]);
    const rare = exact('rare', [
      [3, 1],
      [4, 1],
    ]);
    const only = (entries: TermPostings[]) => [...rankMatches(entries, 100)];
    expect(only([rare, common])).toEqual([3, 4]);
    const idf = (df: number) => Math.log(1 + 100 / df);
    expect(idf(2) + idf(50) * (1 + Math.log(9))).toBeGreaterThan(idf(2) + idf(50));
    // The same score: the lower id (the newer review) first.
    expect(
      only([
        exact('tie', [
          [7, 2],
          [6, 2],
        ]),
      ]),
    ).toEqual([6, 7]);
    expect(
      only([
        exact('often', [
          [8, 1],
          [9, 4],
        ]),
      ]),
    ).toEqual([9, 8]);
  });

  it('counts a word found by its beginning for less than the word itself', () => {
    const ranked = rankMatches(
      [
        {
          term: { word: 'kuro', prefix: true },
          words: [
            ['kuro', postings([[1, 1]])],
            ['kurosawa', postings([[0, 1]])],
          ],
        },
      ],
      10,
    );
    expect([...ranked]).toEqual([1, 0]);
  });

  it('ignores ids beyond the archive', () => {
    expect([
      ...rankMatches(
        [
          exact('odd', [
            [3, 1],
            [2 ** 31, 1],
          ]),
        ],
        10,
      ),
    ]).toEqual([3]);
  });
});

const TEXT = [
  '‘Ballerina’ review — a neon-lit revenge thriller',
  'A standfirst about Jeon Jong-seo.',
  'The revenge plot is old. Lee and his camera team paint the city in bubblegum pink and electric blue, so that every stairwell looks like a nightclub. The violence is severe. Blades go in.',
  'Jang Ok-ju (Jeon Jong-seo) used to guard other people’s bodies for a living, and she still can.',
].join('\n\n');

describe('phrases', () => {
  it('must appear as written: the words in order, case, accents and punctuation aside', () => {
    expect(hasPhrases(TEXT, parseTextQuery('"Bubblegum Pink"'))).toBe(true);
    expect(hasPhrases(TEXT, parseTextQuery('"jeon jong seo" "camera team"'))).toBe(true);
    expect(hasPhrases(TEXT, parseTextQuery('"pink bubblegum"'))).toBe(false);
    expect(hasPhrases(TEXT, parseTextQuery('"bubblegum electric"'))).toBe(false);
    // Still being typed: the last word may be the beginning of one.
    expect(hasPhrases(TEXT, parseTextQuery('"bubblegum pi'))).toBe(true);
    expect(hasPhrases(TEXT, parseTextQuery('"bubblegum pi"'))).toBe(false);
  });
});

describe('findPassage', () => {
  it('shows the sentence that matches best, with the sentences around it while they fit, and marks the words', () => {
    const parts = findPassage(TEXT, parseTextQuery('stairwell violence'));
    // The first of the best sentences (21 words), then the next ones and the one before, up to about 30 words.
    expect(asText(parts)).toBe(
      'The revenge plot is old. Lee and his camera team paint the city in bubblegum pink and electric blue, so that every stairwell looks like a nightclub. The violence is severe. Blades go in.',
    );
    expect(asText(findPassage(TEXT, parseTextQuery('"electric blue" violence')))).toMatch(/^The revenge plot/);
    // Never across paragraphs: the headline is a passage on its own.
    expect(asText(findPassage(TEXT, parseTextQuery('neon')))).toBe('‘Ballerina’ review — a neon-lit revenge thriller');
    expect(marks(parts)).toEqual(['stairwell', 'violence']);
  });

  it('marks a phrase as one, as written in the text', () => {
    const parts = findPassage(TEXT, parseTextQuery('"jeon jong seo" guard'));
    expect(asText(parts)).toMatch(/^Jang Ok-ju \(Jeon Jong-seo\) used to guard/);
    expect(marks(parts)).toEqual(['Jeon Jong-seo', 'guard']);
  });

  it('marks every word a beginning finds', () => {
    expect(marks(findPassage(TEXT, parseTextQuery('revenge thr')))).toEqual(['revenge', 'thriller']);
  });

  it('cuts a long sentence to about 30 words around its match, saying so', () => {
    const long = `${Array.from({ length: 40 }, (_, n) => `word${n}`).join(' ')} needle ${Array.from({ length: 40 }, (_, n) => `more${n}`).join(' ')}.`;
    const parts = findPassage(long, parseTextQuery('needle'));
    const text = asText(parts);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.split(/\s+/).filter((word) => word !== '…')).toHaveLength(30);
    expect(marks(parts)).toEqual(['needle']);
  });

  it('gives parts of text only: markup in the data stays text', () => {
    const parts = findPassage(
      'A <b>bold</b> claim about <img src=x onerror=alert(1)> needles.',
      parseTextQuery('needles'),
    );
    expect(asText(parts)).toBe('A <b>bold</b> claim about <img src=x onerror=alert(1)> needles.');
    expect(parts.every((part) => typeof part === 'string' || typeof part.mark === 'string')).toBe(true);
  });
});
