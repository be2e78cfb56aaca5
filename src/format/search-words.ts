// Relative, not '@/': the publisher imports this module too.
import { foldForSearch } from '../lib/search-text';

/** How the search indexes split text into words, and in which chunk each word is published. */

/** The words of a text as the search indexes hold them: folded, split at anything not a letter or digit. */
export function searchWords(value: string): string[] {
  return foldForSearch(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Words shorter than this are not looked up: a chunk is named by a word's first two characters. */
export const MIN_SEARCH_WORD = 2;

/** The chunk of a search index that holds a word: its first two characters, spelled safely for a file name. */
export function searchChunkKey(word: string): string {
  return Array.from(word)
    .slice(0, MIN_SEARCH_WORD)
    .map((char) => (/^[a-z0-9]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`))
    .join('');
}
