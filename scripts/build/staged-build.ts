/**
 * Runs a build's steps into staging folders and puts them in place only when
 * every step has succeeded: each output folder is swapped in by renaming, so
 * a failure at any step leaves the previous build exactly as it was, and a
 * server never serves half of one.
 *
 * A staging folder starts as the build before the previous one (kept beside
 * each output as `<output>.previous`), not empty: the steps write only the
 * files that differ (scripts/lib/write-if-changed.ts), and what they did not
 * write or mark is removed before the swap. At 20,000 reviews a site is
 * 95,000 files, and writing them all, then deleting the old ones, took longer
 * than every step of a rebuild after one edit together.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { linkTree, listFiles, removeLeftovers as removeOlderFiles } from '../lib/write-if-changed';

/** What a step did, in a line, with the figures the build's closing table shows. */
export interface StepReport {
  summary: string;
  figures?: Partial<Record<Figure, number>>;
}

/**
 * The columns of the closing table. `files written`: the files a step wrote,
 * not those it found already there; `files removed`: an older build's files
 * that this one has not.
 */
export type Figure = 'pages' | 'pages reused' | 'images drawn' | 'images reused' | 'files written' | 'files removed';

/** One step: writes only into the staging folders it is given; says what it did. */
export interface BuildStep<Folder extends string> {
  /** A short name for the log and for errors: "content", "pages". */
  name: string;
  /**
   * The step reads its folders whole (the hosts' files list the site's
   * pages): what the older build they started from left is removed first.
   */
  readsWholeFolders?: boolean;
  run: (staging: Record<Folder, string>, build: BuildContext<Folder>) => Promise<string | StepReport>;
}

/** What a step is given besides its folders. */
export interface BuildContext<Folder extends string> {
  /**
   * Removes what the older build the staging folders started from left in
   * `dir` (one of them, or a folder inside one) and this build has not
   * written so far; returns how many files. For a step whose own folder the
   * next step reads whole.
   */
  removeLeftovers: (dir: string) => number;
  /**
   * Whether a file of a staging folder (by path inside it) may be a hard link
   * to a file a cache keeps: one the options' `linkable` allows, which nothing
   * writes through.
   */
  linkable: (folder: Folder, path: string) => boolean;
}

/** A failed step: its name, then the cause's message (which names the review file when one is the cause). */
export class BuildStepError extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
  ) {
    super(`${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'BuildStepError';
  }
}

/** Where a folder's next build is written until it is complete: beside it, so a rename can swap it in. */
export const stagingFolder = (folder: string) => `${folder}.staging`;

/** The name the removal of an older build's leftovers has in the log and the closing table. */
export const LEFTOVERS_STEP = 'leftovers';

/** The name the making of the next build's start has in the log. */
export const NEXT_START_STEP = 'next start';

/** The build a folder held before its last one: the next staging folder starts from it. */
export const previousFolder = (folder: string) => `${folder}.previous`;

/** What putting a build in place did besides the swap: the files left from the older build it started from. */
export interface Commit {
  removed: number;
}

/** A build in progress: its staging folders, the steps run into them so far, and how it ends. */
export interface Staging<Folder extends string> {
  /** Each output's staging folder. */
  folders: Record<Folder, string>;
  /**
   * Runs one step into the staging folders, timed and logged with what it
   * reports. On failure the staging folders are put aside and a BuildStepError
   * is thrown: the outputs are as they were.
   */
  run: (step: BuildStep<Folder>) => Promise<void>;
  /**
   * Removes what the older build the staging folders started from has and
   * this one has not written (once: nothing older can appear after), logged
   * as a step of its own.
   */
  removeLeftovers: () => Promise<number>;
  /** Every step has succeeded: leftovers removed, each output is swapped for its staging folder. */
  commit: () => Promise<Commit>;
  /**
   * The build stopped elsewhere: the staging folders are put aside as the
   * next build's start, the outputs left as they were.
   */
  abandon: () => void;
}

export interface StagingOptions<Folder extends string> {
  /** Every staging folder starts empty, whatever older build there is. */
  fresh?: boolean;
  /**
   * Which of an output's files (by path inside it) the next build may start
   * from as hard links: only files its steps replace through writeIfChanged,
   * which never writes through a link (not those a tool writes in place).
   */
  linkable?: Partial<Record<Folder, (path: string) => boolean>>;
  /**
   * Folders inside an output (paths inside it) that a step sweeps itself
   * (BuildContext's removeLeftovers): not listed for the last sweep, which
   * walks one only if its step did not sweep it.
   */
  sweptBySteps?: Partial<Record<Folder, readonly string[]>>;
}

/**
 * Opens a build of these outputs into staging folders beside them, each
 * started from the output's previous build (or from a build that stopped,
 * or empty: `fresh` starts every one empty).
 */
export function openStaging<Folder extends string>(
  outputs: Record<Folder, string>,
  log: (step: string, report: Required<StepReport>, seconds: number) => void = () => {},
  { fresh = false, linkable = {}, sweptBySteps = {} }: StagingOptions<Folder> = {},
): Staging<Folder> {
  const started = Date.now();
  const names = Object.keys(outputs) as Folder[];
  const folders = Object.fromEntries(names.map((name) => [name, stagingFolder(outputs[name])])) as Record<
    Folder,
    string
  >;
  // The outputs whose staging folder starts empty: no older build to start from.
  const empty = names.filter((name) => !startFrom(outputs[name], fresh));
  // What the older builds left, listed while the first steps work; walked at the sweep if that failed.
  const sweptByStep = (name: Folder) => (sweptBySteps[name] ?? []).map((path) => resolve(folders[name], path));
  const listings = names.map((name) =>
    empty.includes(name) ? Promise.resolve([]) : listFiles(folders[name], sweptByStep(name)).catch(() => undefined),
  );
  /**
   * After a build that started from nothing and replaced nothing, the next
   * would start from nothing too: so its start is made now, a tree of links
   * to this build's files, those `linkable` allows.
   */
  const prepareNextStart = () => {
    const linkStarted = performance.now();
    const linked = empty.reduce((sum, name) => {
      const allowed = linkable[name];
      // An output this build replaced is there to start from already.
      if (!allowed || existsSync(previousFolder(outputs[name]))) return sum;
      return sum + linkTree(outputs[name], previousFolder(outputs[name]), allowed);
    }, 0);
    if (linked) {
      const summary = `linked ${linked} files of this build for the next one to start from`;
      log(NEXT_START_STEP, { summary, figures: {} }, (performance.now() - linkStarted) / 1000);
    }
  };
  // A stopped build's staging folder is the next one's start, like a previous build: the output is untouched.
  const abandon = () =>
    names.forEach((name) => {
      const previous = previousFolder(outputs[name]);
      if (existsSync(previous)) rmSync(folders[name], { recursive: true, force: true });
      else renameSync(folders[name], previous);
    });
  let sweptAll = false;
  // The folders steps have swept already (removeLeftovers in BuildContext): the last sweep leaves them out.
  const swept: string[] = [];
  const removeLeftovers = async () => {
    if (sweptAll) return 0;
    sweptAll = true;
    const sweepStarted = performance.now();
    const listed = await Promise.all(listings);
    const sweptAlready = new Set(swept.map((dir) => resolve(dir)));
    const removed = names.reduce((sum, name, index) => {
      // A folder left out of the listing for a step to sweep, which that step did not: walked now.
      const unswept = sweptByStep(name).filter((dir) => !sweptAlready.has(dir) && existsSync(dir));
      const unsweptFiles = unswept.reduce((count, dir) => count + removeOlderFiles(dir, started), 0);
      return sum + unsweptFiles + removeOlderFiles(folders[name], started, swept, listed[index]);
    }, 0);
    const summary = `removed ${removed} files an older build had and this one has not`;
    log(LEFTOVERS_STEP, { summary, figures: { 'files removed': removed } }, (performance.now() - sweepStarted) / 1000);
    return removed;
  };
  return {
    folders,
    removeLeftovers,
    run: async (step) => {
      if (step.readsWholeFolders) await removeLeftovers();
      const stepStarted = performance.now();
      try {
        const result = await step.run(folders, {
          removeLeftovers: (dir) => {
            swept.push(dir);
            return removeOlderFiles(dir, started);
          },
          linkable: (folder, path) => linkable[folder]?.(path) ?? false,
        });
        const report = typeof result === 'string' ? { summary: result } : result;
        log(
          step.name,
          { summary: report.summary, figures: report.figures ?? {} },
          (performance.now() - stepStarted) / 1000,
        );
      } catch (error) {
        abandon();
        throw new BuildStepError(step.name, error);
      }
    },
    commit: async () => {
      const removed = await removeLeftovers();
      names.forEach((name) => swapIn(folders[name], outputs[name]));
      prepareNextStart();
      return { removed };
    },
    abandon,
  };
}

/**
 * Makes the staging folder of `output`: the build before the previous one
 * (left by the last swap), else a stopped build's staging folder, else an
 * empty one.
 */
function startFrom(output: string, fresh: boolean): boolean {
  const staging = stagingFolder(output);
  const previous = previousFolder(output);
  if (fresh) rmSync(staging, { recursive: true, force: true });
  const started = !fresh && (existsSync(staging) || existsSync(previous));
  if (fresh || existsSync(staging)) rmSync(previous, { recursive: true, force: true });
  else if (existsSync(previous)) renameSync(previous, staging);
  mkdirSync(staging, { recursive: true });
  return started;
}

/**
 * Runs the steps in order into `stagingFolder(output)` for every output, then
 * swaps each output in. On failure the staging folders are put aside, the
 * outputs are left untouched, and a BuildStepError is thrown.
 */
export async function stagedBuild<Folder extends string>(
  outputs: Record<Folder, string>,
  steps: BuildStep<Folder>[],
  log?: (step: string, report: Required<StepReport>, seconds: number) => void,
): Promise<Commit> {
  const staging = openStaging(outputs, log);
  for (const step of steps) await staging.run(step);
  return staging.commit();
}

/** Puts a staging folder in place; the output it replaces is kept as the next build's start. */
function swapIn(staged: string, target: string): void {
  const previous = previousFolder(target);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staged, target);
}
