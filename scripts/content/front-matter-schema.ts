/**
 * The front matter of a review file, content/reviews/<slug>.md: what a
 * critic writes above the Markdown body. It is the published review format
 * (src/format/) seen from the writer's side: the slug comes
 * from the file name, the author is a critic's slug (their file in
 * content/critics), a person may say which of two people with one name it
 * is (`person:`), lists may be left out, and `draft` keeps a review out of
 * the build. docs/schema/front-matter.schema.json
 * is generated from it, for editors that check YAML as it is typed.
 */
import * as v from 'valibot';
import { isoDate, rating, slug, text, year } from '../../src/format/fields';
import { httpsUrl } from '../../src/format/https-url';
import { GENRE_SLUGS } from '../../src/format/genres';
import {
  MAX_ALT,
  MAX_CREDIT,
  MAX_HEADLINE,
  MAX_LABEL,
  MAX_LINKS,
  MAX_LIST_ITEMS,
  MAX_NAME,
  MAX_NOTE,
  MAX_SLUG_LENGTH,
  MAX_STANDFIRST,
  MAX_TITLE,
  MAX_VERDICT,
  MIN_IMAGE_WIDTH,
  SLUG_PATTERN,
} from '../../src/format/limits';
import { count } from './problems';
import { WATCH_KINDS } from '../../src/format/facets';
import { fold } from '../lib/slugify';

const described = <TSchema extends v.GenericSchema>(schema: TSchema, text: string) =>
  v.pipe(schema, v.description(text));
const list = <TItem extends v.GenericSchema>(item: TItem) => v.optional(v.array(item), []);
const date = v.pipe(v.string('write the date as YYYY-MM-DD, e.g. 2023-10-09'), isoDate);

/** A critic, by the name of their file in content/critics: `daniel-okafor`. */
export const criticSlug = v.pipe(
  v.string(),
  v.check(
    (value) => SLUG_PATTERN.test(value) && value.length <= MAX_SLUG_LENGTH,
    (issue) =>
      `write the critic's slug, the name of their file in content/critics without .md${
        typeof issue.input === 'string' && fold(issue.input) ? `, such as ${fold(issue.input)}` : ''
      }`,
  ),
);

/** Which person of a name shared by several this is: one of that name's slugs in content/people.yml. */
const person = v.optional(slug);

/** A picture file beside the reviews: a relative path whose folders and name never start with a dot (so never ..). */
export const IMAGE_FILE = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:jpe?g|png|webp|avif)$/i;
const pixels = (minimum: number, message: string) =>
  v.pipe(v.number(), v.integer('Invalid size: whole pixels'), v.minValue(minimum, message));

/**
 * The lead image: a `file` beside the review (the build encodes it), or a
 * `url` where it is already published (the build does not download it, so the
 * critic gives its size). Either way an `alt` for readers who cannot see it.
 */
const image = v.pipe(
  v.object({
    file: v.optional(
      described(
        v.pipe(
          v.string(),
          v.regex(
            IMAGE_FILE,
            'a picture beside the reviews, such as images/ballerina-2023.jpg (JPEG, PNG, WebP or AVIF)',
          ),
        ),
        'A picture in the reviews folder, such as images/ballerina-2023.jpg: JPEG, PNG, WebP or AVIF, at least 1,200 pixels wide.',
      ),
    ),
    url: v.optional(described(httpsUrl, 'Or an https: address of the picture, with its width and height.')),
    width: v.optional(
      pixels(MIN_IMAGE_WIDTH, `too narrow: a lead image is at least ${count(MIN_IMAGE_WIDTH)} pixels wide`),
    ),
    height: v.optional(pixels(1, 'Invalid size: at least 1 pixel')),
    alt: described(text(MAX_ALT), 'What the picture shows, for readers who cannot see it.'),
    credit: v.optional(described(text(MAX_CREDIT), 'Who made it: “Photo: Netflix”.')),
  }),
  v.check(
    (found) => (found.file === undefined) !== (found.url === undefined),
    'give the image a `file` (a picture beside the reviews: images/ballerina-2023.jpg) or a `url` (https:), one of the two',
  ),
  v.check(
    (found) => found.url === undefined || (found.width !== undefined && found.height !== undefined),
    'an image given by `url` needs its `width` and `height` in pixels: the build does not download it',
  ),
  v.check(
    (found) => found.file === undefined || (found.width === undefined && found.height === undefined),
    'leave out `width` and `height` for an image `file`: the build measures it',
  ),
);

export const frontMatterSchema = v.object({
  headline: described(
    text(MAX_HEADLINE),
    'The page’s main heading, plain text: ‘Ballerina’ review — a neon-lit revenge thriller…',
  ),
  standfirst: described(
    text(MAX_STANDFIRST),
    'One sentence: what the film is and what you think of it. Plain text, no spoilers: cards and link previews show it.',
  ),
  rating: described(rating, 'Stars out of 5, in halves: 0.5 to 5.'),
  author: described(criticSlug, 'The critic: the name of their file in content/critics, such as daniel-okafor.'),
  published: described(date, 'First published, YYYY-MM-DD.'),
  updated: v.optional(described(date, 'Last substantial change, YYYY-MM-DD.')),
  /** The whole review discusses the ending: its body and verdict stay hidden until the reader asks. */
  spoilers: v.optional(v.boolean(), false),
  /** Not published unless drafts are asked for (npm run dev shows them). */
  draft: v.optional(v.boolean(), false),
  film: v.object({
    title: text(MAX_TITLE),
    originalTitle: v.optional(text(MAX_TITLE)),
    year,
    directors: list(v.union([text(MAX_NAME), v.object({ name: text(MAX_NAME), person })])),
    cast: list(v.object({ name: text(MAX_NAME), character: v.optional(text(MAX_NAME)), person })),
    countries: list(text(MAX_LABEL)),
    languages: list(text(MAX_LABEL)),
    runtime: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000))),
    genres: v.pipe(
      v.array(
        v.picklist(
          GENRE_SLUGS,
          (issue) => `unknown genre ${JSON.stringify(issue.input)}: use one of ${GENRE_SLUGS.join(', ')}`,
        ),
      ),
      v.nonEmpty('list at least one genre'),
    ),
  }),
  watch: list(v.object({ provider: text(MAX_LABEL), kind: v.picklist(WATCH_KINDS), url: httpsUrl })),
  mentions: list(v.object({ title: text(MAX_TITLE), year: v.optional(year), slug: v.optional(slug) })),
  /** One or two sentences; Markdown emphasis and links allowed, spoilers not (it is shown in full). */
  verdict: described(
    text(MAX_VERDICT),
    'One or two sentences: the final judgement. Emphasis and links allowed; no spoilers.',
  ),
  image: v.optional(image),
});

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;

/** The front matter of a critic's file, content/critics/<slug>.md; the Markdown below it is their biography. */
export const criticFrontMatterSchema = v.object({
  name: described(text(MAX_NAME), 'The critic’s name, as bylines show it.'),
  standfirst: described(
    text(MAX_STANDFIRST),
    'One sentence about them, plain text: the critics’ page and link previews show it.',
  ),
  links: v.optional(v.pipe(v.array(v.object({ label: text(MAX_LABEL), url: httpsUrl })), v.maxLength(MAX_LINKS)), []),
});

/** The front matter of a critic's list, content/lists/<slug>.md; the Markdown below it is its introduction. */
export const listFrontMatterSchema = v.object({
  title: described(text(MAX_HEADLINE), 'The list’s title, plain text.'),
  standfirst: described(
    text(MAX_STANDFIRST),
    'One sentence: what the list is. Plain text: /lists and link previews show it.',
  ),
  critic: described(criticSlug, 'The critic who wrote it: the name of their file in content/critics.'),
  published: described(date, 'First published, YYYY-MM-DD.'),
  updated: v.optional(described(date, 'Last substantial change, YYYY-MM-DD.')),
  /** Not published unless drafts are asked for; a draft list may name draft reviews. */
  draft: v.optional(v.boolean(), false),
  items: v.pipe(
    v.array(
      v.object({
        review: described(slug, 'The review, by the name of its file in content/reviews: ballerina-2023.'),
        note: described(
          text(MAX_NOTE),
          'Why it is here, in a sentence or two. Emphasis and links allowed; no spoilers.',
        ),
      }),
    ),
    v.nonEmpty('list at least one film'),
    v.maxLength(MAX_LIST_ITEMS),
  ),
});

export type CriticFrontMatter = v.InferOutput<typeof criticFrontMatterSchema>;
export type ListFrontMatter = v.InferOutput<typeof listFrontMatterSchema>;
