/*
 * The names of an image's files, apart from its schema: the review page's
 * JSON-LD names its lead image without the checker's code.
 */

/** The formats the build encodes an image in, best first: a browser takes the first it can show. */
export type ImageFormat = 'avif' | 'webp' | 'jpg';

/** One of an image's files, under the API's base URL (config/api-base.ts). */
export function imageFile(base: string, path: string, width: number, format: ImageFormat): string {
  return `${base}${path}-${width}.${format}`;
}

/** The one file every reader can open: the largest JPEG the build made, or the address the critic gave. */
export function imageSource(image: { url?: string; path?: string; widths?: readonly number[] }, base: string): string {
  return image.path && image.widths ? imageFile(base, image.path, image.widths.at(-1)!, 'jpg') : image.url!;
}
