import { searchWords } from '@/format/search-words';
import { matchesTerm, type Phrase, type TextQuery } from './text-query';

/**
 * The passage a result shows: the sentence (or sentences) around the best
 * match in a review's text, about PASSAGE_WORDS words, with the query's words
 * and phrases marked. Parts of text, never HTML: the view renders them as
 * React elements.
 */

/** A passage: plain text, and text to highlight. */
export type PassagePart = string | { mark: string };

/** About this many words: the sentence that matches best, then its neighbours while they fit. */
export const PASSAGE_WORDS = 30;
/** A passage never grows past this many words by adding a whole sentence; a longer sentence is cut. */
const MAX_WORDS = 45;

interface Token {
  start: number;
  end: number;
  word: string;
  sentence: number;
}

interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** Its tokens: [first, last + 1). */
  from: number;
  to: number;
}

/** The words of a text with where each is, folded as the index folds them. */
function tokenize(text: string): Omit<Token, 'sentence'>[] {
  const tokens: Omit<Token, 'sentence'>[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = match.index;
    for (const word of searchWords(match[0])) tokens.push({ start, end: start + match[0].length, word });
  }
  return tokens;
}

/** The sentences of a text, paragraph by paragraph (paragraphs are a blank line apart). */
function sentencesOf(text: string): Omit<Sentence, 'from' | 'to'>[] {
  const sentences: Omit<Sentence, 'from' | 'to'>[] = [];
  const paragraphs = text.split(/(\n\s*\n)/);
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    if (index % 2 === 0) {
      let start = offset;
      for (const match of paragraph.matchAll(/([.!?…]+["'”’)\]]*)\s+/g)) {
        sentences.push({ start, end: offset + match.index + match[1]!.length, paragraph: index / 2 });
        start = offset + match.index + match[0].length;
      }
      if (start < offset + paragraph.length)
        sentences.push({ start, end: offset + paragraph.length, paragraph: index / 2 });
    }
    offset += paragraph.length;
  });
  return sentences.filter((sentence) => text.slice(sentence.start, sentence.end).trim());
}

/** Where each phrase occurs: [first token, last token + 1). */
function phraseSpans(tokens: readonly Pick<Token, 'word'>[], phrases: readonly Phrase[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const { words, open } of phrases) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const found = words.every((word, k) => {
        const token = tokens[i + k]!.word;
        return open && k === words.length - 1 ? token.startsWith(word) : token === word;
      });
      if (found) spans.push([i, i + words.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Whether every phrase of the query appears in the text as written (its words in order, case, accents and punctuation aside). */
export function hasPhrases(text: string, query: TextQuery): boolean {
  const tokens = tokenize(text);
  return query.phrases.every((phrase) => phraseSpans(tokens, [phrase]).length > 0);
}

/** The passage of `text` that best matches the query, with its matches marked. */
export function findPassage(text: string, query: TextQuery): PassagePart[] {
  const bare = tokenize(text);
  const sentences: Sentence[] = sentencesOf(text).map((sentence) => ({ ...sentence, from: 0, to: 0 }));
  if (!bare.length || !sentences.length) return [text.trim()];
  let current = 0;
  const tokens: Token[] = bare.map((token) => {
    while (current < sentences.length - 1 && token.start >= sentences[current]!.end) current++;
    return { ...token, sentence: current };
  });
  for (const sentence of sentences) sentence.from = sentence.to = -1;
  tokens.forEach((token, index) => {
    const sentence = sentences[token.sentence]!;
    if (sentence.from === -1) sentence.from = index;
    sentence.to = index + 1;
  });

  const phrases = phraseSpans(tokens, query.phrases);
  const matched = tokens.map((token) => query.terms.findIndex((term) => matchesTerm(token.word, term)));
  const best = bestSentence(sentences, tokens, phrases, matched);
  const range = passageRange(sentences, tokens, best, phrases, matched);
  return markedParts(text, tokens, range, phrases, matched);
}

/** The sentence with the most phrases, then the most different terms, then the most matches; the first on ties. */
function bestSentence(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  phrases: readonly [number, number][],
  matched: readonly number[],
): number {
  let best = 0;
  let bestScore = -1;
  sentences.forEach((sentence, index) => {
    if (sentence.from === -1) return;
    const inside = phrases.filter(([from]) => tokens[from]!.sentence === index).length;
    const terms = new Set<number>();
    let matches = 0;
    for (let i = sentence.from; i < sentence.to; i++) {
      if (matched[i]! >= 0) {
        terms.add(matched[i]!);
        matches++;
      }
    }
    const score = inside * 1_000_000 + terms.size * 1_000 + matches;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

interface Range {
  start: number;
  end: number;
  before: boolean;
  after: boolean;
}

/** The passage around the best sentence: whole sentences while they fit, else a cut of the sentence around its first match. */
function passageRange(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  best: number,
  phrases: readonly [number, number][],
  matched: readonly number[],
): Range {
  const sentence = sentences[best]!;
  const length = (s: Sentence) => (s.from === -1 ? 0 : s.to - s.from);
  if (length(sentence) <= MAX_WORDS) {
    let [first, last] = [best, best];
    let words = length(sentence);
    const fits = (index: number) =>
      sentences[index]?.paragraph === sentence.paragraph && words + length(sentences[index]!) <= MAX_WORDS;
    while (words < PASSAGE_WORDS) {
      if (fits(last + 1)) words += length(sentences[++last]!);
      else if (fits(first - 1)) words += length(sentences[--first]!);
      else break;
    }
    return { start: sentences[first]!.start, end: sentences[last]!.end, before: false, after: false };
  }
  const phrase = phrases.find(([from]) => tokens[from]!.sentence === best);
  let focus = phrase ? phrase[0] : -1;
  for (let i = sentence.from; focus === -1 && i < sentence.to; i++) if (matched[i]! >= 0) focus = i;
  if (focus === -1) focus = sentence.from;
  let from = Math.max(sentence.from, focus - Math.floor(PASSAGE_WORDS / 3));
  const to = Math.min(sentence.to, from + PASSAGE_WORDS);
  from = Math.max(sentence.from, to - PASSAGE_WORDS);
  return {
    start: from === sentence.from ? sentence.start : tokens[from]!.start,
    end: to === sentence.to ? sentence.end : tokens[to - 1]!.end,
    before: from > sentence.from,
    after: to < sentence.to,
  };
}

/** The passage's text in parts, phrases and matching words marked. */
function markedParts(
  text: string,
  tokens: readonly Token[],
  range: Range,
  phrases: readonly [number, number][],
  matched: readonly number[],
): PassagePart[] {
  const spans: [number, number][] = phrases.map(([from, to]) => [tokens[from]!.start, tokens[to - 1]!.end]);
  tokens.forEach((token, index) => {
    if (matched[index]! >= 0) spans.push([token.start, token.end]);
  });
  const inside = spans
    .filter(([start, end]) => start >= range.start && end <= range.end)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: PassagePart[] = [];
  const say = (value: string) => {
    const plain = value.replace(/\s+/g, ' ');
    if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += plain;
    else if (plain) parts.push(plain);
  };
  if (range.before) say('… ');
  let at = range.start;
  for (const [start, end] of inside) {
    // A word inside a phrase already marked.
    if (start < at) continue;
    say(text.slice(at, start));
    parts.push({ mark: text.slice(start, end).replace(/\s+/g, ' ') });
    at = end;
  }
  say(text.slice(at, range.end));
  if (range.after) say(' …');
  return parts;
}
