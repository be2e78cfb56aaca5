import { describe, expect, it } from 'vitest';
import type { Postings } from '../api/text-api';
import { findPassage, hasPhrases, type PassagePart } from './text-passage';
import { matchesTerm, parseTextQuery } from './text-query';
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

  it('takes a word followed by a space or a closing quote as typed in full: "kim " is not the beginning of "kimberly"', () => {
    const [kim] = parseTextQuery('kim ').terms;
    expect(kim).toEqual({ word: 'kim', prefix: false });
    expect(matchesTerm('kimberly', kim!)).toBe(false);
    expect(matchesTerm('kim', kim!)).toBe(true);
    const [typing] = parseTextQuery('kim').terms;
    expect(matchesTerm('kimberly', typing!)).toBe(true);
    expect(parseTextQuery('samurai kuros.').terms.at(-1)).toEqual({ word: 'kuros', prefix: false });
    expect(parseTextQuery('"samurai kuros"').terms.at(-1)).toEqual({ word: 'kuros', prefix: false });
  });

  it('reads text in double quotes as a phrase, stop words and all; an open quote runs to the end', () => {
    const closed = parseTextQuery('"the man with no name" western');
    expect(closed.phrases).toEqual([{ words: ['the', 'man', 'with', 'no', 'name'], open: false }]);
    // Only the last word typed may be a beginning: a phrase's words are whole.
    expect(closed.terms).toEqual([
      { word: 'man', prefix: false },
      { word: 'no', prefix: false },
      { word: 'name', prefix: false },
      { word: 'western', prefix: true },
    ]);
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

  it('weighs a rare word more than a common one said more often', () => {
    // Of 100 reviews, "often" is in 50 and "rare" in 2: review 0 says "often" 3 times, review 1 says "rare" twice.
    const often = exact('often', [
      [0, 3],
      [1, 1],
      ...Array.from({ length: 48 }, (_, n): [number, number] => [n + 10, 1]),
    ]);
    const rare = exact('rare', [
      [0, 1],
      [1, 2],
    ]);
    expect([...rankMatches([often, rare], 100)]).toEqual([1, 0]);
  });

  it('counts a review found by a beginning and by the whole word once, by its best', () => {
    const kuro = (words: [string, [number, number][]][]): TermPostings => ({
      term: { word: 'kuro', prefix: true },
      words: words.map(([word, entries]) => [word, postings(entries)]),
    });
    // Review 0 has "kuro" and "kurosawa"; review 1 "kuro" only, as often: the same score, the newer first.
    const both = kuro([
      [
        'kuro',
        [
          [0, 1],
          [1, 1],
        ],
      ],
      ['kurosawa', [[0, 1]]],
    ]);
    expect([...rankMatches([both], 10)]).toEqual([0, 1]);
  });

  it('keeps the newer review first among many of the same score', () => {
    const ids = Array.from({ length: 60 }, (_, n): [number, number] => [n, 1]);
    expect([...rankMatches([exact('same', ids)], 100)]).toEqual(ids.map(([id]) => id));
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
    // Every phrase of the query, not one of them.
    expect(hasPhrases(TEXT, parseTextQuery('"camera team" "pink bubblegum"'))).toBe(false);
    expect(hasPhrases(TEXT, parseTextQuery('"pink bubblegum" "camera team"'))).toBe(false);
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

/** `count` filler words that match nothing: "w0 w1 w2 …", or with another stem. */
const filler = (count: number, stem = 'w') => Array.from({ length: count }, (_, n) => `${stem}${n}`).join(' ');

describe('findPassage, choosing the sentence', () => {
  it('prefers a sentence with the phrase, then one with more different words, then more matches; the first on ties', () => {
    const text = [
      'Rain, rain and more rain fell.',
      'The rain reached the village.',
      'Another village saw rain too.',
      'A village in the rain.',
    ].join('\n\n');
    expect(asText(findPassage(text, parseTextQuery('rain village ')))).toBe('The rain reached the village.');
    expect(asText(findPassage(text, parseTextQuery('rain ')))).toBe('Rain, rain and more rain fell.');
    expect(asText(findPassage(text, parseTextQuery('"village in the rain" rain ')))).toBe('A village in the rain.');
  });

  it('never runs into the next paragraph, even when the blank line between them holds spaces', () => {
    expect(asText(findPassage('The rain came.\n   \nThe village drowned.', parseTextQuery('rain ')))).toBe(
      'The rain came.',
    );
  });

  it('ends a sentence after its closing quotes and brackets, and keeps them with it', () => {
    const before = `${filler(20, 'a')} said "stop!"`;
    const best = `${filler(20, 'b')} (then rain.)`;
    const after = `${filler(20, 'c')}.`;
    const passage = asText(findPassage(`${before} ${best} ${after}`, parseTextQuery('rain ')));
    expect(passage).toBe(`${best} ${after}`);
  });

  it('adds the next sentence while the passage is short, else the one before, never past 45 words', () => {
    const first = `${filler(10, 'a')}.`;
    const best = `${filler(9, 'b')} rain.`;
    expect(asText(findPassage(`${first} ${best} ${filler(30, 'c')}.`, parseTextQuery('rain ')))).toBe(
      `${best} ${filler(30, 'c')}.`,
    );
    expect(asText(findPassage(`${first} ${best} ${filler(40, 'c')}.`, parseTextQuery('rain ')))).toBe(
      `${first} ${best}`,
    );
    // About 30 words: a passage of 20 takes no third sentence of 26, which would make it 46.
    const short = `${filler(10, 'd')}.`;
    expect(asText(findPassage(`${first} ${best} ${short} ${filler(26, 'e')}.`, parseTextQuery('rain ')))).toBe(
      `${first} ${best} ${short}`,
    );
  });
});

describe('findPassage, cutting a long sentence', () => {
  const long = (at: number) => `${filler(at)} needle ${filler(79 - at, 'x')}.`;
  const words = (parts: PassagePart[]) =>
    asText(parts)
      .split(/\s+/)
      .filter((word) => word !== '…');

  it('near its start: from the start, with "…" after', () => {
    const parts = findPassage(long(2), parseTextQuery('needle '));
    expect(asText(parts).startsWith('w0 w1 needle')).toBe(true);
    expect(asText(parts).endsWith(' …')).toBe(true);
    expect(words(parts)).toHaveLength(30);
  });

  it('near its end: up to the end, with "…" before', () => {
    const parts = findPassage(long(78), parseTextQuery('needle '));
    expect(asText(parts).startsWith('… ')).toBe(true);
    expect(asText(parts).endsWith('needle x0.')).toBe(true);
    expect(words(parts)).toHaveLength(30);
  });

  it('around a phrase rather than an earlier word of the query', () => {
    const text = `${filler(2)} hay ${filler(60)} the needle ${filler(20, 'x')}.`;
    const parts = findPassage(text, parseTextQuery('hay "the needle"'));
    expect(marks(parts)).toEqual(['the needle']);
  });
});

describe('findPassage, marking', () => {
  it('marks a phrase once, even where its words are also words of the query', () => {
    const parts = findPassage(TEXT, parseTextQuery('"bubblegum pink" pink bubblegum'));
    expect(marks(parts)).toEqual(['bubblegum pink']);
  });

  it('marks the word a phrase still being typed begins', () => {
    expect(marks(findPassage(TEXT, parseTextQuery('"bubblegum pi')))).toEqual(['bubblegum pink']);
  });

  it('gives the passage as one line: line breaks and runs of spaces inside it become one space', () => {
    expect(asText(findPassage('The  rain\n fell   on the\tvillage.', parseTextQuery('rain ')))).toBe(
      'The rain fell on the village.',
    );
  });

  it('gives a text without words as it is', () => {
    expect(findPassage('  … — !  ', parseTextQuery('rain'))).toEqual(['… — !']);
  });
});
