/**
 * The published JSON Schemas of the format, generated from the runtime valibot
 * schemas so the documentation cannot drift from what the app accepts.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { entrySchema, pageSchema } from '../../src/format/archive-schema';
import { facetsSchema } from '../../src/format/facets-schema';
import { blockSchema, nameKeysSchema, namesChunkSchema, titlesSchema } from '../../src/format/index-schema';
import { cardSchema } from '../../src/format/card-schema';
import { FORMAT_VERSION } from '../../src/format/fields';
import { reviewSchema } from '../../src/format/review-schema';
import { textChunkSchema, textKeysSchema } from '../../src/format/text-index-schema';
import {
  criticListSchema,
  criticPageSchema,
  criticSchema,
  criticsIndexSchema,
  listsIndexSchema,
  personSchema,
} from '../../src/format/directory-schema';
import { criticFrontMatterSchema, frontMatterSchema, listFrontMatterSchema } from '../content/front-matter-schema';

/** The schemas of what critics write: unknown keys are mistakes there. */
const FRONT_MATTERS: readonly v.GenericSchema[] = [frontMatterSchema, criticFrontMatterSchema, listFrontMatterSchema];

const BASE = `https://reel-notes.example/schema/v${FORMAT_VERSION}/`;

/** Each published schema: its file, title, what it describes, and the runtime schema it is generated from. */
const SCHEMAS: [file: string, title: string, description: string, schema: v.GenericSchema][] = [
  [
    'front-matter.schema.json',
    'Review front matter',
    'The YAML front matter of a review file, content/reviews/<slug>.md (docs/review-format.md).',
    frontMatterSchema,
  ],
  [
    'critic-front-matter.schema.json',
    'Critic front matter',
    "The YAML front matter of a critic's file, content/critics/<slug>.md (docs/review-format.md).",
    criticFrontMatterSchema,
  ],
  [
    'list-front-matter.schema.json',
    'List front matter',
    "The YAML front matter of a critic's list, content/lists/<slug>.md (docs/review-format.md).",
    listFrontMatterSchema,
  ],
  ['review.schema.json', 'Review', 'One review in full: reviews/<slug>.json.', reviewSchema],
  [
    'card.schema.json',
    'Card',
    'One review as a list shows it: builds/<build>/cards/<id>.json, and the items of pages.',
    cardSchema,
  ],
  ['entry.schema.json', 'Entry', 'index.json: the current build and the counts per genre and rating.', entrySchema],
  [
    'page.schema.json',
    'Page',
    'builds/<build>/pages/<scope>.json: the newest page of all reviews, a genre or a rating. Items of cards are cards.',
    pageSchema,
  ],
  [
    'block.schema.json',
    'Filter index block',
    'builds/<build>/blocks/<sort>/<n>.json: the filter index for 1,024 reviews in one order, as columns.',
    blockSchema,
  ],
  [
    'titles.schema.json',
    'Film titles',
    'builds/<build>/titles/<n>.json: the film titles of the 1,024 reviews of newest block n, by id.',
    titlesSchema,
  ],
  [
    'facets.schema.json',
    'Facets',
    'builds/<build>/facets.json: the countries, languages and services the filter index numbers, with their labels and counts.',
    facetsSchema,
  ],
  [
    'name-keys.schema.json',
    'Name search keys',
    'builds/<build>/names/keys.json: the chunks of the name search that exist.',
    nameKeysSchema,
  ],
  [
    'names.schema.json',
    'Name search chunk',
    'builds/<build>/names/<key>.json: words of titles, directors and cast, with the ids of the reviews that have them, delta-encoded.',
    namesChunkSchema,
  ],
  [
    'text-keys.schema.json',
    'Full-text index keys',
    'builds/<build>/text/keys.json: the chunks of the full-text index (search inside reviews) that exist.',
    textKeysSchema,
  ],
  [
    'text.schema.json',
    'Full-text index chunk',
    'builds/<build>/text/<key>.json: words of the reviews’ text (spoilers left out), each with the ids of the reviews that have it (whole numbers, delta-encoded) and how many times in each (whole numbers from 1; an empty list: once in every one).',
    textChunkSchema,
  ],
  [
    'person.schema.json',
    'Person',
    "people/<slug>.json: a director's or cast member's reviewed films, newest review first, with their roles.",
    personSchema,
  ],
  [
    'critic.schema.json',
    'Critic',
    'critics/<slug>.json: a critic, their biography (rich text), links and lists, and the newest page of their reviews’ cards.',
    criticSchema,
  ],
  [
    'critic-page.schema.json',
    'Critic page',
    'critics/<slug>/<n>.json: the next page of a critic’s reviews’ cards, newest first.',
    criticPageSchema,
  ],
  ['critics.schema.json', 'Critics', 'critics/index.json: every critic, by name.', criticsIndexSchema],
  [
    'list.schema.json',
    'List',
    "lists/<slug>.json: a critic's list, its introduction, and each film's card with the critic's note.",
    criticListSchema,
  ],
  ['lists.schema.json', 'Lists', 'lists/index.json: every list, newest first.', listsIndexSchema],
];

export function jsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    SCHEMAS.map(([file, title, description, schema]) => {
      // Checks written as code (real calendar dates, half stars, https: only) cannot be expressed
      // in JSON Schema; docs/review-format.md states them.
      const generated = toJsonSchema(schema, { errorMode: 'ignore' });
      // The publisher refuses unknown keys in front matter; say so, so an editor flags a typo as it is typed.
      if (FRONT_MATTERS.includes(schema)) closeObjects(generated);
      return [
        file,
        { ...generated, $id: `${BASE}${file}`, title: `${title} (format v${FORMAT_VERSION})`, description },
      ];
    }),
  );
}

function closeObjects(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const object = node as Record<string, unknown>;
  if (object.type === 'object' && object.properties) object.additionalProperties = false;
  Object.values(object).forEach(closeObjects);
}

export function serialise(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
