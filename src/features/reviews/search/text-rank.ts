import type { Postings } from '../api/text-api';
import type { TextTerm } from './text-query';

/**
 * Ranking for the search inside reviews: a review must contain every term;
 * its score is the sum over the terms of idf × (1 + ln tf), where tf is how
 * often the review has the word and idf = ln(1 + N / df), N the reviews in
 * the archive and df those with the word (a word found everywhere still
 * counts a little). Ties go to the newer review.
 */

/** A term with the indexed words it matches (one, or for a beginning, every word it begins) and their postings. */
export interface TermPostings {
  term: TextTerm;
  words: (readonly [word: string, postings: Postings])[];
}

/** A longer word found by the beginning of one counts for this much of the whole word. */
export const PREFIX_WEIGHT = 0.5;

/** The ids of the reviews that contain every term, best first. `total`: the reviews in the archive. */
export function rankMatches(terms: readonly TermPostings[], total: number): Uint32Array {
  // Stryker disable next-line MethodExpression,ArrowFunction: a term without words leaves every review a term short, so nothing matches either way; this skips the work
  if (!terms.length || terms.some((term) => !term.words.length)) return new Uint32Array();
  const score = new Float64Array(total);
  const found = new Uint16Array(total);
  const best = new Float64Array(total);
  for (const { term, words } of terms) {
    best.fill(0);
    for (const [word, { ids, counts }] of words) {
      const idf = Math.log(1 + total / Math.max(1, ids.length));
      const weight = word === term.word ? 1 : PREFIX_WEIGHT;
      // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which compares false
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        // An id outside the archive is an error in the data: it matches nothing.
        // Stryker disable next-line ConditionalExpression,EqualityOperator: typed arrays ignore reads and writes past their end; the check says so
        if (id >= total) continue;
        const value = idf * (1 + Math.log(counts[i]!)) * weight;
        // Stryker disable next-line EqualityOperator: an equal value replaces an equal one
        if (value > best[id]!) best[id] = value;
      }
    }
    // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is not above 0
    for (let id = 0; id < total; id++) {
      if (best[id]! > 0) {
        score[id] = score[id]! + best[id]!;
        found[id] = found[id]! + 1;
      }
    }
  }
  const matches: number[] = [];
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which equals no count
  for (let id = 0; id < total; id++) if (found[id] === terms.length) matches.push(id);
  // Ids ascend, and sorting is stable: among equal scores the lower id, the newer review, stays first.
  return Uint32Array.from(matches.sort((a, b) => score[b]! - score[a]!));
}
