import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../scripts/lib/project-paths';

/** Versions of one archive kept for other checkouts of the code running at the same time (a branch, Stryker's sandbox). */
const KEPT = 3;
const ONE_HOUR = 3_600_000;
const CACHE = join(ROOT, 'node_modules', '.cache', 'reel-notes-archives');

/**
 * A published archive that tests read, made once for each version of what it
 * is made from: `publish` writes it into an empty folder named by `name` and
 * a hash of the files under `inputs` (paths from the repository's root; test
 * files excepted), so a stale archive is never read, and two runs starting
 * together never write the same files. Returns the folder.
 */
export function cachedArchive(name: string, inputs: readonly string[], publish: (dir: string) => void): string {
  const dir = join(CACHE, `${name}-${digestOf(inputs)}`);
  if (!existsSync(join(dir, 'index.json'))) {
    mkdirSync(CACHE, { recursive: true });
    const staging = mkdtempSync(`${dir}.staging-`);
    publish(staging);
    try {
      renameSync(staging, dir);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      // Another run published the same inputs first: its folder is as good as this one.
      if (!existsSync(join(dir, 'index.json'))) throw error;
    }
  }
  const now = new Date();
  utimesSync(dir, now, now); // recently used: kept by prune()
  prune(name);
  return dir;
}

/** A hash of every file's path and bytes under these paths, test files excepted. */
function digestOf(paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) add(join(path, entry));
    } else if (!/\.test\.tsx?$/.test(path)) {
      hash.update(`${relative(ROOT, path)}\n`).update(readFileSync(path));
    }
  };
  for (const path of paths) add(join(ROOT, path));
  return hash.digest('hex').slice(0, 16);
}

/** Removes all but the KEPT most recently used versions of an archive, and staging folders of a run that was stopped. */
function prune(name: string): void {
  const entries = readdirSync(CACHE)
    .filter((entry) => entry.startsWith(`${name}-`))
    .flatMap((entry) => {
      const stat = statSync(join(CACHE, entry), { throwIfNoEntry: false }); // another run may be removing it
      return stat ? [{ path: join(CACHE, entry), staging: entry.includes('.staging-'), time: stat.mtimeMs }] : [];
    });
  const versions = entries.filter((entry) => !entry.staging).sort((a, b) => b.time - a.time);
  const abandoned = entries.filter((entry) => entry.staging && Date.now() - entry.time > ONE_HOUR);
  for (const { path } of [...versions.slice(KEPT), ...abandoned]) rmSync(path, { recursive: true, force: true });
}
