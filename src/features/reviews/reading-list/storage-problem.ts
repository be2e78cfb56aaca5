import type { StorageProblem } from './reading-list-store';

const WHY: Record<StorageProblem, string> = {
  full: 'this browser’s storage for Reel Notes is full. Remove a few saved reviews, then try again.',
  blocked:
    'this browser is not letting Reel Notes keep anything on this device (a private window or a setting may block it).',
  newer:
    'a newer version of Reel Notes has changed your reading list in another tab. Reload this page, then try again.',
};

/** What the reader is told when a change was not kept: "Couldn’t save Oldboy (2003): this browser’s storage …". */
export function notKept(what: string, problem: StorageProblem): string {
  return `${what}: ${WHY[problem]}`;
}
