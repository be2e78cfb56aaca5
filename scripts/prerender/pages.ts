/** Every public page of a site, from its published API: the paths to prerender. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../src/config/paths';
import { directoryPaths } from '../../src/format/directory-layout';
import type { CriticSummary, ListSummary } from '../../src/format/directory-schema';
import { GENRE_SLUGS } from '../../src/format/genres';
import { STAR_BUCKETS } from '../../src/format/ratings';
import type { Archive } from '../lib/publish-archive';
import { PAGE_CHUNKS, type RoutePattern } from '../lib/route-chunks';
import type { SiteReview } from './site-reviews';

export interface PageSpec {
  path: string;
  /** The chunk with the page's code, as its route's (scripts/lib/route-chunks.ts). */
  chunk: (typeof PAGE_CHUNKS)[RoutePattern];
  /** The review a page shows, if it shows one. */
  slug?: string;
  /** A page about a person, critic or list: what its share image shows. */
  card?: DirectoryCard;
}

/** The share image of a page about a person, critic or list: share/<image>.png. */
export interface DirectoryCard {
  image: string;
  kicker: string;
  title: string;
  line: string;
  /** How many reviews it is about: pages with more get their image first, within the images limit. */
  weight: number;
}

/** The prerendered not-found page, served by hosts for any address that has no file. */
export const NOT_FOUND_PATH = '/404';

/** The file a page is written to, by its path inside the site's folder: `reviews/alien-1979/index.html`. */
export const pageFile = (path: string) =>
  path === NOT_FOUND_PATH ? '404.html' : `${path.slice(1)}${path === '/' ? '' : '/'}index.html`;

/**
 * Up to this many people, every person's page is prerendered; past it, only
 * those named in two reviews or more (docs/performance.md, "People"). The
 * others are still reachable: the host answers with the app's not-found file,
 * whose app renders the page in the browser from people/<slug>.json.
 */
export const PRERENDER_ALL_PEOPLE = 10_000;

/** What the list of pages needs of a published API: its reviews' slugs, and the text of a directory document. */
export interface PublishedApi {
  slugs: readonly string[];
  /** A file of people/, critics/ or lists/ by its path from the API's base, or undefined if there is none. */
  directoryFile: (path: string) => string | undefined;
}

/** A build's API in memory, as the content step published it. */
export const apiInMemory = (archive: Pick<Archive, 'slugs' | 'directoryFiles'>): PublishedApi => ({
  slugs: archive.slugs,
  directoryFile: (path) => archive.directoryFiles.get(path),
});

/** An API published into a folder (`scripts/prerender.ts` on a finished build). */
export const apiInFolder = (apiDir: string): PublishedApi => ({
  slugs: readdirSync(join(apiDir, 'reviews'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length)),
  directoryFile: (path) => (existsSync(join(apiDir, path)) ? readFileSync(join(apiDir, path), 'utf8') : undefined),
});

export function listPages(api: PublishedApi, reviews: readonly SiteReview[] = []): PageSpec[] {
  const slugs = [...api.slugs].sort();
  return [
    { path: paths.home(), chunk: PAGE_CHUNKS['/'] },
    { path: paths.genres(), chunk: PAGE_CHUNKS['/genres'] },
    { path: paths.ratings(), chunk: PAGE_CHUNKS['/ratings'] },
    { path: paths.saved(), chunk: PAGE_CHUNKS['/saved'] },
    // The search, empty: a query is the reader's own, worked out in the browser.
    { path: paths.search(), chunk: PAGE_CHUNKS['/search'] },
    ...GENRE_SLUGS.map((genre): PageSpec => ({ path: paths.genre(genre), chunk: PAGE_CHUNKS['/genres/:genre'] })),
    ...STAR_BUCKETS.map((stars): PageSpec => ({ path: paths.rating(stars), chunk: PAGE_CHUNKS['/ratings/:stars'] })),
    ...slugs.map((slug): PageSpec => ({ path: paths.review(slug), chunk: PAGE_CHUNKS['/reviews/:slug'], slug })),
    ...directoryPages(api, reviews),
  ];
}

/** The critics' and lists' pages and indexes, and the people's pages the rule above keeps, from the reviews. */
function directoryPages(api: PublishedApi, reviews: readonly SiteReview[]): PageSpec[] {
  const index = <T>(path: string, key: string): T[] => {
    const text = api.directoryFile(path);
    return text === undefined ? [] : ((JSON.parse(text) as Record<string, T[]>)[key] ?? []);
  };
  const critics = index<CriticSummary>(directoryPaths.critics(), 'critics');
  const lists = index<ListSummary>(directoryPaths.lists(), 'lists');
  const plural = (count: number, word: string) => `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
  return [
    ...(critics.length ? [{ path: paths.critics(), chunk: PAGE_CHUNKS['/critics'] } satisfies PageSpec] : []),
    ...critics.map((critic): PageSpec => ({
      path: paths.critic(critic.slug),
      chunk: PAGE_CHUNKS['/critics/:slug'],
      card: {
        image: `critics/${critic.slug}`,
        kicker: 'Critic',
        title: critic.name,
        line: plural(critic.total, 'review'),
        weight: critic.total,
      },
    })),
    ...(lists.length ? [{ path: paths.lists(), chunk: PAGE_CHUNKS['/lists'] } satisfies PageSpec] : []),
    ...lists.map((list): PageSpec => ({
      path: paths.list(list.slug),
      chunk: PAGE_CHUNKS['/lists/:slug'],
      card: {
        image: `lists/${list.slug}`,
        kicker: `A list by ${list.critic.name}`,
        title: list.title,
        line: plural(list.count, 'film'),
        weight: list.count,
      },
    })),
    ...peoplePages(reviews),
  ];
}

/** People's pages, most reviews first: every person's, or on a large site those named in two reviews or more. */
function peoplePages(reviews: readonly SiteReview[]): PageSpec[] {
  const people = new Map<string, { name: string; reviews: number; directed: boolean; cast: boolean }>();
  for (const { film } of reviews) {
    const seen = new Set<string>();
    const credit = (name: string, kind: 'directed' | 'cast') => {
      const slug = film.people?.[name];
      if (!slug) return;
      const person = people.get(slug) ?? { name, reviews: 0, directed: false, cast: false };
      person[kind] = true;
      if (!seen.has(slug)) person.reviews += 1;
      seen.add(slug);
      people.set(slug, person);
    };
    film.directors.forEach((name) => credit(name, 'directed'));
    film.cast.forEach((name) => credit(name, 'cast'));
  }
  const least = people.size <= PRERENDER_ALL_PEOPLE ? 1 : 2;
  return [...people]
    .filter(([, person]) => person.reviews >= least)
    .sort(([a, x], [b, y]) => y.reviews - x.reviews || a.localeCompare(b))
    .map(([slug, person]) => ({
      path: paths.person(slug),
      chunk: PAGE_CHUNKS['/people/:slug'],
      card: {
        image: `people/${slug}`,
        kicker: person.directed && person.cast ? 'Director and cast' : person.directed ? 'Director' : 'Cast',
        title: person.name,
        line: `${person.reviews.toLocaleString('en-GB')} reviewed film${person.reviews === 1 ? '' : 's'}`,
        weight: person.reviews,
      },
    }));
}
