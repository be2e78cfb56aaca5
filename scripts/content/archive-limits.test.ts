import { describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../../src/format/archive-layout';
import type { Review } from '../../src/format/review-schema';
import { authoredReviews } from '../../tests/review-fixtures';
import { buildArchive, type Archive } from '../lib/publish-archive';
import { archiveSizeProblems, type SizeLimits } from './archive-limits';
import { formatSize } from './problems';

/**
 * Every file the archive would publish, within the size the app reads: the
 * sample as it is, and files made too large by lowering one limit at a time
 * (the real ones need megabytes of reviews). A file that holds many reviews
 * is reported at the three that take the most room in it, the most first.
 */
const NO_LIMITS: SizeLimits = {
  entry: Infinity,
  page: Infinity,
  block: Infinity,
  card: Infinity,
  cardChunk: Infinity,
  titles: Infinity,
  names: Infinity,
  facets: Infinity,
  text: Infinity,
  review: Infinity,
  person: Infinity,
  list: Infinity,
};
const bytes = (text: string) => Buffer.byteLength(text);
const over = (file: string, limit: number) =>
  `is ${formatSize(bytes(file))} when published, over the ${formatSize(limit)} limit readers' browsers accept`;

/** The largest file of a folder of the build: its path and text. */
function largest(archive: Archive, folder: string): [string, string] {
  return [...archive.buildFiles]
    .filter(([path]) => path.startsWith(`${folder}/`) && !path.endsWith('/keys.json'))
    .sort(([, a], [, b]) => bytes(b) - bytes(a))[0]!;
}

/** Reviews whose film and body hold words beginning "zz": `counts[i]` of them in the i-th. */
function withWords(counts: number[]): Review[] {
  return authoredReviews()
    .slice(0, counts.length)
    .map((review, index) => {
      const words = Array.from({ length: counts[index]! }, (_, word) => `Zz${String.fromCharCode(97 + index)}${word}`);
      return {
        ...review,
        film: { ...review.film, cast: words.map((name) => ({ name })) },
        body: [...review.body, { type: 'paragraph', children: [words.join(' ') || 'None.'] }],
      };
    });
}

describe('archiveSizeProblems', () => {
  it('finds every file of the sample within MAX_BYTES', () => {
    expect(archiveSizeProblems(buildArchive(authoredReviews()))).toEqual([]);
  });

  it('reports a review over its limit at that review, with both sizes', () => {
    const archive = buildArchive(authoredReviews());
    const [name, file] = [...archive.reviewFiles].sort(([, a], [, b]) => bytes(b) - bytes(a))[0]!;
    const limit = bytes(file) - 1;
    expect(archiveSizeProblems(archive, { ...NO_LIMITS, review: limit })).toEqual([
      {
        slug: name.replace('.json', ''),
        source: 'review',
        message: `the review ${over(file, limit)}: shorten the body`,
      },
    ]);
    expect(archiveSizeProblems(archive, { ...NO_LIMITS, review: limit + 1 })).toEqual([]);
  });

  it('reports a card over its limit at its review', () => {
    const archive = buildArchive(authoredReviews());
    const [, card] = largest(archive, 'cards');
    const limit = bytes(card) - 1;
    expect(archiveSizeProblems(archive, { ...NO_LIMITS, card: limit })).toEqual([
      {
        slug: (JSON.parse(card) as { slug: string }).slug,
        source: 'review',
        message: `the review's card ${over(card, limit)}: shorten the headline or the standfirst`,
      },
    ]);
  });

  it('reports a page over its limit at the three largest cards in it', () => {
    const archive = buildArchive(authoredReviews());
    const page = archive.buildFiles.get('pages/all.json')!;
    const limit = bytes(page) - 1;
    const cards = (JSON.parse(page) as { cards: { slug: string }[] }).cards;
    const largestCards = cards
      .map((card) => [card.slug, JSON.stringify(card).length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([slug]) => slug);
    const message = `the list page pages/all.json ${over(page, limit)}; this review's card is among the largest in it: shorten its headline or standfirst`;
    expect(archiveSizeProblems(archive, { ...NO_LIMITS, page: limit })).toEqual(
      largestCards.map((slug) => ({ slug, source: 'review', message })),
    );
  });

  it('reports a card chunk over its limit at the three largest cards in it', () => {
    const archive = buildArchive(authoredReviews());
    const chunk = archive.buildFiles.get('card-chunks/0.json')!;
    const limit = bytes(chunk) - 1;
    const [largest] = (JSON.parse(chunk) as { cards: { slug: string }[] }).cards
      .map((card) => [card.slug, JSON.stringify(card).length] as const)
      .sort((a, b) => b[1] - a[1]);
    const problems = archiveSizeProblems(archive, { ...NO_LIMITS, cardChunk: limit });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toEqual({
      slug: largest![0],
      source: 'review',
      message: `the card chunk card-chunks/0.json ${over(chunk, limit)}; this review's card is among the largest in it: shorten its headline or standfirst`,
    });
  });

  it('reports a search file over its limit at the three reviews with the most words in it, the most first', () => {
    const reviews = withWords([2, 5, 0, 3, 1]);
    const archive = buildArchive(reviews);
    const chunk = archive.buildFiles.get('text/zz.json')!;
    const limit = bytes(chunk) - 1;
    const message = `the search file text/zz.json ${over(chunk, limit)}; this review has among the most words in it: shorten the body`;
    expect(
      archiveSizeProblems(archive, { ...NO_LIMITS, text: limit }).filter((problem) => problem.message === message),
    ).toEqual([reviews[1]!, reviews[3]!, reviews[0]!].map(({ slug }) => ({ slug, source: 'review', message })));
  });

  it('reports a name search file over its limit at the films with the most names in it', () => {
    const reviews = withWords([1, 0, 4]);
    const archive = buildArchive(reviews);
    const chunk = archive.buildFiles.get('names/zz.json')!;
    const limit = bytes(chunk) - 1;
    const message = `the name search file names/zz.json ${over(chunk, limit)}; this film's names (title, directors, cast) are among the most in it: shorten them`;
    expect(
      archiveSizeProblems(archive, { ...NO_LIMITS, names: limit }).filter((problem) => problem.message === message),
    ).toEqual([reviews[2]!, reviews[0]!].map(({ slug }) => ({ slug, source: 'review', message })));
  });

  it('reports a file of ids over its limit at the longest slugs in it', () => {
    const archive = buildArchive(authoredReviews());
    const [path, bucket] = largest(archive, 'ids');
    const limit = bytes(bucket) - 1;
    const longest = [...(JSON.parse(bucket) as { slugs: string[] }).slugs]
      .sort((a, b) => b.length - a.length)
      .slice(0, 3);
    const message = `the file of ids ${path} ${over(bucket, limit)}; this review's file name is among the longest in it: give it a shorter name`;
    expect(
      archiveSizeProblems(archive, { ...NO_LIMITS, block: limit }).filter((problem) => problem.message.includes(path)),
    ).toEqual(longest.map((slug) => ({ slug, source: 'review', message })));
  });

  it('leaves out the entry, the blocks and the lists of keys, which hold no review', () => {
    const archive = buildArchive(authoredReviews());
    const nothing = Object.fromEntries(Object.keys(MAX_BYTES).map((kind) => [kind, 0])) as SizeLimits;
    const messages = archiveSizeProblems(archive, nothing).map((problem) => problem.message);
    expect(messages.length).toBeGreaterThan(archive.reviewFiles.size);
    expect(messages.filter((message) => /index\.json|blocks\/|keys\.json/.test(message))).toEqual([]);
  });
});
