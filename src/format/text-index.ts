// Relative imports: the publisher imports this module too.
import type { Review } from './review-schema';
import { plainText } from './rich-text';
import { MIN_SEARCH_WORD, searchWords } from './search-words';

/**
 * The full-text index of the reviews ("search inside reviews"): which text of
 * a review it holds, which words it leaves out, and in which chunk each word
 * is published (archive-layout.ts, `text/`). Shared by the publisher, which
 * writes the index (scripts/lib/publish-text-index.ts), and the app, which
 * reads it and shows passages of the same text.
 */

/**
 * Words too common to narrow a search: left out of the index and out of the
 * words a query looks up. A phrase in quotes still needs them, checked in the
 * review's text.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also an and are as at be been but by for from had has have he her hers him his i if in ' +
    'into is it its me more my nor not of on or our she so such than that the their them then there these they ' +
    'this those to was we were what when where which while who whom why with you your'
  ).split(' '),
);

/** A chunk is keyed by its words' first 2 characters; one too large is split by 3, then 4. */
export const TEXT_KEY_LENGTHS = { min: 2, max: 4 } as const;

/** Whether the index holds a word (already folded by searchWords): not a stop word, and long enough to look up. */
export function isIndexedWord(word: string): boolean {
  return word.length >= MIN_SEARCH_WORD && !STOP_WORDS.has(word);
}

type ReviewTextFields = Pick<Review, 'headline' | 'standfirst' | 'body' | 'verdict' | 'spoilers'>;

/**
 * The text of a review that the search holds and shows passages of:
 * headline, standfirst, body and verdict as plain text, paragraphs apart,
 * with every marked spoiler left out. A review that discusses its ending
 * (`spoilers`) keeps its body and verdict behind a button: of it, only the
 * headline and standfirst, which never give anything away.
 */
export function reviewText(review: ReviewTextFields): string {
  const parts = [review.headline, review.standfirst];
  if (!review.spoilers) {
    parts.push(plainText(review.body));
    parts.push(typeof review.verdict === 'string' ? review.verdict : plainText(review.verdict, ''));
  }
  return parts.join('\n\n');
}

/** Each indexed word of a text with the number of times it occurs. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of searchWords(text)) if (isIndexedWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The key of the chunk made of the words beginning as `word` does in its
 * first `length` characters: letters a to z and digits as they are, any other
 * character as `_<hex code>_`. The spelling is unambiguous, so one key begins
 * another only when the characters it stands for begin the other's.
 */
export function textChunkKey(word: string, length: number): string {
  return Array.from(word)
    .slice(0, length)
    .map((char) => (/^[a-z0-9]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`))
    .join('');
}

/**
 * The chunk that holds a word, of those listed: the longest key the word
 * begins with (chunks too large were split, and a split chunk keeps only the
 * words no longer than its key). Null when none is listed: no review has it.
 */
export function chunkKeyOf(word: string, listed: ReadonlySet<string>): string | null {
  for (let length = Math.min(TEXT_KEY_LENGTHS.max, Array.from(word).length); length >= 1; length--) {
    const key = textChunkKey(word, length);
    if (listed.has(key)) return key;
  }
  return null;
}

/**
 * Every chunk that may hold words beginning with `prefix`: the one the prefix
 * itself would be in, and the chunks split off below it.
 */
export function chunkKeysWithPrefix(prefix: string, listed: ReadonlySet<string>): string[] {
  const spelled = textChunkKey(prefix, TEXT_KEY_LENGTHS.max);
  const below = [...listed].filter((key) => key !== spelled && key.startsWith(spelled)).sort();
  const own = chunkKeyOf(prefix, listed);
  // A chunk that was split keeps only the words as short as its key: of use only if that is the prefix.
  const split = own !== null && [...listed].some((key) => key !== own && key.startsWith(own));
  return own === null || (split && own !== spelled) ? below : [own, ...below];
}
