/**
 * How far a long step of the build has got: a bar with counts and an
 * estimate of the time left in a terminal, and, when the output is a file or
 * CI's log, a plain line every few seconds instead (cli-progress). Written to
 * stderr, so a step's summary on stdout stays one line.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  /** `count` more done. */
  advance(count?: number): void;
  /** Takes the bar down (a last plain line when not in a terminal). */
  stop(): void;
}

/** Every few seconds, not every item: a CI log of a 20,000-page build stays readable. */
const PLAIN_LINE_EVERY_MS = 5_000;
/** Below this many items a step is over before a bar would say anything useful. */
const WORTH_A_BAR = 200;

/** How a step reports its progress: a bar for `total` items of `what` ("pages", "share images"). */
export type ShowProgress = (what: string, total: number) => Progress;

/** No progress shown: what a step does when called from a test or another script. */
export const noProgress: ShowProgress = () => ({ advance: () => {}, stop: () => {} });

/** A bar for `total` items of `what`, on stderr: what the build's own commands show. */
export const progressBar: ShowProgress = (what, total) => {
  if (total < WORTH_A_BAR) return noProgress(what, total);
  const terminal = Boolean(process.stderr.isTTY) && !process.env.CI;
  const bar = new SingleBar({
    format: `  ${what.padEnd(13)} {bar} {value}/{total} ({percentage} %), {eta_formatted} left`,
    barsize: 30,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: terminal,
    // Not a terminal: no redrawing in place, a new line on a schedule.
    noTTYOutput: !terminal,
    notTTYSchedule: PLAIN_LINE_EVERY_MS,
    etaBuffer: 200,
    stream: process.stderr,
  });
  bar.start(total, 0);
  return { advance: (count = 1) => bar.increment(count), stop: () => bar.stop() };
};
