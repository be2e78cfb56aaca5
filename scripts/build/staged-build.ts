/**
 * Runs a build's steps into staging folders and puts them in place only when
 * every step has succeeded: each output folder is swapped in by renaming, so
 * a failure at any step leaves the previous build exactly as it was, and a
 * server never serves half of one.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

/** One step: writes only into the staging folders it is given; says in a line what it did. */
export interface BuildStep<Folder extends string> {
  /** A short name for the log and for errors: "content", "pages". */
  name: string;
  run: (staging: Record<Folder, string>) => Promise<string>;
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

/**
 * Runs the steps in order into `stagingFolder(output)` for every output, then
 * swaps each output in. On failure the staging folders are removed, the
 * outputs are left untouched, and a BuildStepError is thrown.
 */
export async function stagedBuild<Folder extends string>(
  outputs: Record<Folder, string>,
  steps: BuildStep<Folder>[],
  log: (step: string, summary: string, seconds: number) => void = () => {},
): Promise<void> {
  const folders = Object.keys(outputs) as Folder[];
  const staging = Object.fromEntries(folders.map((name) => [name, stagingFolder(outputs[name])])) as Record<
    Folder,
    string
  >;
  const clear = () => folders.forEach((name) => rmSync(staging[name], { recursive: true, force: true }));
  clear();
  folders.forEach((name) => mkdirSync(staging[name], { recursive: true }));
  for (const step of steps) {
    const started = performance.now();
    try {
      log(step.name, await step.run(staging), (performance.now() - started) / 1000);
    } catch (error) {
      clear();
      throw new BuildStepError(step.name, error);
    }
  }
  for (const name of folders) swapIn(staging[name], outputs[name]);
}

function swapIn(staged: string, target: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staged, target);
  rmSync(previous, { recursive: true, force: true });
}
