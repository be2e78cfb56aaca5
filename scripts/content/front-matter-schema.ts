/**
 * The front matter of a review file, content/reviews/<slug>.md: what a
 * critic writes above the Markdown body. It is the published review format
 * (src/features/reviews/format/) seen from the writer's side: the slug comes
 * from the file name, the author is a name, lists may be left out, and
 * `draft` keeps a review out of the build. docs/schema/front-matter.schema.json
 * is generated from it, for editors that check YAML as it is typed.
 */
import * as v from 'valibot';
import { isoDate, rating, slug, text, year } from '../../src/features/reviews/format/fields';
import { httpsUrl } from '../../src/features/reviews/format/https-url';
import { GENRE_SLUGS } from '../../src/features/reviews/format/genres';
import { MAX_ALT, MAX_HEADLINE, MAX_LABEL, MAX_NAME, MAX_STANDFIRST, MAX_TITLE, MAX_VERDICT } from '../../src/features/reviews/format/limits';
import { WATCH_KINDS } from '../../src/features/reviews/format/review-schema';

const described = <TSchema extends v.GenericSchema>(schema: TSchema, text: string) =>
  v.pipe(schema, v.description(text));
const list = <TItem extends v.GenericSchema>(item: TItem) => v.optional(v.array(item), []);
const date = v.pipe(v.string('write the date as YYYY-MM-DD, e.g. 2023-10-09'), isoDate);

export const frontMatterSchema = v.object({
  headline: described(text(MAX_HEADLINE), 'The page’s main heading, plain text: ‘Ballerina’ review — a neon-lit revenge thriller…'),
  standfirst: described(text(MAX_STANDFIRST), 'One sentence: what the film is and what you think of it. Plain text, no spoilers: cards and link previews show it.'),
  rating: described(rating, 'Stars out of 5, in halves: 0.5 to 5.'),
  author: described(text(MAX_NAME), 'The critic’s name.'),
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
    directors: list(text(MAX_NAME)),
    cast: list(v.object({ name: text(MAX_NAME), character: v.optional(text(MAX_NAME)) })),
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
  verdict: described(text(MAX_VERDICT), 'One or two sentences: the final judgement. Emphasis and links allowed; no spoilers.'),
  image: v.optional(
    v.object({
      url: httpsUrl,
      width: v.pipe(v.number(), v.integer(), v.minValue(1)),
      height: v.pipe(v.number(), v.integer(), v.minValue(1)),
      alt: text(MAX_ALT),
    }),
  ),
});

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;
