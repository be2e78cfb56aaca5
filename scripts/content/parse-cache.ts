/**
 * What reading a review file found, kept between runs: at 20,000 reviews,
 * parsing the Markdown and YAML is most of the content step, and a build
 * after one edit needs to parse one file. A file's reading depends only on
 * its name, its text and the code that reads it, so an entry is found by a
 * hash of all three; the code is every source file of the project and its
 * lockfile, so any change to the checker (or to anything else) starts afresh.
 * What the files say about each other (critics, links, people) is checked on
 * every run, after this.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from '../lib/code-version';
import { ROOT } from '../lib/project-paths';
import { writeWhole } from '../lib/write-whole';

/** Where the readings of the last builds are kept: beside the other caches, and gone with node_modules. */
export const PARSE_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'content');

export interface ParseCache {
  /** The cache's folder. */
  dir: string;
  /** Whether the cache holds a reading of this file's name and text. */
  has: (fileName: string, source: string) => boolean;
  /** `read`, answered from the cache when it has read this file's name and text before. */
  cached: <T>(read: (fileName: string, source: string) => T) => (fileName: string, source: string) => T;
  /** Removes the entries no call has used since the cache was opened: files since edited or gone. */
  prune: () => void;
}

export function parseCache(dir: string): ParseCache {
  mkdirSync(dir, { recursive: true });
  const code = codeVersion();
  const used = new Set<string>();
  const entryOf = (fileName: string, source: string) => `${hash(code, fileName, source)}.json`;
  return {
    dir,
    has: (fileName, source) => existsSync(join(dir, entryOf(fileName, source))),
    cached: (read) => (fileName, source) => {
      const name = entryOf(fileName, source);
      used.add(name);
      const file = join(dir, name);
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as ReturnType<typeof read>;
      } catch {
        // None yet, or one that cannot be read: read the file itself.
        const text = JSON.stringify(read(fileName, source));
        writeWhole(file, text);
        // What JSON keeps, as a later run gets it: a field left undefined is gone either way, so a field set
        // afterwards (a review's image) takes the same place among the others, and the output the same bytes.
        return JSON.parse(text) as ReturnType<typeof read>;
      }
    },
    prune: () => {
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}

const hash = (...parts: string[]) =>
  parts.reduce((digest, part) => digest.update(part).update('\0'), createHash('sha256')).digest('base64url');
