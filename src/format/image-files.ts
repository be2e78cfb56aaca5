import { imageFile, imageSource, type ImageFormat } from './image-file';
import type { Image } from './lead-image-schema';

/*
 * The files of a review's lead image, for the code that draws it: in the
 * pictures' lazy chunk (scripts/lib/route-chunks.ts), not in the review
 * page's first load.
 */

/**
 * How wide the review page draws its lead image: the reading column on wide
 * screens, the screen less its margins on phones. The page's `<img sizes>`
 * and the prerendered page's preload say the same, so they pick the same file.
 */
export const LEAD_IMAGE_SIZES = '(min-width: 60rem) 42rem, calc(100vw - 2rem)';

/**
 * The files of a lead image as `src` (its largest JPEG) and a `srcset` per
 * format, under the API's base URL: the same for the page, the prerenderer's
 * preload and the share image. An image given by URL has only `src`.
 */
export function imageFiles(
  image: Pick<Image, 'url' | 'path' | 'widths'>,
  base: string,
): { src: string; srcSet?: Record<ImageFormat, string> } {
  const { path, widths } = image;
  const src = imageSource(image, base);
  if (!path || !widths) return { src };
  const srcSet = (format: ImageFormat) =>
    widths.map((width) => `${imageFile(base, path, width, format)} ${width}w`).join(', ');
  return { src, srcSet: { avif: srcSet('avif'), webp: srcSet('webp'), jpg: srcSet('jpg') } };
}
