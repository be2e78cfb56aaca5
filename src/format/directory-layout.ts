/**
 * Where the documents about people, critics and critics' lists are in the
 * static API (archive-layout.ts has the rest). Apart from archive-layout.ts,
 * which every page's first load carries: only these pages' own code holds it.
 */

/** Paths of the documents about people, critics and lists, from the API's base. */
export const directoryPaths = {
  person: (slug: string) => `people/${encodeURIComponent(slug)}.json`,
  critics: () => 'critics/index.json',
  critic: (slug: string) => `critics/${encodeURIComponent(slug)}.json`,
  /** A later page of a critic's cards, from 1. */
  criticPage: (slug: string, page: number) => `critics/${encodeURIComponent(slug)}/${page}.json`,
  lists: () => 'lists/index.json',
  list: (slug: string) => `lists/${encodeURIComponent(slug)}.json`,
} as const;

/** The most bytes the app reads of each document about people and lists (`directoryPaths`). */
export const DIRECTORY_MAX_BYTES = {
  person: 2 * 1024 * 1024,
  /** A critic's file and each page of their cards. */
  critic: 512 * 1024,
  list: 512 * 1024,
  /** critics/index.json, lists/index.json. */
  index: 1024 * 1024,
} as const;
