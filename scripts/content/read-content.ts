/**
 * Reads every review file in a folder and checks it, alone and against the
 * others (mentions and links must name reviews that will be published), and
 * the API they make (every file within the size the app reads). Returns the
 * reviews and their API, ready to write, or every problem in every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Review } from '../../src/features/reviews/format/review-schema';
import { ROOT } from '../lib/project-paths';
import { buildArchive, type Archive } from '../lib/publish-archive';
import { archiveSizeProblems, type SizeLimits } from './archive-limits';
import { byPosition, type Problem } from './problems';
import { readReviewFile, type ReviewFile } from './review-file';

export interface Content {
  reviews: Review[];
  /** The API of these reviews, to write (publish-archive.ts) when there is no problem. */
  archive: Archive;
  problems: Problem[];
  /** Drafts left out of this build. */
  drafts: string[];
}

/**
 * `drafts`: publish drafts too (npm run dev). `sizeLimits`: the most bytes of
 * each kind of published file, MAX_BYTES unless a test needs smaller ones.
 */
export function readContent(
  dir: string,
  { drafts = false, sizeLimits }: { drafts?: boolean; sizeLimits?: SizeLimits } = {},
): Content {
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const problems: Problem[] = [];
  const files = names.flatMap((name) => {
    const file = relative(ROOT, join(dir, name));
    if (!name.endsWith('.md')) {
      problems.push({ file, line: 1, column: 1, message: 'not a review: reviews are Markdown files named <slug>.md' });
      return [];
    }
    let read: ReviewFile;
    try {
      read = readReviewFile(name, readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      // One file the checker cannot cope with (unreadable, or a fault of the checker) is that file's problem.
      problems.push({ file, line: 1, column: 1, message: `this file could not be checked: ${String(error)}` });
      return [];
    }
    problems.push(...read.problems.map((found) => ({ file, ...found })));
    return [{ file, ...read }];
  });

  const published = files.filter((file) => drafts || !file.draft);
  const slugs = new Set(published.map((file) => file.slug));
  for (const file of published) {
    for (const reference of file.references) {
      if (slugs.has(reference.slug)) continue;
      const draft = files.some((other) => other.slug === reference.slug);
      problems.push({
        file: file.file,
        line: reference.line,
        column: reference.column,
        message: draft
          ? `/reviews/${reference.slug} is a draft: it is not published in this build`
          : `there is no review /reviews/${reference.slug} (${relative(ROOT, join(dir, reference.slug))}.md)`,
      });
    }
  }
  const reviews = published.flatMap((file) => (file.review ? [file.review] : []));
  const archive = buildArchive(reviews);
  for (const { slug, message } of archiveSizeProblems(archive, sizeLimits)) {
    problems.push({ file: published.find((file) => file.slug === slug)!.file, line: 1, column: 1, message });
  }
  return {
    reviews,
    archive,
    problems: problems.sort(byPosition),
    drafts: files.filter((file) => file.draft && !drafts).map((file) => file.slug),
  };
}
