import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildPaths } from '../src/format/archive-layout';
import type { Review } from '../src/format/review-schema';
import {
  chunkKeyOf,
  chunkKeysWithPrefix,
  reviewText,
  STOP_WORDS,
  TEXT_KEY_LENGTHS,
  textChunkKey,
  wordCounts,
} from '../src/format/text-index';
import { textChunkSchema, textKeysSchema, type TextChunkDocument } from '../src/format/text-index-schema';
import { accepted, authoredReviews, changed, reviewJson, type Json } from '../tests/review-fixtures';
import { MAX_CHUNK_BYTES, textIndexFiles } from './lib/publish-text-index';

/**
 * The full-text index the publisher writes: what it holds and leaves out,
 * how its postings are spelled, how chunks split, and that it is the same
 * every time. Expected values are worked out here from the reviews.
 */

/** A review with its own slug, date and text; the rest is Ballerina's. */
function review(slug: string, published: string, body: unknown[], changes: Json = {}): Review {
  let json = changed(
    changed(changed(reviewJson('ballerina-2023'), 'slug', slug), 'published', published),
    'body',
    body,
  );
  json = changed(json, 'headline', `Headline of ${slug}`);
  json = changed(json, 'standfirst', `The standfirst of ${slug}.`);
  json = changed(json, 'verdict', 'A verdict.');
  for (const [path, value] of Object.entries(changes)) json = changed(json, path, value);
  return accepted(json);
}

/** The index of reviews already newest first, as a map of each word to its reviews' ids and counts. */
function indexOf(sorted: readonly Review[], maxChunkBytes?: number) {
  const files = new Map(textIndexFiles(sorted, maxChunkBytes === undefined ? {} : { maxChunkBytes }));
  const { keys } = v.parse(textKeysSchema, files.get(buildPaths.textKeys()));
  const words = new Map<string, { ids: number[]; counts: number[]; key: string }>();
  for (const key of keys) {
    const chunk = v.parse(textChunkSchema, files.get(buildPaths.text(key)));
    chunk.words.forEach((word, index) => {
      let id = 0;
      const ids = chunk.ids[index]!.map((step) => (id += step));
      const counts = chunk.counts[index]!.length ? chunk.counts[index]! : ids.map(() => 1);
      words.set(word, { ids, counts, key });
    });
  }
  return { files, keys, words };
}

const newer = review('newer-2024', '2024-05-02', [
  'Kurosawa stages the rain-soaked battle with a patience that is almost unbearable; Kurosawa never hurries it.',
  'The village and the bandits, the harvest and the rain.',
]);
const older = review('older-2019', '2019-01-10', ['Rain again, and the village waits for Kurosawa.']);

describe('the full-text index', () => {
  it('holds every word of headline, standfirst, body and verdict, with each review’s id and count', () => {
    const { words } = indexOf([newer, older]);
    expect(words.get('kurosawa')).toMatchObject({ ids: [0, 1], counts: [2, 1] });
    expect(words.get('rain')).toMatchObject({ ids: [0, 1], counts: [2, 1] });
    expect(words.get('soaked')).toMatchObject({ ids: [0], counts: [1] });
    expect(words.get('headline')).toMatchObject({ ids: [0, 1], counts: [1, 1] });
    expect(words.get('standfirst')).toMatchObject({ ids: [0, 1] });
    expect(words.get('verdict')).toMatchObject({ ids: [0, 1] });
    expect(words.get('bandits')).toMatchObject({ ids: [0] });
  });

  it('leaves out common words and single letters, which no query looks up', () => {
    const { words } = indexOf([newer, older]);
    for (const word of ['the', 'and', 'with', 'a', 'that', 'is', 'of', 'it']) {
      expect(STOP_WORDS.has(word) || word.length < 2).toBe(true);
      expect(words.has(word)).toBe(false);
    }
    expect(words.has('almost')).toBe(true);
  });

  it('never holds a word that only a spoiler has: not a passage, not a section, not a review about its ending', () => {
    const passage = review('passage-2020', '2020-01-01', [
      { type: 'paragraph', children: ['In the end ', { type: 'spoiler', children: ['Rosebud is a sledge'] }, '.'] },
    ]);
    const section = review('section-2020', '2020-01-02', [
      'Nothing given away here.',
      { type: 'spoiler', children: [{ type: 'paragraph', children: ['The twist: Tyler is imaginary.'] }] },
    ]);
    const ending = review('ending-2020', '2020-01-03', ['Gollum falls into the fire.'], {
      spoilers: true,
      verdict: 'Frodo fails at the last.',
    });
    const { words } = indexOf([passage, section, ending]);
    for (const word of [
      'rosebud',
      'sledge',
      'tyler',
      'imaginary',
      'twist',
      'gollum',
      'falls',
      'fire',
      'frodo',
      'fails',
    ]) {
      expect(words.has(word), word).toBe(false);
    }
    // What is not a spoiler is there, the headline and standfirst of a review about its ending included.
    expect(words.get('nothing')?.ids).toEqual([1]);
    expect(words.get('ending')?.ids).toEqual([2]);
    expect(reviewText(ending)).not.toMatch(/Gollum|Frodo/);
  });

  it('writes ids ascending as steps from the one before, and counts only where a word occurs more than once', () => {
    const reviews = Array.from({ length: 6 }, (_, n) =>
      review(`film-${n}`, `2020-01-${String(10 - n).padStart(2, '0')}`, [n % 2 ? 'Zebra zebra.' : 'Zebra once.']),
    );
    const { files } = indexOf(reviews);
    const chunk = files.get(buildPaths.text(textChunkKey('zebra', 2))) as TextChunkDocument;
    const index = chunk.words.indexOf('zebra');
    expect(chunk.ids[index]).toEqual([0, 1, 1, 1, 1, 1]);
    expect(chunk.counts[index]).toEqual([1, 2, 1, 2, 1, 2]);
    const once = chunk.words.indexOf('headline');
    expect(once).toBe(-1); // "headline" is in the "he" chunk
    const headline = files.get(buildPaths.text('he')) as TextChunkDocument;
    expect(headline.counts[headline.words.indexOf('headline')]).toEqual([]);
  });

  it('keys a chunk by two characters, then splits a large one by three and four, and every word can be found', () => {
    const body = Array.from({ length: 400 }, (_, n) => `stem${n.toString(36)} sta${n} st stylish style`);
    const reviews = Array.from({ length: 30 }, (_, n) =>
      review(`many-${n}`, `2020-03-${String(31 - n).padStart(2, '0')}`, [body.join(' ')]),
    );
    const max = 4_000;
    const { files, keys, words } = indexOf(reviews, max);
    // "st" is too large: split by three ("sty"), and "sta…" and "ste…" by four; "st" itself stays in "st".
    expect(keys).toEqual(expect.arrayContaining(['st', 'sty', 'stem', 'sta1', 'stan']));
    expect(keys).not.toContain('sta');
    expect(words.get('st')?.key).toBe('st');
    expect(words.get('stylish')?.key).toBe('sty');
    for (const key of keys) {
      const size = Buffer.byteLength(JSON.stringify(files.get(buildPaths.text(key))));
      if (Array.from(key).length < TEXT_KEY_LENGTHS.max) expect(size, key).toBeLessThanOrEqual(max);
    }
    const listed = new Set(keys);
    for (const [word, { key }] of words) expect(chunkKeyOf(word, listed), word).toBe(key);
    // Every chunk holding words that begin "ste" is found from that beginning.
    const holding = new Set([...words].filter(([word]) => word.startsWith('ste')).map(([, { key }]) => key));
    expect(new Set(chunkKeysWithPrefix('ste', listed))).toEqual(holding);
    expect(chunkKeyOf('stx', listed)).toBe(keys.includes('stx') ? 'stx' : 'st');
  });

  it('spells keys so that no key begins another unless its characters do', () => {
    expect(textChunkKey('écran', 2)).toBe('_e9_c');
    expect(textChunkKey('발레리나', 3)).toBe('_bc1c__b808__b9ac_');
    expect(textChunkKey('_e9a', 1)).not.toBe(textChunkKey('é', 1) + 'a');
    expect(textChunkKey('ab', 4)).toBe('ab');
  });

  it('writes the same files for the same reviews, whatever order they come in', () => {
    const reviews = authoredReviews();
    const sorted = [...reviews].sort((a, b) =>
      a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1,
    );
    const once = JSON.stringify(textIndexFiles(sorted));
    expect(JSON.stringify(textIndexFiles(sorted))).toBe(once);
    expect(JSON.stringify(textIndexFiles(sorted.map((review) => structuredClone(review))))).toBe(once);
  });

  it('writes the same files from words counted when each review file was read (and cached)', () => {
    const sorted = authoredReviews().sort((a, b) =>
      a.published === b.published ? 0 : a.published < b.published ? 1 : -1,
    );
    const counted = new Map(sorted.map((review) => [review.slug, [...wordCounts(reviewText(review))]]));
    const asked: string[] = [];
    const files = textIndexFiles(sorted, {
      wordsOf: (review) => (asked.push(review.slug), counted.get(review.slug)),
    });
    expect(asked).toHaveLength(sorted.length);
    expect(JSON.stringify(files)).toBe(JSON.stringify(textIndexFiles(sorted)));
  });

  it('keeps the authored reviews’ chunks under the size limit, each a valid document', () => {
    const files = textIndexFiles([...authoredReviews()]);
    for (const [path, document] of files) {
      expect(Buffer.byteLength(JSON.stringify(document)), path).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
      expect(v.safeParse(path.endsWith('keys.json') ? textKeysSchema : textChunkSchema, document).success).toBe(true);
    }
  });
});
