/**
 * A hash of every file a build published into its API folder, kept in the
 * build's own folder (`.vite/`, which no host serves). The next build starts
 * from that folder (scripts/build/staged-build.ts) and so knows which of its
 * 63,000 files (at 20,000 reviews) are the same without reading one; the
 * prerenderer's page cache knows what each page would read. On this kind of
 * machine files unread for a few seconds leave the memory, so a rebuild that
 * read them all waited on the disk for each.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeWhole } from './write-whole';

/** Files' hashes, by path inside the API folder (`reviews/alien-1979.json`). */
export type FileHashes = Map<string, string>;

/** Where a build keeps its API's hashes, inside its folder. */
export const HASHES_FILE = '.vite/api-hashes.json';

/** The hash of a file's text: the same for the hashes file and the page cache, which compare them. */
export const textHash = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The hashes a build kept, or none when there are none (a build stopped, or from nothing). */
export function readHashes(file: string): FileHashes {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

export function writeHashes(file: string, hashes: FileHashes): void {
  // Before Vite's step, which makes the folder.
  mkdirSync(dirname(file), { recursive: true });
  writeWhole(file, JSON.stringify(Object.fromEntries(hashes)));
}
