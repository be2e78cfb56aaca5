/**
 * The documents about people and lists (format/directory-schema.ts): a file
 * per director and cast member with their reviewed films, a file per critic
 * with their biography and their reviews' cards in pages, every critic's list,
 * and an index of the critics and one of the lists. Part of publishing
 * (publish-archive.ts): the same reviews and files always give the same bytes.
 */
import { PAGE_SIZE } from '../../src/format/archive-layout';
import { directoryPaths } from '../../src/format/directory-layout';
import { byNewest } from '../../src/format/archive-orders';
import type { Card } from '../../src/format/card-schema';
import { toCard } from '../../src/format/to-card';
import type { Critic, CriticList, ListSummary, Person, Role } from '../../src/format/directory-schema';
import { FORMAT_VERSION } from '../../src/format/fields';
import type { Review } from '../../src/format/review-schema';
import type { Block, Inline } from '../../src/format/rich-text-schema';
import { personSlug } from './person-slug';

/** A critic, from their file (scripts/content/critic-file.ts). */
export interface CriticSource {
  slug: string;
  name: string;
  standfirst: string;
  links: { label: string; url: string }[];
  bio: Block[];
}

/** A critic's list, from its file (scripts/content/list-file.ts): each film by its review's slug. */
export interface ListSource {
  slug: string;
  title: string;
  standfirst: string;
  /** The critic's slug. */
  critic: string;
  published: string;
  updated?: string;
  intro: Block[];
  items: { review: string; note: string | Inline[] }[];
}

/** What publishing needs besides the reviews. */
export interface Directory {
  critics: readonly CriticSource[];
  lists: readonly ListSource[];
  /** Who each person is, by slug, for those content/people.yml tells apart. */
  about: ReadonlyMap<string, string>;
}

export const NO_DIRECTORY: Directory = { critics: [], lists: [], about: new Map() };

/** Each person's page slug, by their name in a review: the published `film.people`, or their name folded. */
export function peopleOf(film: Pick<Review['film'], 'directors' | 'cast' | 'people'>): Map<string, string> {
  const names = [...film.directors, ...film.cast.map((member) => member.name)];
  return new Map(names.map((name) => [name, film.people?.[name] ?? personSlug(name)]));
}

/** Every document of the directory, by its path from the API's base, as JSON text. */
export function directoryFiles(newestFirst: readonly Review[], directory: Directory): Map<string, string> {
  const files = new Map<string, string>();
  const add = (path: string, document: unknown) => files.set(path, JSON.stringify(document));
  for (const person of people(newestFirst, directory.about)) add(directoryPaths.person(person.slug), person);

  const cards = new Map(newestFirst.map((review) => [review.slug, toCard(review)]));
  const critics = new Map(directory.critics.map((critic) => [critic.slug, critic]));
  const lists = [...directory.lists].filter((list) => critics.has(list.critic)).sort((a, b) => byNewest(a, b));
  const summaries = lists.map((list): ListSummary => {
    const { slug, title, standfirst, published } = list;
    const critic = { slug: list.critic, name: critics.get(list.critic)!.name };
    return {
      slug,
      title,
      standfirst,
      critic,
      published,
      count: list.items.filter((item) => cards.has(item.review)).length,
    };
  });
  lists.forEach((list, index) => {
    const document: CriticList = {
      version: FORMAT_VERSION,
      ...summaries[index]!,
      ...(list.updated && { updated: list.updated }),
      intro: list.intro,
      items: list.items.flatMap(({ review, note }) =>
        cards.has(review) ? [{ review: cards.get(review)!, note }] : [],
      ),
    };
    add(directoryPaths.list(list.slug), document);
  });
  add(directoryPaths.lists(), { version: FORMAT_VERSION, lists: summaries });

  const byCritic = new Map<string, Card[]>(directory.critics.map((critic) => [critic.slug, []]));
  for (const review of newestFirst) byCritic.get(review.author.slug ?? '')?.push(cards.get(review.slug)!);
  const index = [...directory.critics].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : 1));
  for (const critic of index) {
    const theirs = byCritic.get(critic.slug)!;
    const pages = Math.max(0, Math.ceil(theirs.length / PAGE_SIZE) - 1);
    const document: Critic = {
      version: FORMAT_VERSION,
      ...critic,
      total: theirs.length,
      cards: theirs.slice(0, PAGE_SIZE),
      pages,
      lists: summaries.filter((summary) => summary.critic.slug === critic.slug),
    };
    add(directoryPaths.critic(critic.slug), document);
    for (let page = 1; page <= pages; page++) {
      const cardsOfPage = theirs.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      add(directoryPaths.criticPage(critic.slug, page), { version: FORMAT_VERSION, cards: cardsOfPage });
    }
  }
  add(directoryPaths.critics(), {
    version: FORMAT_VERSION,
    critics: index.map(({ slug, name, standfirst }) => ({ slug, name, standfirst, total: byCritic.get(slug)!.length })),
  });
  return files;
}

/**
 * Every person named in the reviews, with their reviewed films, newest review
 * first. A person's name is the spelling most reviews use (the newest
 * review's, on a tie): "Penélope Cruz" and "Penelope Cruz" are one page.
 */
function people(newestFirst: readonly Review[], about: ReadonlyMap<string, string>): Person[] {
  const found = new Map<string, { spellings: Map<string, number>; credits: Person['credits'] }>();
  for (const review of newestFirst) {
    const slugs = peopleOf(review.film);
    const roles = new Map<string, Role[]>();
    const credit = (name: string, role: Role) => {
      const slug = slugs.get(name)!;
      if (!roles.has(slug)) roles.set(slug, []);
      roles.get(slug)!.push(role);
      const person = found.get(slug) ?? { spellings: new Map(), credits: [] };
      person.spellings.set(name, (person.spellings.get(name) ?? 0) + 1);
      found.set(slug, person);
    };
    for (const name of review.film.directors) credit(name, { kind: 'director' });
    for (const { name, character } of review.film.cast) credit(name, { kind: 'cast', ...(character && { character }) });
    const card = toCard(review);
    for (const [slug, theirs] of roles) found.get(slug)!.credits.push({ review: card, roles: theirs });
  }
  return [...found].map(([slug, { spellings, credits }]) => {
    // Map keeps the order of first sight, newest review first: the first of the most used wins a tie.
    const name = [...spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    const who = about.get(slug);
    return { version: FORMAT_VERSION, slug, name, ...(who && { about: who }), credits };
  });
}
