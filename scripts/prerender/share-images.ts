/**
 * Share images: a 1200×630 PNG per review, with the film's title and year,
 * the stars and the headline drawn over its lead image (or in the colours of
 * the film's cover) in the site's type (and the
 * fonts of whatever scripts the text is in: ./share-fonts.ts), and one for
 * every other page. Drawn by satori (layout to SVG) and resvg (SVG to
 * PNG), not a browser. Each image is cached by a hash of what it shows, so a
 * rebuild draws only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { ratingLabel } from '../../src/lib/rating-label';
import { SITE_NAME } from '../../src/config/site';
import { filmPalette } from '../../src/format/film-palette';
import { CONTENT_DIR, ROOT } from '../lib/project-paths';
import { copyIfChanged, linkIfChanged } from '../lib/write-if-changed';
import { writeWhole } from '../lib/write-whole';
import { reasonOf, ReviewError } from './review-error';
import type { DirectoryCard } from './pages';
import { directoryCard, HEIGHT, INK, shareCard, siteCard, WIDTH, type ShareCard } from './share-card';
import { emojiImages, fontsFor } from './share-fonts';
import type { SiteReview } from './site-reviews';

export const DEFAULT_IMAGE = 'site';
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'share-images');

/** Bumped when the drawing changes, so cached images are drawn again. */
const DESIGN_VERSION = 4;
/** The lead image's file drawn under the card: the width nearest above the card's. */
const PHOTO_WIDTH = 1280;

/**
 * Each share image's description, by the review slug or card image it is
 * for (shareImageJobs, but the site's own): what the pages name before their
 * images are drawn.
 */
export function shareImageAlts(jobs: readonly ShareImageJob[]): Map<string, string> {
  return new Map(
    jobs.flatMap((job): [string, string][] => {
      if (job.kind === 'review') {
        const { film, rating, headline } = job.review;
        return [[job.name, `${film.title} (${film.year}), ${ratingLabel(rating)}: ${headline}`]];
      }
      return job.kind === 'page' ? [[job.name, `${job.card.kicker}: ${job.card.title}, ${job.card.line}`]] : [];
    }),
  );
}

const reviewsWithImages = (newestFirst: readonly SiteReview[], limit: number) =>
  newestFirst.slice(0, Math.max(0, limit));

const cardsWithImages = (cards: readonly DirectoryCard[], limit: number) =>
  [...cards].sort((a, b) => b.weight - a.weight).slice(0, Math.max(0, limit));

/** One share image to draw: what it shows, and its file's name in share/ without `.png`. */
export type ShareImageJob = { name: string } & (
  { kind: 'site' } | { kind: 'review'; review: SiteReview } | { kind: 'page'; card: DirectoryCard }
);

/**
 * The share images of a site, in the order they are drawn: the site's, then
 * the `limit` newest reviews' (given newest first), then those of the `limit`
 * pages about people, critics and lists that are about the most reviews.
 * Plain data, so that the prerenderer's workers can draw some too.
 */
export function shareImageJobs(
  newestFirst: readonly SiteReview[],
  limit: number,
  cards: readonly DirectoryCard[] = [],
): ShareImageJob[] {
  return [
    { kind: 'site', name: DEFAULT_IMAGE },
    ...reviewsWithImages(newestFirst, limit).map((review) => ({ kind: 'review' as const, name: review.slug, review })),
    ...cardsWithImages(cards, limit).map((card) => ({ kind: 'page' as const, name: card.image, card })),
  ];
}

/**
 * Where the next image to draw is, shared by every thread that draws: each
 * `next()` is an image no other thread has taken (an index into the jobs,
 * past their end when none is left). `buffer` is the shared memory to hand
 * to a worker, which makes its own view of the same counter with it.
 */
export function sharedCounter(buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
  const cells = new Int32Array(buffer);
  return { buffer, next: () => Atomics.add(cells, 0, 1) };
}

export interface DrawOptions {
  /** share/ in the build. */
  outDir: string;
  /** The published API, whose images/ holds the lead images. */
  apiDir: string;
  /** The folder of review files, to name one in an error. */
  contentDir?: string;
  /** Called as each image is written. */
  onImage?: () => void;
  /** Stops the drawing before the next image (the pages beside it failed). */
  signal?: AbortSignal;
  /** Each image a hard link to the cache's file, not a copy: `outDir` is one nothing writes through. */
  link?: boolean;
}

/**
 * Draws the images of `jobs` that `next` hands this thread, one at a time,
 * until none is left, each into share/<name>.png (from the cache when it was
 * drawn before); returns how many it drew (the rest came from the cache) and
 * how many files it wrote (the others were in the folder already).
 */
export async function drawShareImages(
  jobs: readonly ShareImageJob[],
  next: () => number,
  { outDir, apiDir, contentDir = CONTENT_DIR, onImage = () => {}, signal, link = false }: DrawOptions,
): Promise<{ drawn: number; written: number }> {
  mkdirSync(outDir, { recursive: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  let drawn = 0;
  let written = 0;
  for (let index = next(); index < jobs.length; index = next()) {
    signal?.throwIfAborted();
    const job = jobs[index]!;
    const cached = await draw(cardOf(job, apiDir)).catch((error: unknown) => {
      if (job.kind !== 'review') throw error;
      throw new ReviewError(contentDir, job.review.slug, `its share image could not be drawn: ${reasonOf(error)}`, {
        cause: error,
      });
    });
    if (cached.drawn) drawn++;
    // Only where it changed: the folder holds an older build (scripts/build/staged-build.ts).
    if ((link ? linkIfChanged : copyIfChanged)(cached.file, join(outDir, `${job.name}.png`))) written++;
    onImage();
    // A turn of the event loop between images: drawing keeps it busy, and the progress shown in a log runs on a timer.
    await setImmediatePromise();
  }
  return { drawn, written };
}

/** What a job's image shows, laid out. */
function cardOf(job: ShareImageJob, apiDir: string): ShareCard {
  if (job.kind === 'site') return siteCard(SITE_NAME);
  if (job.kind === 'page') return directoryCard(job.card);
  return shareCard(job.review, backgroundOf(job.review, apiDir));
}

/**
 * What a review's card is drawn over: its lead image's JPEG, or for a review
 * without a picture the colours of the cover the page draws for it; nothing
 * for an image at an address.
 */
function backgroundOf(review: SiteReview, apiDir: string): Parameters<typeof shareCard>[1] {
  const { image } = review;
  if (!image) return { palette: filmPalette(review.film) };
  if (!image.path) return undefined;
  const width = image.widths?.find((candidate) => candidate >= PHOTO_WIDTH) ?? image.widths?.at(-1);
  const jpeg = readFileSync(join(apiDir, `${image.path}-${width}.jpg`));
  return { photo: `data:image/jpeg;base64,${jpeg.toString('base64')}`, key: image.path };
}

/** A card's image in the cache, drawn there first unless it was already (`drawn`). */
async function draw(card: ShareCard): Promise<{ file: string; drawn: boolean }> {
  const key = createHash('sha256')
    .update(JSON.stringify({ DESIGN_VERSION, card: card.key }))
    .digest('hex')
    .slice(0, 24);
  const cached = join(CACHE_DIR, `${key}.png`);
  const drawn = !existsSync(cached);
  if (drawn) {
    const svg = await drawSvg(card);
    // Whole or not at all, and never written through: the build's image may be a link to this file.
    writeWhole(cached, new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
  }
  return { file: cached, drawn };
}

/** The card as satori lays it out, in SVG, with the fonts its text needs. */
export async function drawSvg(card: ShareCard): Promise<string> {
  return satori(card.element, {
    width: WIDTH,
    height: HEIGHT,
    fonts: fontsFor(card.runs),
    graphemeImages: await emojiImages(card.runs, INK),
  });
}
