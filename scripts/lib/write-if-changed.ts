/**
 * Writing into a folder that already holds an older build of the same site
 * (scripts/build/staged-build.ts): most files come out the same, and on this
 * kind of disk writing a file costs about twenty times reading it, so a file
 * whose bytes are already there is not written again, only marked as part of
 * this build by its modification time. What the build did not write or mark
 * is left over from the older one, and `removeLeftovers` takes it away.
 */
import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Writes `data` to `file` unless the file already holds exactly those bytes,
 * in which case its modification time is set to now; true when it was written.
 */
export function writeIfChanged(file: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const there = existing(file);
  if (there && there.size === bytes.byteLength && readFileSync(file).equals(bytes)) {
    markIfThere(file);
    return false;
  }
  // A file linked from the build being served (linkBuild) is replaced, never written through.
  if (there && there.nlink > 1) unlinkSync(file);
  else if (!there) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return true;
}

/** Marks a file as this build's, as writeIfChanged does one it finds the same; false when it is not there. */
export function markIfThere(file: string): boolean {
  const now = new Date();
  try {
    utimesSync(file, now, now);
    return true;
  } catch {
    return false;
  }
}

/** Copies `from` to `to` unless `to` already holds the same bytes (then marked as above); true when copied. */
export function copyIfChanged(from: string, to: string): boolean {
  return writeIfChanged(to, readFileSync(from));
}

/**
 * Makes `to` a hard link to `from`, a file kept by a cache that replaces its
 * files and never writes through them: a page or image that a rebuild finds
 * unchanged is then one `stat`, not two files read and compared. Marked as
 * above when it is that link already; true when its bytes changed. Where
 * no link can be made (another disk), it is copied.
 */
export function linkIfChanged(from: string, to: string): boolean {
  const there = existing(to);
  const source = statSync(from);
  // On another disk than the cache: copied, as the first time, only if its bytes changed.
  if (there && there.dev !== source.dev) return copyIfChanged(from, to);
  if (there && there.ino === source.ino) {
    markIfThere(to);
    return false;
  }
  const changed = !there || there.size !== source.size || !readFileSync(to).equals(readFileSync(from));
  if (there) unlinkSync(to);
  else mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    writeFileSync(to, readFileSync(from));
  }
  // A link carries its source's time, which may be older than the build: marked as this build's.
  markIfThere(to);
  return changed;
}

/** A file's size, links and identity, or null when it is not there. */
function existing(file: string): { size: number; nlink: number; ino: number; dev: number } | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/**
 * Makes `to` a tree of hard links to the files of `from` for which `linkable`
 * (given each path inside it, with forward slashes) is true: a build's start, made without copying a
 * byte. Safe only for files that every later writer replaces through
 * writeIfChanged, which never writes through a link; returns how many.
 */
export function linkTree(from: string, to: string, linkable: (path: string) => boolean): number {
  let linked = 0;
  const folders = new Set<string>();
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const source = join(entry.parentPath, entry.name);
    const path = relative(from, source).split(sep).join('/');
    if (!linkable(path)) continue;
    const target = join(to, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    linkSync(source, target);
    linked++;
  }
  return linked;
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
 * Every file under `dir` at any depth but in the folders of `skipped`,
 * listed on libuv's threads: a build lists the older build it starts from
 * while its first step works, since walking 50,000 folders waits on the disk
 * (their blocks leave memory a few seconds after the last build on these
 * machines), not on the CPU.
 */
export async function listFiles(dir: string, skipped: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  const skip = new Set(skipped.map((folder) => resolve(folder)));
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    await Promise.all(
      entries.map((entry) => {
        const path = join(folder, entry.name);
        if (!entry.isDirectory()) files.push(path);
        else if (!skip.has(path)) return walk(path);
      }),
    );
  };
  await walk(resolve(dir));
  return files;
}

/**
 * Removes every file under `dir` last modified before `since` (a build's
 * start: what it neither wrote nor marked), and the folders that leaves
 * empty; returns how many files it removed. The folders in `swept` were
 * swept already since `since`, so are not walked again. `listed`: every file
 * `dir` held at `since` (listFiles), so that it need not be walked now; a
 * file made since then is this build's.
 */
export function removeLeftovers(
  dir: string,
  since: number,
  swept: readonly string[] = [],
  listed?: readonly string[],
): number {
  let removed = 0;
  const emptied = new Set<string>();
  const root = resolve(dir);
  const skipped = new Set(swept.map((folder) => resolve(folder)));
  const files = listed ? listed.filter((file) => ![...skipped].some((folder) => isInside(file, folder))) : null;
  for (const file of files ?? filesUnder(root, skipped)) {
    const stats = statSync(file, { throwIfNoEntry: false });
    // Not there: a listed file a step has removed since (a sweep of its own).
    if (!stats || stats.mtimeMs >= since - CLOCK_SLACK_MS) continue;
    rmSync(file, { force: true });
    emptied.add(dirname(file));
    removed++;
  }
  // The deepest folders first, so that a folder emptied by its children's removal goes too.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) removeEmptyFolders(folder, root);
  return removed;
}

const isInside = (file: string, folder: string) => file.startsWith(folder + sep);

/** Every file under `dir`, at any depth, but those in the folders of `skipped`. */
function* filesUnder(dir: string, skipped: ReadonlySet<string>): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (!entry.isDirectory()) yield path;
    else if (!skipped.has(path)) yield* filesUnder(path, skipped);
  }
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
