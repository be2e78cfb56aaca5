/**
 * Runs a build's steps into staging folders and puts them in place only when
 * every step has succeeded: each output folder is swapped in by renaming, so
 * a failure at any step leaves the previous build exactly as it was, and a
 * server never serves half of one.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';

/** What a step did, in a line, with the figures the build's closing table shows. */
export interface StepReport {
  summary: string;
  figures?: Partial<Record<Figure, number>>;
}

/** The columns of the closing table; `files` is counted for every step, in its staging folders. */
export type Figure = 'pages' | 'pages reused' | 'images drawn' | 'images reused' | 'files';

/** One step: writes only into the staging folders it is given; says what it did. */
export interface BuildStep<Folder extends string> {
  /** A short name for the log and for errors: "content", "pages". */
  name: string;
  run: (staging: Record<Folder, string>) => Promise<string | StepReport>;
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

/** A build in progress: its staging folders, the steps run into them so far, and how it ends. */
export interface Staging<Folder extends string> {
  /** Each output's staging folder. */
  folders: Record<Folder, string>;
  /**
   * Runs one step into the staging folders, timed, its new files counted, and
   * logged. On failure the staging folders are removed and a BuildStepError
   * is thrown: the outputs are as they were.
   */
  run: (step: BuildStep<Folder>) => Promise<void>;
  /** Every step has succeeded: each output is swapped for its staging folder. */
  commit: () => void;
  /** The build stopped elsewhere: the staging folders are removed, the outputs left as they were. */
  abandon: () => void;
}

/** Opens a build of these outputs into fresh staging folders beside them. */
export function openStaging<Folder extends string>(
  outputs: Record<Folder, string>,
  log: (step: string, report: Required<StepReport>, seconds: number) => void = () => {},
): Staging<Folder> {
  const names = Object.keys(outputs) as Folder[];
  const folders = Object.fromEntries(names.map((name) => [name, stagingFolder(outputs[name])])) as Record<
    Folder,
    string
  >;
  const abandon = () => names.forEach((name) => rmSync(folders[name], { recursive: true, force: true }));
  abandon();
  names.forEach((name) => mkdirSync(folders[name], { recursive: true }));
  // The files in the staging folders after the last step: one count per step (a walk of 95,000 files takes a second).
  let counted = 0;
  return {
    folders,
    run: async (step) => {
      const started = performance.now();
      const filesBefore = counted;
      try {
        const result = await step.run(folders);
        const report = typeof result === 'string' ? { summary: result } : result;
        counted = countFiles(Object.values(folders));
        const files = counted - filesBefore;
        log(
          step.name,
          { summary: report.summary, figures: { ...report.figures, files } },
          (performance.now() - started) / 1000,
        );
      } catch (error) {
        abandon();
        throw new BuildStepError(step.name, error);
      }
    },
    commit: () => names.forEach((name) => swapIn(folders[name], outputs[name])),
    abandon,
  };
}

/**
 * Runs the steps in order into `stagingFolder(output)` for every output, then
 * swaps each output in. On failure the staging folders are removed, the
 * outputs are left untouched, and a BuildStepError is thrown.
 */
export async function stagedBuild<Folder extends string>(
  outputs: Record<Folder, string>,
  steps: BuildStep<Folder>[],
  log?: (step: string, report: Required<StepReport>, seconds: number) => void,
): Promise<void> {
  const staging = openStaging(outputs, log);
  for (const step of steps) await staging.run(step);
  staging.commit();
}

/** The files under some folders (those that exist). */
function countFiles(folders: readonly string[]): number {
  return folders
    .filter((folder) => existsSync(folder))
    .reduce(
      (sum, folder) =>
        sum + readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length,
      0,
    );
}

function swapIn(staged: string, target: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staged, target);
  rmSync(previous, { recursive: true, force: true });
}
