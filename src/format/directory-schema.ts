import * as v from 'valibot';
import { version } from './archive-schema';
import { cardSchema } from './card-schema';
import { isoDate, slug, text } from './fields';
import { httpsUrl } from './https-url';
import { MAX_HEADLINE, MAX_LABEL, MAX_LINKS, MAX_LIST_ITEMS, MAX_NAME, MAX_STANDFIRST } from './limits';
import { bodySchema, noteSchema } from './rich-text-schema';

/**
 * The documents about people and critics' lists (directory-layout.ts): a
 * page for every director and cast member, every critic, and every list a
 * critic wrote. Detail documents, each checked whole: a broken one is a
 * clear error for its page, as a broken review is. The critics' cards come
 * as `unknown[]` and are checked one by one (../api/check-cards.ts), as a
 * list's are, because a critic's page is a list of their reviews.
 */

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What a person did in a film: directed it, or played in it (a character, when the review names one). */
export const roleSchema = v.union([
  v.object({ kind: v.literal('director') }),
  v.object({ kind: v.literal('cast'), character: v.optional(text(MAX_NAME)) }),
]);

/** people/<slug>.json: a director's or cast member's reviewed films, newest review first. */
export const personSchema = v.object({
  version,
  slug,
  name: text(MAX_NAME),
  /** Who this is, when content/people.yml tells apart people who share a name. */
  about: v.optional(text(MAX_NAME)),
  credits: v.array(v.object({ review: cardSchema, roles: v.pipe(v.array(roleSchema), v.nonEmpty()) })),
});

/** A critic as other documents name them: their page is /critics/<slug>. */
export const bylineSchema = v.object({ slug, name: text(MAX_NAME) });

/** A list as an index shows it. */
export const listSummarySchema = v.object({
  slug,
  title: text(MAX_HEADLINE),
  standfirst: text(MAX_STANDFIRST),
  critic: bylineSchema,
  published: isoDate,
  /** How many films it holds. */
  count,
});

/**
 * critics/<slug>.json: a critic, their biography (rich text, never a
 * spoiler: the checker refuses them there), their lists, and the newest page
 * of their reviews' cards; `pages` more pages are in critics/<slug>/<n>.json.
 */
export const criticSchema = v.object({
  version,
  slug,
  name: text(MAX_NAME),
  /** One line about them: the critics' index and link previews show it. */
  standfirst: text(MAX_STANDFIRST),
  bio: bodySchema,
  links: v.optional(v.pipe(v.array(v.object({ label: text(MAX_LABEL), url: httpsUrl })), v.maxLength(MAX_LINKS)), []),
  total: count,
  cards: v.array(v.unknown()),
  /** How many page files follow this one, numbered from 1. */
  pages: count,
  lists: v.optional(v.array(listSummarySchema), []),
});

/** critics/<slug>/<n>.json: the next page of a critic's reviews' cards, newest first. */
export const criticPageSchema = v.object({ version, cards: v.array(v.unknown()) });

/** critics/index.json: every critic, by name. */
export const criticsIndexSchema = v.object({
  version,
  critics: v.array(v.object({ ...bylineSchema.entries, standfirst: text(MAX_STANDFIRST), total: count })),
});

/** lists/<slug>.json: a critic's list, its introduction, and each film with the critic's note. */
export const criticListSchema = v.object({
  version,
  ...listSummarySchema.entries,
  updated: v.optional(isoDate),
  intro: bodySchema,
  items: v.pipe(v.array(v.object({ review: cardSchema, note: noteSchema })), v.maxLength(MAX_LIST_ITEMS)),
});

/** lists/index.json: every list, newest first. */
export const listsIndexSchema = v.object({ version, lists: v.array(listSummarySchema) });

export type Role = v.InferOutput<typeof roleSchema>;
export type Person = v.InferOutput<typeof personSchema>;
export type Byline = v.InferOutput<typeof bylineSchema>;
export type ListSummary = v.InferOutput<typeof listSummarySchema>;
export type Critic = v.InferOutput<typeof criticSchema>;
export type CriticSummary = v.InferOutput<typeof criticsIndexSchema>['critics'][number];
export type CriticList = v.InferOutput<typeof criticListSchema>;
