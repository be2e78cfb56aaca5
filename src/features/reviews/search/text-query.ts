import { searchWords } from '@/format/search-words';
import { isIndexedWord } from '@/format/text-index';

/**
 * What a search inside reviews asks for: its words, looked up in the
 * full-text index (a review must contain every one), and its phrases in
 * double quotes, checked in each review's text.
 */

/** A word to look up; `prefix`: the last word typed, which also finds the words it begins ("kubr": Kubrick). */
export interface TextTerm {
  word: string;
  prefix: boolean;
}

/** The words of a phrase, stop words included, in order; `open`: still being typed, its last word may be a beginning. */
export interface Phrase {
  words: string[];
  open: boolean;
}

export interface TextQuery {
  terms: TextTerm[];
  phrases: Phrase[];
  /** Words of the query not looked up: too common (the, of…) or a single letter. */
  ignored: string[];
}

/** The last word counts as a beginning only from this many characters: shorter ones begin too many words. */
export const MIN_PREFIX = 3;

/**
 * Reads a query: words are folded as the index folds them; text between
 * double quotes is a phrase (an unclosed quote runs to the end); the last
 * word, while it is still being typed, may be the beginning of a word.
 */
export function parseTextQuery(query: string): TextQuery {
  const parts = query.split('"');
  const typing = /[\p{L}\p{M}\p{N}]$/u.test(query);
  const terms = new Map<string, TextTerm>();
  const phrases: Phrase[] = [];
  const ignored: string[] = [];
  parts.forEach((part, index) => {
    const words = searchWords(part);
    const last = index === parts.length - 1;
    // Phrases are the odd parts; the last part is one only after an odd number of quotes: a phrase still open.
    if (index % 2 === 1 && words.length) phrases.push({ words, open: last && typing });
    words.forEach((word, position) => {
      const prefix = last && typing && position === words.length - 1 && Array.from(word).length >= MIN_PREFIX;
      if (!isIndexedWord(word)) {
        if (!ignored.includes(word)) ignored.push(word);
      } else if (!terms.has(word)) {
        // Only the query's last word can be a beginning: the same word typed in full before it is needed whole.
        terms.set(word, { word, prefix });
      }
    });
  });
  return { terms: [...terms.values()], phrases, ignored };
}

/** Whether a folded word of a text matches a term. */
export function matchesTerm(word: string, term: TextTerm): boolean {
  return term.prefix ? word.startsWith(term.word) : word === term.word;
}
