/**
 * Reads every review file in a folder and checks it, alone and against the
 * others (mentions and links must name reviews that will be published), with
 * its lead image (a picture file, measured; or the typographic card drawn for
 * a review without one), and the API they make (every file within the size
 * the app reads). Returns the reviews, their API and their images, ready to
 * write, or every problem in every file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { MAX_IMAGE_BYTES } from '../../src/features/reviews/format/limits';
import type { Review } from '../../src/features/reviews/format/review-schema';
import { ImageProblem, inspectImage, keyOf, publishedImage, type PendingImage } from '../images/lead-images';
import { CARD_HEIGHT, CARD_WIDTH, drawTitleCard, titleCardAlt, titleCardColor, titleCardKey } from '../images/title-card';
import { IMAGE_WIDTHS } from '../../src/features/reviews/format/lead-image-schema';
import { ROOT } from '../lib/project-paths';
import { buildArchive, type Archive } from '../lib/publish-archive';
import { archiveSizeProblems, type SizeLimits } from './archive-limits';
import { byPosition, formatSize, type Problem } from './problems';
import { readReviewFile, type ImageFile, type ReviewFile } from './review-file';

/** The folder beside the reviews that holds their pictures: not a review. */
export const IMAGES_FOLDER = 'images';

export interface Content {
  reviews: Review[];
  /** The API of these reviews, to write (publish-archive.ts) when there is no problem. */
  archive: Archive;
  problems: Problem[];
  /** Drafts left out of this build. */
  drafts: string[];
  /** The lead images of the reviews, to encode into the API's images/ (lead-images.ts, publishImages). */
  images: PendingImage[];
}

/**
 * `drafts`: publish drafts too (npm run dev). `sizeLimits`: the most bytes of
 * each kind of published file, MAX_BYTES unless a test needs smaller ones.
 */
export async function readContent(
  dir: string,
  { drafts = false, sizeLimits }: { drafts?: boolean; sizeLimits?: SizeLimits } = {},
): Promise<Content> {
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !(name === IMAGES_FOLDER && statSync(join(dir, name)).isDirectory()))
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
  const images: PendingImage[] = [];
  for (const file of published) {
    if (!file.review) continue;
    const found = await leadImage(dir, file.review, file.imageFile);
    if (typeof found === 'string') {
      problems.push({ file: file.file, line: file.imageFile!.line, column: file.imageFile!.column, message: found });
    } else if (found) {
      file.review.image = found.image;
      images.push(found.pending);
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
    images,
  };
}

/**
 * A review's lead image: its picture file, measured and checked (or why it
 * cannot be one), or for a review without an image the typographic card;
 * nothing more for an image at an address, published as the critic gave it.
 */
async function leadImage(
  dir: string,
  review: Review,
  imageFile: ImageFile | undefined,
): Promise<string | { image: Review['image']; pending: PendingImage } | undefined> {
  if (imageFile) {
    const path = join(dir, imageFile.file);
    const shown = relative(ROOT, path);
    if (!existsSync(path) || !statSync(path).isFile()) return `image.file: there is no file ${shown}`;
    const { size } = statSync(path);
    if (size > MAX_IMAGE_BYTES) {
      return `image.file: ${imageFile.file} is ${formatSize(size)}: at most ${formatSize(MAX_IMAGE_BYTES)}; make it smaller`;
    }
    try {
      const info = await inspectImage(readFileSync(path));
      return { image: publishedImage(info, imageFile), pending: { info, original: () => readFile(path) } };
    } catch (error) {
      if (error instanceof ImageProblem) return `image.file: ${imageFile.file} ${error.message}`;
      throw error;
    }
  }
  if (review.image) return undefined;
  const { film } = review;
  const info = {
    key: keyOf(titleCardKey(film)),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    widths: [...IMAGE_WIDTHS],
    color: titleCardColor(film),
  };
  return {
    image: publishedImage(info, { alt: titleCardAlt(film), generated: true }),
    pending: { info, original: () => drawTitleCard(film) },
  };
}
