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
 * The readings are in SHARDS files (readings-<n>.json, a file's shard by a
 * hash of its name), each reading with its file's stamp (size, times and
 * inode) when it was read: a file whose stamp is the same is not read at all,
 * and a rebuild after one edit writes one shard. At 20,000 reviews, 20,000
 * entry files and 20,000 review files read one by one were most of a
 * rebuild's content step on a machine that had let them leave memory; one
 * file of every reading was 40 MB to write again after any edit.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from '../lib/code-version';
import { ROOT } from '../lib/project-paths';
import { writeWhole } from '../lib/write-whole';

/** Where the readings of the last builds are kept: beside the other caches, and gone with node_modules. */
export const PARSE_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'content');

/** How many files the readings are shared out into. */
export const SHARDS = 64;

/** The name of a shard's file in the cache's folder. */
export const shardFile = (shard: number) => `readings-${String(shard).padStart(2, '0')}.json`;

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
  /** The reading, as JSON keeps it. */
  reading: unknown;
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
   * Writes the shards whose readings changed, with the readings used since
   * the cache was opened (files since edited or gone are forgotten). Before
   * any reading `cached` gave is changed by its user: the cache keeps the
   * readings it gives.
   */
  save: () => void;
}

export function parseCache(dir: string): ParseCache {
  mkdirSync(dir, { recursive: true });
  const code = codeVersion();
  const entries = new Map<string, Entry>();
  for (let shard = 0; shard < SHARDS; shard++) readShard(join(dir, shardFile(shard)), code, entries);
  const used = new Set<string>();
  const changed = new Set<number>();
  const keyOf = (fileName: string, source: string) => hash(code, fileName, source);
  const remember = (fileName: string, entry: Entry) => {
    entries.set(fileName, entry);
    changed.add(shardOf(fileName));
  };
  return {
    knows: (fileName, stamp) => stamp !== undefined && entries.get(fileName)?.stamp === stamp,
    has: (fileName, source) => entries.get(fileName)?.key === keyOf(fileName, source),
    add: (fileName, source, reading) =>
      remember(fileName, { key: keyOf(fileName, source), stamp: null, reading: JSON.parse(reading) }),
    cached: (read, stamps) => (fileName, source) => {
      used.add(fileName);
      const stamp = stamps.get(fileName) ?? null;
      let entry = entries.get(fileName);
      if (!entry || stamp === null || entry.stamp !== stamp) {
        const text = source();
        const key = keyOf(fileName, text);
        // What JSON keeps, as a later run gets it: a field left undefined is gone either way, so a field set
        // afterwards (a review's image) takes the same place among the others, and the output the same bytes.
        const reading: unknown = entry?.key === key ? entry.reading : JSON.parse(JSON.stringify(read(fileName, text)));
        entry = { key, stamp, reading };
        remember(fileName, entry);
      }
      return entry.reading as ReturnType<typeof read>;
    },
    save: () => {
      for (const fileName of entries.keys()) if (!used.has(fileName)) changed.add(shardOf(fileName));
      const recent = Date.now() - RACY_MS;
      const racy = (stamp: string | null) => stamp === null || Number(stamp.split(':')[1]) >= recent;
      for (const shard of changed) {
        const kept = [...entries].filter(([fileName]) => used.has(fileName) && shardOf(fileName) === shard);
        const saved = kept.map(([fileName, entry]) => [
          fileName,
          { ...entry, stamp: racy(entry.stamp) ? null : entry.stamp },
        ]);
        writeWhole(join(dir, shardFile(shard)), JSON.stringify({ code, entries: Object.fromEntries(saved) }));
      }
      // Anything else in the folder is an older layout's (an entry file per reading) or a stopped write's.
      const shards = new Set(Array.from({ length: SHARDS }, (_, shard) => shardFile(shard)));
      for (const name of readdirSync(dir)) if (!shards.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}

/** A file's shard: by a hash of its name. */
function shardOf(fileName: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < fileName.length; index++) hash = Math.imul(hash ^ fileName.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

/** Adds a shard's readings to `entries`, if it was written by this code; none when it cannot be read. */
function readShard(file: string, code: string, entries: Map<string, Entry>): void {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { code: string; entries: Record<string, Entry> };
    if (saved.code === code)
      for (const [fileName, entry] of Object.entries(saved.entries)) entries.set(fileName, entry);
  } catch {
    // None yet, or one that cannot be read: its files are read again.
  }
}

const hash = (...parts: string[]) =>
  parts.reduce((digest, part) => digest.update(part).update('\0'), createHash('sha256')).digest('base64url');
