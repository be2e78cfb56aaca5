import * as v from 'valibot';
import { text } from './fields';
import { httpsUrl } from './https-url';
import { MAX_ALT, MAX_CREDIT, MAX_IMAGE_URL } from './limits';

/**
 * A review's lead image, as published. Either the build made it (from a file
 * beside the review, or the typographic card it draws for a review without
 * one): `path` names its files inside the API, `<path>-<width>.avif`,
 * `.webp` and `.jpg`, one per width in `widths`. Or it is published where the
 * critic found it: `url`, an https: address, with the size the critic gave.
 */

/** The widths the build encodes (never more than the original's): phones at 1x to wide screens at 2x. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1600] as const;
/** The widths a card draws: the smallest two, which every image the build makes has. */
export const CARD_IMAGE_WIDTHS = [320, 640] as const;
/** The formats of each width, best first: a browser takes the first it can show. */
export const IMAGE_FORMATS = ['avif', 'webp', 'jpg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

const pixels = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));
/** #rrggbb: the colour shown where the image will be, until it arrives. */
const hexColor = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/));
/** images/<16 hex digits>: a name made from the image's content, so a changed image is a new file. */
const imagePath = v.pipe(v.string(), v.regex(/^images\/[0-9a-f]{16}$/));
const imageUrl = v.pipe(httpsUrl, v.maxLength(MAX_IMAGE_URL));

/** A blurred preview: PREVIEW_COLUMNS × PREVIEW_ROWS colours, row by row, as rrggbb without the #. */
export const PREVIEW_COLUMNS = 6;
export const PREVIEW_ROWS = 4;
const preview = v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{6}){24}$/));

const oneSource = (image: { url?: string; path?: string }) => (image.url === undefined) !== (image.path === undefined);

export const imageSchema = v.pipe(
  v.object({
    /** What the image shows, for readers who cannot see it. */
    alt: text(MAX_ALT),
    credit: v.optional(text(MAX_CREDIT)),
    /** Of the largest file (or as the critic gave them, for `url`): the shape it is drawn in before it arrives. */
    width: pixels,
    height: pixels,
    /** The placeholder: its main colour and a blurred preview (left out for an image with transparent parts). */
    color: v.optional(hexColor),
    preview: v.optional(preview),
    url: v.optional(imageUrl),
    path: v.optional(imagePath),
    widths: v.optional(v.pipe(v.array(pixels), v.maxLength(IMAGE_WIDTHS.length + 1))),
    /** The build's typographic card for a review without an image: decorative, its text is the title. */
    generated: v.optional(v.literal(true)),
  }),
  v.check((image) => oneSource(image), 'an image has either a url or a path'),
  v.check((image) => image.path === undefined || !!image.widths?.length, 'an image with a path lists its widths'),
);

/** What a card shows of the lead image: a small version of the same files, and its colour while it loads. */
export const cardImageSchema = v.pipe(
  v.object({ color: v.optional(hexColor), url: v.optional(imageUrl), path: v.optional(imagePath) }),
  v.check((image) => oneSource(image), 'an image has either a url or a path'),
);

export type Image = v.InferOutput<typeof imageSchema>;
export type CardImage = v.InferOutput<typeof cardImageSchema>;

/**
 * How wide the review page draws its lead image: the reading column on wide
 * screens, the screen less its margins on phones. The page's `<img sizes>`
 * and the prerendered page's preload say the same, so they pick the same file.
 */
export const LEAD_IMAGE_SIZES = '(min-width: 60rem) 42rem, calc(100vw - 2rem)';

/**
 * The files of an image as `src` and `srcset`s, under the API's base URL
 * (config/api-base.ts): the same for the page, the prerenderer's preload and
 * the share image. `widths` limits them (a card's). An image given by URL
 * has only `src`.
 */
export function imageFiles(
  image: CardImage & { widths?: readonly number[] },
  base: string,
  widths: readonly number[] = image.widths ?? CARD_IMAGE_WIDTHS,
): { src: string; srcSet?: Record<ImageFormat, string> } {
  if (!image.path) return { src: image.url! };
  const file = (width: number, format: ImageFormat) => `${base}${image.path}-${width}.${format}`;
  const srcSet = (format: ImageFormat) => widths.map((width) => `${file(width, format)} ${width}w`).join(', ');
  return {
    src: file(widths.at(-1)!, 'jpg'),
    srcSet: { avif: srcSet('avif'), webp: srcSet('webp'), jpg: srcSet('jpg') },
  };
}
