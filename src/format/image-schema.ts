import * as v from 'valibot';
import { MAX_IMAGE_URL } from './limits';

/*
 * A review's image as a card shows it. Either the build made it from a file
 * beside the review: `path` names its files inside the API, `<path>-<width>.<format>`. Or
 * it is published where the critic found it: `url`, an https: address. The
 * review's full image (its words, size, widths and preview) is
 * lead-image-schema.ts, which only the review page needs: every byte here is
 * on every list's first load.
 */

/** #rrggbb: the colour shown where the image will be, until it arrives. */
export const hexColor = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/));
/** images/<16 hex digits>: a name made from the image's content, so a changed image is a new file. */
export const imagePath = v.pipe(v.string(), v.regex(/^images\/[0-9a-f]{16}$/));
/** An image's address: https: only (the scheme checked by its prefix, which is all an <img src> needs). */
export const imageUrl = v.pipe(v.string(), v.startsWith('https://'), v.maxLength(MAX_IMAGE_URL));

/** What a card shows of the lead image: a small version of the same files, and its colour while it loads. */
export const cardImageSchema = v.object({
  color: v.optional(hexColor),
  url: v.optional(imageUrl),
  path: v.optional(imagePath),
});

export type CardImage = v.InferOutput<typeof cardImageSchema>;
