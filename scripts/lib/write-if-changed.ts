/**
 * Writing into a folder that already holds an older build of the same site
 * (scripts/build/staged-build.ts): most files come out the same, and on this
 * kind of disk writing a file costs about twenty times reading it, so a file
 * whose bytes are already there is not written again, only marked as part of
 * this build by its modification time. What the build did not write or mark
 * is left over from the older one, and `removeLeftovers` takes it away.
 */
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes `data` to `file` unless the file already holds exactly those bytes,
 * in which case its modification time is set to now; true when it was written.
 */
export function writeIfChanged(file: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  if (sameBytes(file, bytes)) {
    const now = new Date();
    utimesSync(file, now, now);
    return false;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return true;
}

/** Copies `from` to `to` unless `to` already holds the same bytes (then marked as above); true when copied. */
export function copyIfChanged(from: string, to: string): boolean {
  return writeIfChanged(to, readFileSync(from));
}

function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    // The size first: most changed files are another length, and a stat costs less than a read.
    return statSync(file).size === bytes.byteLength && readFileSync(file).equals(bytes);
  } catch {
    return false; // not there yet
  }
}

/**
 * The kernel stamps files with a clock that may run a few milliseconds behind
 * the one `Date.now()` reads: a file written just after a build started may
 * look older than its start by that much.
 */
const CLOCK_SLACK_MS = 50;

/** Whether a file was written (or marked) since `since`, a build's start: else it is an older build's. */
export function writtenSince(file: string, since: number): boolean {
  return statSync(file).mtimeMs >= since - CLOCK_SLACK_MS;
}

/**
 * Removes every file under `dir` last modified before `since` (a build's
 * start: what it neither wrote nor marked), and the folders that leaves
 * empty; returns how many files it removed.
 */
export function removeLeftovers(dir: string, since: number): number {
  let removed = 0;
  const emptied = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const file = join(entry.parentPath, entry.name);
    if (writtenSince(file, since)) continue;
    rmSync(file, { force: true });
    emptied.add(entry.parentPath);
    removed++;
  }
  // The deepest folders first, so that a folder emptied by its children's removal goes too.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) removeEmptyFolders(folder, dir);
  return removed;
}

/** Removes `folder` and then each parent below `root` while they are empty. */
function removeEmptyFolders(folder: string, root: string): void {
  for (let current = folder; current.length > root.length && current.startsWith(root); current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch (error) {
      // Gone already (with an emptied child's parents): its parent may be empty now too. Else not empty: stop.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return;
    }
  }
}
