/**
 * What reading a review file found, kept between runs: at 20,000 reviews,
 * parsing the Markdown and YAML is most of the content step, and a build
 * after one edit needs to parse one file. A file's reading depends only on
 * its name, its text and the code that reads it, so a reading is kept with a
 * hash of all three; the code is every source file of the project and its
 * lockfile, so any change to the checker (or to anything else) starts afresh.
 * What the files say about each other (critics, links, people) is checked on
 * every run, after this.
 *
 * Every reading is in one file (READINGS_FILE), read once, with each file's
 * stamp (size, times and inode) when it was read: a file whose stamp is the
 * same is not read at all. At 20,000 reviews, 20,000 entry files and 20,000
 * review files read one by one were most of a rebuild's content step on a
 * machine that had let them leave memory.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from '../lib/code-version';
import { ROOT } from '../lib/project-paths';
import { writeWhole } from '../lib/write-whole';

/** Where the readings of the last builds are kept: beside the other caches, and gone with node_modules. */
export const PARSE_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'content');

/** The cache's one file in its folder. */
export const READINGS_FILE = 'readings.json';

/**
 * A file as the disk last saw it change: size, modification and change
 * times, inode. Any write changes the change time, which no tool can set.
 */
export const stampOf = ({ size, mtimeMs, ctimeMs, ino }: Stats) => `${size}:${mtimeMs}:${ctimeMs}:${ino}`;

/** A stamp this recent may be shared by a file written again in the same instant: not trusted. */
const RACY_MS = 2_000;

interface Entry {
  /** The hash of the code, the file's name and its text. */
  key: string;
  /** The file's stamp when it was read, or null when it is not to be trusted (written just before). */
  stamp: string | null;
  /** The reading, as JSON: each use gets a new object, with what JSON keeps. */
  reading: string;
}

export interface ParseCache {
  /** Whether the file with this stamp is unchanged since the cache read it: its text need not be read. */
  knows: (fileName: string, stamp: string | undefined) => boolean;
  /** Whether the cache holds a reading of this file's name and text. */
  has: (fileName: string, source: string) => boolean;
  /** A reading made elsewhere (a parse worker), as JSON. */
  add: (fileName: string, source: string, reading: string) => void;
  /**
   * `read`, answered from the cache when it has read this file before: by
   * its stamp (`stamps`, by name) when unchanged, else by its text, which
   * `source` gives.
   */
  cached: <T>(
    read: (fileName: string, source: string) => T,
    stamps: ReadonlyMap<string, string>,
  ) => (fileName: string, source: () => string) => T;
  /**
   * Writes the cache's file with the readings used since it was opened (files
   * since edited or gone are forgotten), if anything changed. Before any
   * reading is changed by its user: the file keeps them as read.
   */
  save: () => void;
}

export function parseCache(dir: string): ParseCache {
  mkdirSync(dir, { recursive: true });
  const code = codeVersion();
  const file = join(dir, READINGS_FILE);
  const entries = readEntries(file, code);
  const used = new Set<string>();
  let changed = false;
  const keyOf = (fileName: string, source: string) => hash(code, fileName, source);
  const remember = (fileName: string, entry: Entry) => {
    entries.set(fileName, entry);
    changed = true;
  };
  return {
    knows: (fileName, stamp) => stamp !== undefined && entries.get(fileName)?.stamp === stamp,
    has: (fileName, source) => entries.get(fileName)?.key === keyOf(fileName, source),
    add: (fileName, source, reading) => remember(fileName, { key: keyOf(fileName, source), stamp: null, reading }),
    cached: (read, stamps) => (fileName, source) => {
      used.add(fileName);
      const stamp = stamps.get(fileName) ?? null;
      let entry = entries.get(fileName);
      if (!entry || stamp === null || entry.stamp !== stamp) {
        const text = source();
        const key = keyOf(fileName, text);
        // What JSON keeps, as a later run gets it: a field left undefined is gone either way, so a field set
        // afterwards (a review's image) takes the same place among the others, and the output the same bytes.
        const reading = entry?.key === key ? entry.reading : JSON.stringify(read(fileName, text));
        entry = { key, stamp, reading };
        remember(fileName, entry);
      }
      return JSON.parse(entry.reading) as ReturnType<typeof read>;
    },
    save: () => {
      const kept = [...entries].filter(([fileName]) => used.has(fileName));
      if (changed || kept.length !== entries.size) {
        const recent = Date.now() - RACY_MS;
        const racy = (stamp: string | null) => stamp === null || Number(stamp.split(':')[1]) >= recent;
        const saved = kept.map(([fileName, entry]) => [
          fileName,
          { ...entry, stamp: racy(entry.stamp) ? null : entry.stamp },
        ]);
        writeWhole(file, JSON.stringify({ code, entries: Object.fromEntries(saved) }));
      }
      // Anything else in the folder is an older layout's (an entry file per reading) or a stopped write's.
      for (const name of readdirSync(dir)) if (name !== READINGS_FILE) rmSync(join(dir, name), { force: true });
    },
  };
}

/** The readings of the cache's file, if it was written by this code; none when it cannot be read. */
function readEntries(file: string, code: string): Map<string, Entry> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { code: string; entries: Record<string, Entry> };
    return new Map(saved.code === code ? Object.entries(saved.entries) : []);
  } catch {
    return new Map();
  }
}

const hash = (...parts: string[]) =>
  parts.reduce((digest, part) => digest.update(part).update('\0'), createHash('sha256')).digest('base64url');
