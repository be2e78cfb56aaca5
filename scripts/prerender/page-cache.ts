/**
 * The prerenderer's cache of pages, kept between builds: a page is rendered
 * again only when something it was made from has changed. A page is a
 * function of the renderer, of what the worker knows before rendering it (the
 * app shell, its chunk, share tags, lead image: the `parts`) and of the API
 * files it asked for while rendering. Each entry keeps a hash of the first two
 * and a hash of every answer it got (a missing file too), so it is reused only
 * if rendering again would read the same bytes and so write the same page.
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

interface Entry {
  key: string;
  /** The hash of each answer, by the path asked for, or null for a file that was missing. */
  reads: PageReads;
}

export interface PageCache {
  /**
   * The file of the page made last time, if nothing it was made from has
   * changed: `answerHash` gives the hash of what the page would read now
   * (null for a missing file).
   */
  lookup: (path: string, parts: unknown, answerHash: (apiPath: string) => string | null) => string | null;
  /** Keeps a page; returns the file it is kept in. */
  store: (path: string, parts: unknown, reads: PageReads, html: string) => string;
}

/** The same hash as the content step keeps of each file it publishes, so that a read can be checked against it. */
export const hashOf = textHash;

/**
 * The name of the files a page is kept in, without its extension: a hash of
 * its path, so any path is a safe name. The entry (what the page was made
 * from) is `<name>.json`, the page itself `<name>.html`, as it is written:
 * the build's file may be a link to it, so it is only ever replaced, never
 * written through.
 */
export const entryName = (path: string) => hashOf(path).slice(0, 32);

/**
 * A cache in `dir`, for pages rendered by the renderer whose hash is `renderer`
 * (a new renderer makes every entry stale without deleting any first).
 */
export function pageCache(dir: string, renderer: string): PageCache {
  mkdirSync(dir, { recursive: true });
  const keyOf = (path: string, parts: unknown) => hashOf(JSON.stringify([renderer, path, parts]));
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
      const entry = readEntry(join(dir, `${entryName(path)}.json`));
      if (!entry || entry.key !== keyOf(path, parts)) return null;
      const unchanged = Object.entries(entry.reads).every(
        ([apiPath, hash]) => answerOnce(answerHash, apiPath) === hash,
      );
      const page = join(dir, `${entryName(path)}.html`);
      return unchanged && existsSync(page) ? page : null;
    },
    store(path, parts, reads, html) {
      const entry: Entry = {
        key: keyOf(path, parts),
        reads: Object.fromEntries(Object.entries(reads).map(([apiPath, text]) => [apiPath, hashOrNull(text)])),
      };
      // The page first: an entry is never there without its page (a build stopped between the two).
      const page = join(dir, `${entryName(path)}.html`);
      writeWhole(page, html);
      writeWhole(join(dir, `${entryName(path)}.json`), JSON.stringify(entry));
      return page;
    },
  };
}

/** Removes the entries of pages the site no longer has, so the cache never outgrows it. */
export function prunePageCache(dir: string, paths: readonly string[]): number {
  if (!existsSync(dir)) return 0;
  const kept = new Set(paths.map(entryName));
  const stale = readdirSync(dir).filter((file) => !kept.has(file.replace(/\.(json|html)$/, '')));
  for (const file of stale) rmSync(join(dir, file), { force: true });
  return stale.filter((file) => file.endsWith('.json')).length;
}

const hashOrNull = (text: string | null) => (text === null ? null : hashOf(text));

/** An entry, or null when there is none or it cannot be read (a build stopped while writing it). */
function readEntry(file: string): Entry | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Entry;
  } catch {
    return null;
  }
}

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
