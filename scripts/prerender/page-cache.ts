/**
 * The prerenderer's cache of pages, kept between builds: a page is rendered
 * again only when something it was made from has changed. A page is a
 * function of the renderer, of what the worker knows before rendering it (the
 * app shell, its chunk, share tags, lead image: the `parts`) and of the API
 * files it asked for while rendering. Each entry keeps a hash of the first two
 * and a hash of every answer it got (a missing file too), so it is reused only
 * if rendering again would read the same bytes and so write the same page.
 * The entries are one file, the pages one file each.
 * A review edited changes its own file and the few lists that show it; the
 * other pages come from here.
 */
import { createHash } from 'node:crypto';
import { textHash } from '../lib/published-hashes';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeWhole } from '../lib/write-whole';

/**
 * What a page asked the API for while it was rendered, by the path it asked
 * for: the text it got, or null for a file that was not there (a page may
 * change when one appears).
 */
export type PageReads = Record<string, string | null>;

/** What a kept page was made from, and the file it is kept in. */
export interface PageEntry {
  key: string;
  /** The hash of each answer, by the path asked for, or null for a file that was missing. */
  reads: Record<string, string | null>;
  /** The page's file in the cache's folder: named by the entry, so a stale entry never names a newer page. */
  page: string;
}

/**
 * Every entry, by entryName of its page's path: one file (INDEX_FILE), read
 * once by the prerenderer and shared out to its workers with their pages.
 * At 20,000 reviews, 29,510 entry files read one by one were most of a
 * rebuild's pages step on a machine that had let them leave memory.
 */
export type PageIndex = Map<string, PageEntry>;

export interface PageCache {
  /**
   * The file of the page made last time, if nothing it was made from has
   * changed: `answerHash` gives the hash of what the page would read now
   * (null for a missing file).
   */
  lookup: (path: string, parts: unknown, answerHash: (apiPath: string) => string | null) => string | null;
  /** Keeps a page; returns the file it is kept in. Its entry is in `stored` until the index is written. */
  store: (path: string, parts: unknown, reads: PageReads, html: string) => string;
  /** The entries of the pages stored since the cache was opened, by entryName: for writePageIndex. */
  stored: () => [name: string, entry: PageEntry][];
}

/** The same hash as the content step keeps of each file it publishes, so that a read can be checked against it. */
export const hashOf = textHash;

/** The index's file in the cache's folder. */
export const INDEX_FILE = 'index.json';

/** A page's name in the index: a hash of its path, so any path is a safe name. */
export const entryName = (path: string) => hashOf(path).slice(0, 32);

/**
 * A cache in `dir`, knowing the entries of `index` (readPageIndex), for pages
 * rendered by the renderer whose hash is `renderer` (a new renderer makes
 * every entry stale without deleting any first). A page is kept as
 * `<name>.<hash of its entry>.html`: the build's file may be a link to it, so
 * it is only ever replaced, never written through.
 */
export function pageCache(dir: string, renderer: string, index: ReadonlyMap<string, PageEntry>): PageCache {
  mkdirSync(dir, { recursive: true });
  const keyOf = (path: string, parts: unknown) => hashOf(JSON.stringify([renderer, path, parts]));
  const stored = new Map<string, PageEntry>();
  // Each API file's hash, once per reader: most pages read some of the same files (the entry, the card chunks).
  const answers = new WeakMap<(apiPath: string) => string | null, Map<string, string | null>>();
  const answerOnce = (answerHash: (apiPath: string) => string | null, apiPath: string) => {
    const known = answers.get(answerHash) ?? new Map<string, string | null>();
    answers.set(answerHash, known);
    if (!known.has(apiPath)) known.set(apiPath, answerHash(apiPath));
    return known.get(apiPath);
  };
  return {
    lookup(path, parts, answerHash) {
      const entry = index.get(entryName(path));
      if (!entry || entry.key !== keyOf(path, parts)) return null;
      const unchanged = Object.entries(entry.reads).every(
        ([apiPath, hash]) => answerOnce(answerHash, apiPath) === hash,
      );
      const page = join(dir, entry.page);
      return unchanged && existsSync(page) ? page : null;
    },
    store(path, parts, reads, html) {
      const name = entryName(path);
      const made = {
        key: keyOf(path, parts),
        reads: Object.fromEntries(Object.entries(reads).map(([apiPath, text]) => [apiPath, hashOrNull(text)])),
      };
      const entry: PageEntry = { ...made, page: `${name}.${hashOf(JSON.stringify(made)).slice(0, 16)}.html` };
      writeWhole(join(dir, entry.page), html);
      stored.set(name, entry);
      return join(dir, entry.page);
    },
    stored: () => [...stored],
  };
}

/** The cache's index, or an empty one when there is none or it cannot be read (a build stopped while writing it). */
export function readPageIndex(dir: string): PageIndex {
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')) as Record<string, PageEntry>),
    );
  } catch {
    return new Map();
  }
}

/**
 * Writes the index of the site's pages (`paths`): the entries the workers
 * `stored`, else those of `index`; then removes every other file of the
 * folder (pages the site no longer has, pages replaced, pages of a build that
 * stopped before its index was written), so the cache never outgrows the
 * site. Returns how many pages it forgot.
 */
export function writePageIndex(
  dir: string,
  paths: readonly string[],
  index: ReadonlyMap<string, PageEntry>,
  stored: Iterable<[name: string, entry: PageEntry]>,
): number {
  const latest = new Map([...index, ...stored]);
  const kept = new Map(
    paths.flatMap((path) => {
      const entry = latest.get(entryName(path));
      return entry ? [[entryName(path), entry] as const] : [];
    }),
  );
  writeWhole(join(dir, INDEX_FILE), JSON.stringify(Object.fromEntries(kept)));
  const files = new Set([INDEX_FILE, ...[...kept.values()].map((entry) => entry.page)]);
  let forgotten = 0;
  for (const file of readdirSync(dir)) {
    if (files.has(file)) continue;
    rmSync(join(dir, file), { force: true });
    if (file.endsWith('.html')) forgotten++;
  }
  return forgotten;
}

const hashOrNull = (text: string | null) => (text === null ? null : hashOf(text));

/** A hash of every file in a folder, by path and content: the renderer as built. */
export function folderHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(dir, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // a folder
    }
    hash.update(name).update('\0').update(bytes).update('\0');
  }
  return hash.digest('base64url');
}
