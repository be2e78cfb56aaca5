/**
 * The lead-image pipeline: a photograph from a critic's camera or a press kit
 * (or an illustration) measured, given a
 * placeholder, and encoded as AVIF, WebP and JPEG at the widths of
 * IMAGE_WIDTHS, never wider than the original. Turned upright by its EXIF
 * orientation, stripped of its metadata (sharp keeps none unless asked), in
 * sRGB. Files are named by a hash of the original and of ENCODING, so a
 * changed image is a new file that hosts may cache for good, and every result
 * is kept in node_modules/.cache/lead-images: a rebuild encodes only what is new
 * (AVIF is slow on a small machine).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { ImageFormat } from '../../src/format/image-file';
import { PREVIEW_COLUMNS, PREVIEW_ROWS } from '../../src/format/image-preview';
import { IMAGE_FORMATS, IMAGE_WIDTHS, type Image } from '../../src/format/lead-image-schema';
import { MAX_IMAGE_PIXELS, MIN_IMAGE_WIDTH } from '../../src/format/limits';
import { count } from '../content/problems';
import { ROOT } from '../lib/project-paths';
import { copyIfChanged } from '../lib/write-if-changed';
import { writeWhole } from '../lib/write-whole';

/** What every file is encoded with: part of each file's name, so a change here makes new files. */
const ENCODING = {
  version: 1,
  avif: { quality: 50, effort: 2 },
  webp: { quality: 72, effort: 4 },
  jpg: { quality: 76, mozjpeg: true },
} as const;
/** The site's paper colour: what a transparent part of an image becomes in a JPEG, which cannot keep it. */
export const PAPER = '#fbf8f3';
/** The formats sharp reads that a lead image may be in. */
const READABLE = new Set(['jpeg', 'png', 'webp', 'heif']);
const DEFAULT_CACHE = join(ROOT, 'node_modules', '.cache', 'lead-images');

/** An image as the build publishes it: its name, the shape of its largest file, and its placeholder. */
export interface ImageInfo {
  /** The hash that names its files: images/<key>-<width>.<format>. */
  key: string;
  /** As seen, after the EXIF orientation. */
  width: number;
  height: number;
  widths: number[];
  color?: string;
  preview?: string;
}

/** A file the pipeline refuses, with why, said for a critic. */
export class ImageProblem extends Error {}

/**
 * Measures an image and works out its placeholder, or says why it cannot be
 * a lead image (not a picture, too narrow, too many pixels). Cached by content.
 */
export async function inspectImage(bytes: Buffer, cacheDir = DEFAULT_CACHE): Promise<ImageInfo> {
  const key = keyOf(bytes);
  const cached = join(cacheDir, `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as ImageInfo;

  // Only the header is read here: no pixel limit yet, so an oversized image gets its size in the message.
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!metadata?.format || !READABLE.has(metadata.format)) {
    throw new ImageProblem('is not a picture the build can read: use a JPEG, PNG, WebP or AVIF file');
  }
  const { width, height } = metadata.autoOrient;
  const size = `${count(width)} × ${count(height)} pixels`;
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new ImageProblem(
      `is ${size} (${megapixels(width * height)} megapixels): at most ${megapixels(MAX_IMAGE_PIXELS)} megapixels; make it smaller`,
    );
  }
  if (width < MIN_IMAGE_WIDTH) {
    throw new ImageProblem(`is ${size}: a lead image is at least ${count(MIN_IMAGE_WIDTH)} pixels wide`);
  }
  const widths = [
    ...new Set([...IMAGE_WIDTHS.filter((candidate) => candidate < width), Math.min(width, IMAGE_WIDTHS.at(-1)!)]),
  ];
  const largest = widths.at(-1)!;
  const info: ImageInfo = { key, width: largest, height: Math.round((height * largest) / width), widths };
  // A placeholder would show through transparent parts: an image with any gets none.
  const { isOpaque, dominant } = await sharp(bytes).autoOrient().resize(64).stats();
  if (isOpaque) {
    const cells = await sharp(bytes)
      .autoOrient()
      .resize(PREVIEW_COLUMNS, PREVIEW_ROWS, { fit: 'fill' })
      .removeAlpha()
      .raw()
      .toBuffer();
    info.color = `#${hex([dominant.r, dominant.g, dominant.b])}`;
    info.preview = hex([...cells]);
  }
  mkdirSync(cacheDir, { recursive: true });
  // Whole or not at all: two builds (or a build and the dev server) may measure the same picture at once.
  writeWhole(cached, JSON.stringify(info));
  return info;
}

/** The image as the review publishes it. */
export function publishedImage(info: ImageInfo, words: { alt: string; credit?: string }): Image {
  return {
    alt: words.alt,
    ...(words.credit && { credit: words.credit }),
    width: info.width,
    height: info.height,
    ...(info.color && { color: info.color, preview: info.preview }),
    path: `images/${info.key}`,
    widths: info.widths,
  };
}

/** The names of an image's files inside images/. */
export function fileNames(info: Pick<ImageInfo, 'key' | 'widths'>): string[] {
  return info.widths.flatMap((width) => IMAGE_FORMATS.map((format) => `${info.key}-${width}.${format}`));
}

/**
 * Encodes every file of an image into `outDir` (the API's images/ folder),
 * from the cache when it holds them. Returns how many had to be encoded.
 */
export async function encodeImage(
  bytes: Buffer,
  info: ImageInfo,
  outDir: string,
  cacheDir = DEFAULT_CACHE,
): Promise<number> {
  const encoded = await encodeIntoCache(bytes, info, cacheDir);
  copyImageFiles(info, outDir, cacheDir);
  return encoded;
}

/** Encodes the files of an image the cache does not hold yet; returns how many. */
async function encodeIntoCache(bytes: Buffer, info: ImageInfo, cacheDir: string): Promise<number> {
  mkdirSync(cacheDir, { recursive: true });
  let encoded = 0;
  for (const width of info.widths) {
    const missing = IMAGE_FORMATS.filter((format) => !existsSync(join(cacheDir, `${info.key}-${width}.${format}`)));
    if (missing.length) {
      const resized = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
        .autoOrient()
        .resize({ width })
        .toColourspace('srgb');
      await Promise.all(
        missing.map(async (format) => {
          const file = join(cacheDir, `${info.key}-${width}.${format}`);
          // Written whole, then renamed: an interrupted build never leaves half a file in the cache.
          await encoder(resized.clone(), format).toFile(`${file}.part`);
          renameSync(`${file}.part`, file);
        }),
      );
      encoded += missing.length;
    }
  }
  return encoded;
}

/** Copies an image's files from the cache into `outDir`, but those already there; returns how many it copied. */
function copyImageFiles(info: ImageInfo, outDir: string, cacheDir: string): number {
  return fileNames(info).filter((name) => copyIfChanged(join(cacheDir, name), join(outDir, name))).length;
}

/** An image the reviews publish, and how to get its original when its files must be encoded. */
export interface PendingImage {
  info: ImageInfo;
  original: () => Promise<Buffer>;
}

/**
 * Writes the files of every image into `outDir` (the API's images/ folder),
 * one image at a time (each already uses every core), and removes the files
 * of images no review has any more. Returns how many files were encoded, and
 * how many written into `outDir` (the others were there already).
 */
export async function publishImages(
  images: readonly PendingImage[],
  outDir: string,
  cacheDir = DEFAULT_CACHE,
): Promise<{ encoded: number; written: number }> {
  let encoded = 0;
  let written = 0;
  for (const { info, original } of images) {
    const cached = fileNames(info).every((name) => existsSync(join(cacheDir, name)));
    if (!cached) encoded += await encodeIntoCache(await original(), info, cacheDir);
    written += copyImageFiles(info, outDir, cacheDir);
  }
  const keep = new Set(images.flatMap(({ info }) => fileNames(info)));
  if (existsSync(outDir))
    for (const name of readdirSync(outDir)) if (!keep.has(name)) rmSync(join(outDir, name), { force: true });
  return { encoded, written };
}

function encoder(image: Sharp, format: ImageFormat): Sharp {
  if (format === 'avif') return image.avif(ENCODING.avif);
  if (format === 'webp') return image.webp(ENCODING.webp);
  return image.flatten({ background: PAPER }).jpeg(ENCODING.jpg);
}

/** The name of an image's files: a hash of its content (its bytes, or what a drawn image shows) and of how it is encoded. */
export function keyOf(content: Buffer | string): string {
  return createHash('sha256').update(JSON.stringify(ENCODING)).update(content).digest('hex').slice(0, 16);
}

function hex(channels: number[]): string {
  return channels.map((value) => value.toString(16).padStart(2, '0')).join('');
}

const megapixels = (pixels: number) => (pixels / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 });
