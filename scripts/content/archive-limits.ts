/**
 * Every published file within the size the app reads (MAX_BYTES in
 * archive-layout.ts), checked on the archive in memory before anything is
 * written, so that no later step (the prerenderer, a reader's browser) meets a
 * file it refuses. Files that hold many reviews are reported at the reviews
 * that take the most room in them. The entry, the filter-index blocks and the
 * lists of chunk keys are left out: their size depends only on the number of
 * reviews, far below their limits at 100,000 (npm run bench). So are the
 * title files: BLOCK_SIZE titles of MAX_TITLE characters are within theirs.
 */
import { MAX_BYTES } from '../../src/format/archive-layout';
import { DIRECTORY_MAX_BYTES } from '../../src/format/directory-layout';
import type { Archive } from '../lib/publish-archive';
import { formatSize } from './problems';

/** A file over its limit, said at one of the reviews (or the list) responsible. */
export interface SizeProblem {
  slug: string;
  /** What `slug` names: a review, or a critic's list. */
  source: 'review' | 'list';
  message: string;
}

export type SizeLimits = Record<keyof typeof MAX_BYTES | 'person' | 'list', number>;

const LIMITS: SizeLimits = { ...MAX_BYTES, person: DIRECTORY_MAX_BYTES.person, list: DIRECTORY_MAX_BYTES.list };

/** How many reviews a file that holds many is reported at: those that take the most room in it. */
const NAMED = 3;

interface FileKind {
  /** The limit the app reads this kind of file with (src/features/reviews/api/). */
  limit: keyof SizeLimits;
  /** The file, for a critic: "the review", "the list page pages/all.json". */
  subject: (path: string) => string;
  /** Why this review is named, for a file that holds many ("" for its own file). */
  reason: string;
  fix: string;
  /** The slugs of the reviews in the file, those taking the most room first. */
  holders: (text: string, slugs: readonly string[]) => string[];
}

/** Build files by the first folder of their path (archive-layout.ts, buildPaths). */
const BUILD_KINDS: Record<string, FileKind> = {
  cards: {
    limit: 'card',
    subject: () => "the review's card",
    reason: '',
    fix: 'shorten the headline or the standfirst',
    holders: (text) => [(JSON.parse(text) as { slug: string }).slug],
  },
  pages: {
    limit: 'page',
    subject: (path) => `the list page ${path}`,
    reason: "; this review's card is among the largest in it",
    fix: 'shorten its headline or standfirst',
    holders: largestCards,
  },
  'card-chunks': {
    limit: 'cardChunk',
    subject: (path) => `the card chunk ${path}`,
    reason: "; this review's card is among the largest in it",
    fix: 'shorten its headline or standfirst',
    holders: largestCards,
  },
  names: {
    limit: 'names',
    subject: (path) => `the name search file ${path}`,
    reason: "; this film's names (title, directors, cast) are among the most in it",
    fix: 'shorten them',
    holders: byPostings,
  },
  text: {
    limit: 'text',
    subject: (path) => `the search file ${path}`,
    reason: '; this review has among the most words in it',
    fix: 'shorten the body',
    holders: byPostings,
  },
  ids: {
    limit: 'block',
    subject: (path) => `the file of ids ${path}`,
    reason: "; this review's file name is among the longest in it",
    fix: 'give it a shorter name',
    holders: (text) => [...(JSON.parse(text) as { slugs: string[] }).slugs].sort((a, b) => b.length - a.length),
  },
};

/** The slugs of a file of cards (a page, a card chunk), the largest cards first. */
function largestCards(text: string): string[] {
  return (JSON.parse(text) as { cards: { slug: string }[] }).cards
    .map((card) => ({ slug: card.slug, bytes: JSON.stringify(card).length }))
    .sort((a, b) => b.bytes - a.bytes)
    .map((card) => card.slug);
}

const REVIEW: Omit<FileKind, 'holders'> = {
  limit: 'review',
  subject: () => 'the review',
  reason: '',
  fix: 'shorten the body',
};

/** A person's file: said at the newest reviews that name them. */
const PERSON: FileKind = {
  limit: 'person',
  subject: (path) => `the page of everyone's films ${path}`,
  reason: '; this review names them',
  fix: 'they are in too many reviews for one file',
  holders: (text) =>
    (JSON.parse(text) as { credits: { review: { slug: string } }[] }).credits.map((credit) => credit.review.slug),
};

/** A list's file: said at the list. */
const LIST: FileKind = {
  limit: 'list',
  subject: (path) => `the list ${path}`,
  reason: '',
  fix: 'shorten its notes or its introduction, or make it two lists',
  holders: (text) => [(JSON.parse(text) as { slug: string }).slug],
};

/**
 * The problems of every file of the archive over its limit (`limits`: those
 * the app reads files with, smaller in tests). Critics' files are left out:
 * their pages of cards are as small as a list's first page.
 */
export function archiveSizeProblems(archive: Archive, smaller: Partial<SizeLimits> = {}): SizeProblem[] {
  const limits = { ...LIMITS, ...smaller };
  const problems: SizeProblem[] = [];
  const check = (path: string, text: string, kind: Omit<FileKind, 'holders'>, holders: () => string[]) => {
    const bytes = Buffer.byteLength(text);
    const limit = limits[kind.limit];
    if (bytes <= limit) return;
    const message =
      `${kind.subject(path)} is ${formatSize(bytes)} when published, over the ${formatSize(limit)} limit ` +
      `readers' browsers accept${kind.reason}: ${kind.fix}`;
    const source = kind === LIST ? 'list' : 'review';
    for (const slug of holders().slice(0, NAMED)) problems.push({ slug, source, message });
  };
  for (const [name, text] of archive.reviewFiles) check(name, text, REVIEW, () => [name.replace(/\.json$/, '')]);
  for (const [path, text] of archive.buildFiles) {
    const kind = BUILD_KINDS[path.split('/')[0]!];
    if (kind && !path.endsWith('/keys.json')) check(path, text, kind, () => kind.holders(text, archive.slugs));
  }
  for (const [path, text] of archive.directoryFiles) {
    const kind = path.startsWith('people/') ? PERSON : /^lists\/(?!index\.json)/.test(path) ? LIST : undefined;
    if (kind) check(path, text, kind, () => kind.holders(text, archive.slugs));
  }
  return problems;
}

/**
 * The reviews of a search chunk (names/, text/), by the number of its words
 * they hold: each word's ids are steps from the one before (archive-layout.ts).
 */
function byPostings(text: string, slugs: readonly string[]): string[] {
  const words = new Map<number, number>();
  for (const steps of (JSON.parse(text) as { ids: number[][] }).ids) {
    let id = 0;
    for (const step of steps) {
      id += step;
      words.set(id, (words.get(id) ?? 0) + 1);
    }
  }
  return [...words].sort(([idA, a], [idB, b]) => b - a || idA - idB).map(([id]) => slugs[id]!);
}
