import { join, relative } from 'node:path';
import { publishImages } from '../images/lead-images';
import { ROOT } from '../lib/project-paths';
import { writeArchive, type Archive } from '../lib/publish-archive';
import type { FileHashes } from '../lib/published-hashes';
import { PARSE_CACHE_DIR } from './parse-cache';
import { formatProblem, type Problem } from './problems';
import { readContent, type Content } from './read-content';

/**
 * Reads and checks the reviews of a content folder and publishes them as the
 * app's API into `out`: the one way reviews are published, by
 * `npm run content` (scripts/publish-content.ts), by `npm run dev` as they are
 * saved (scripts/vite-plugins/republish-on-save.ts) and by the build (scripts/build/site-steps.ts).
 */
export interface PublishOptions {
  /** The folder of review files (critics, lists and people.yml beside it). */
  contentDir: string;
  /** The API's folder: index.json, builds/, reviews/… and the lead images in images/. */
  out: string;
  drafts: boolean;
  /**
   * `out` is in a build's staging folder: files written in place, only if
   * changed, their hashes kept in the file `hashes` (writeArchive).
   */
  inBuild?: { hashes: string };
}

export interface Published {
  content: Content;
  archive: Archive;
  /** In a build: each published file's hash, by path inside `out`. */
  hashes?: FileHashes;
  build: string;
  files: number;
  /** Of the files, those written: the others were there already, byte for byte. */
  written: number;
  /** Image files encoded by this publish (the others came from the cache). */
  encoded: number;
  /** What was published, in a line: the build's log and the command's output. */
  summary: string;
}

/** Problems in the content: nothing was published. `report` lists each, as file:line:column. */
export class ContentProblems extends Error {
  readonly report: string;

  constructor(readonly problems: readonly Problem[]) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    super(`${plural(problems.length, 'problem')} in ${plural(files, 'file')}: nothing was published.`);
    this.name = 'ContentProblems';
    this.report = problems.map(formatProblem).join('\n');
  }
}

/** Reads the content (checking every file); throws ContentProblems if any file has one, else publishes it. */
export async function publishContent({ contentDir, out, drafts, inBuild }: PublishOptions): Promise<Published> {
  const started = performance.now();
  const content = await readCheckedContent(contentDir, { drafts });
  // The images first: the reviews name them, so they are there before any review does.
  const images = await publishImages(content.images, join(out, 'images'));
  const { build, files, written, hashes } = writeArchive(content.archive, out, { inBuild });
  const summary =
    `Published ${content.reviews.length} reviews as ${files} files${changedOf(files, written)} ` +
    `in ${relative(ROOT, out) || '.'} (build ${build})` +
    `${draftsLeftOut(content)}, with ${content.images.length} lead images (${images.encoded} files encoded, the rest from ` +
    `the cache) in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
  return {
    content,
    archive: content.archive,
    hashes,
    build,
    files,
    written: written + images.written,
    encoded: images.encoded,
    summary,
  };
}

/** The content of a folder, read and checked (its parsing cached); throws ContentProblems if any file has one. */
export async function readCheckedContent(
  contentDir: string,
  { drafts }: Pick<PublishOptions, 'drafts'>,
): Promise<Content> {
  const content = await readContent(contentDir, { drafts, cacheDir: PARSE_CACHE_DIR });
  if (content.problems.length) throw new ContentProblems(content.problems);
  return content;
}

/** " (2 drafts left out: a, b)", or nothing. */
export function draftsLeftOut(content: Content): string {
  return content.drafts.length
    ? ` (${plural(content.drafts.length, 'draft')} left out: ${content.drafts.join(', ')})`
    : '';
}

/** " (12 of them changed)" when some files were there already, byte for byte; else nothing. */
const changedOf = (files: number, written: number) => (written < files ? ` (${written} of them changed)` : '');

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
