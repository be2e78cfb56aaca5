/**
 * The limits of the content the format carries, defined once: the review
 * checker (scripts/content/) reports them, with the limit in its message,
 * and the app's schemas refuse text beyond them. The size of each published
 * file is limited by MAX_BYTES in archive-layout.ts. docs/review-format.md
 * lists them for critics. Single numbers rather than an object: every page's
 * first load carries the card schema, and a bundler can drop an unused
 * number, not an object's unused property.
 */

/** A slug: lower-case letters and digits in words joined by hyphens, and how long it may be. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 120;

/*
 * The longest text of each kind of field, in UTF-16 code units (a string's
 * length: one per letter of most scripts, two per emoji). Headlines and
 * standfirsts are short enough that any card fits MAX_BYTES.card and any
 * page of PAGE_SIZE cards MAX_BYTES.page (limits.test.ts).
 */
export const MAX_HEADLINE = 500;
export const MAX_STANDFIRST = 1_000;
export const MAX_VERDICT = 10_000;
/** One body paragraph, or one run of its text between two marks. */
export const MAX_PARAGRAPH = 20_000;
/** A film's title or original title, a mentioned film's title. */
export const MAX_TITLE = 500;
/** A person: the author, a director, a cast member or the character played. */
export const MAX_NAME = 200;
/** A country, a language, a watch provider. */
export const MAX_LABEL = 100;
/** The description of the review's image. */
export const MAX_ALT = 1_000;
/** A critic's note on one film of their list. */
export const MAX_NOTE = 2_000;
/** The films of one critic's list. */
export const MAX_LIST_ITEMS = 100;
/** A critic's own links (website, newsletter). */
export const MAX_LINKS = 10;
/** Who made the review's image ("Photo: Netflix"). */
export const MAX_CREDIT = 200;
/** An image's https: address. */
export const MAX_IMAGE_URL = 2_000;

/*
 * The lead image a critic gives (a file or an address): wide enough to fill
 * a wide screen's column at twice its density, and no larger than a camera's
 * full-size photograph, which the build can still decode in a moment.
 */
/** The narrowest lead image, in pixels, as it is seen (after the camera's rotation). */
export const MIN_IMAGE_WIDTH = 1_200;
/** The most pixels (width × height) of a lead image file: 50 megapixels. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** The largest lead image file: 25 MB. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/*
 * How deep rich text may nest: far beyond what a review needs, and shallow
 * enough that the renderer and everything else that walks the tree stay far
 * from the call stack's limit. The checker holds the body and the verdict to
 * them as it converts the Markdown; the app's schema only checks each node's
 * kind (a tree too deep for the stack is refused: src/lib/api-client.ts).
 */
/** Block quotes inside each other (a spoiler section may hold them too: it does not count). */
export const MAX_QUOTES = 4;
/** Emphasis, strong, links and spoiler passages inside each other. */
export const MAX_MARKS = 6;
