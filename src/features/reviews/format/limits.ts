/**
 * The limits of the content the format carries, defined once: the app's
 * schemas refuse data beyond them, and the review checker
 * (scripts/content/) reports them first, with the limit in its message. The
 * size of each published file is limited by MAX_BYTES in archive-layout.ts.
 * docs/review-format.md lists them for critics.
 */

/**
 * The longest text of each kind of field, in UTF-16 code units (a string's
 * length: one per letter of most scripts, two per emoji). Headlines and
 * standfirsts are short enough that any card fits MAX_BYTES.card and any
 * page of PAGE_SIZE cards MAX_BYTES.page (limits.test.ts).
 */
export const TEXT_LIMITS = {
  headline: 500,
  standfirst: 1_000,
  verdict: 10_000,
  /** One body paragraph, or one run of its text between two marks. */
  paragraph: 20_000,
  /** A film's title or original title, a mentioned film's title. */
  title: 500,
  /** A person: the author, a director, a cast member or the character played. */
  name: 200,
  /** A country, a language, a watch provider. */
  label: 100,
  /** The description of the review's image. */
  alt: 1_000,
} as const;

/**
 * How deep rich text may nest: far beyond what a review needs, and shallow
 * enough that the schemas and the renderer, which walk the tree, stay fast
 * and far from the call stack's limit.
 */
export const NESTING_LIMITS = {
  /** Block quotes inside each other (a spoiler section may hold them too: it does not count). */
  quotes: 4,
  /** Spoiler sections inside each other: a spoiler inside a spoiler says nothing more. */
  sections: 1,
  /** Emphasis, strong, links and spoiler passages inside each other. */
  marks: 6,
} as const;
