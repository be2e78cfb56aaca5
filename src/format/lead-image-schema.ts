import * as v from 'valibot';
import { text } from './fields';
import { httpsUrl } from './https-url';
import type { ImageFormat } from './image-file';
import { PREVIEW_COLUMNS, PREVIEW_ROWS } from './image-preview';
import { hexColor, imagePath, imageUrl } from './image-schema';
import { MAX_ALT, MAX_CREDIT } from './limits';

/*
 * A review's lead image, as the review publishes it: its words, the shape it
 * is drawn in, its files and its placeholder. In the review page's chunk: no
 * list needs it (a card's image is image-schema.ts).
 */

/** The widths the build encodes (never more than the original's): phones at 1x to wide screens at 2x. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1600] as const;
/** The formats of each width, best first. */
export const IMAGE_FORMATS = ['avif', 'webp', 'jpg'] as const satisfies readonly ImageFormat[];

const pixels = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));

/** A blurred preview: PREVIEW_COLUMNS × PREVIEW_ROWS colours, row by row, as rrggbb without the #. */
const preview = v.pipe(v.string(), v.regex(new RegExp(`^(?:[0-9a-f]{6}){${PREVIEW_COLUMNS * PREVIEW_ROWS}}$`)));

/** Exactly one of `url` and `path` (the publisher makes them so; a page given neither draws no picture). */
export const imageSchema = v.object({
  /** What the image shows, for readers who cannot see it. */
  alt: text(MAX_ALT),
  credit: v.optional(text(MAX_CREDIT)),
  /** Of the largest file (or as the critic gave them, for `url`): the shape it is drawn in before it arrives. */
  width: pixels,
  height: pixels,
  /** The placeholder: its main colour and a blurred preview (left out for an image with transparent parts). */
  color: v.optional(hexColor),
  preview: v.optional(preview),
  url: v.optional(v.pipe(httpsUrl, imageUrl)),
  path: v.optional(imagePath),
  /** The widths of its files, when it has a path. */
  widths: v.optional(v.pipe(v.array(pixels), v.maxLength(IMAGE_WIDTHS.length + 1))),
});

export type Image = v.InferOutput<typeof imageSchema>;
