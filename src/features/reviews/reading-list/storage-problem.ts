import type { Outcome, StorageProblem } from './reading-list-store';

const WHY: Record<StorageProblem, string> = {
  full: 'this browser’s storage is full. Remove a few saved reviews, then try again.',
  blocked: 'this browser is not letting the site keep anything (a private window or a setting may block it).',
  newer: 'a newer version of Reel Notes changed your list in another tab. Reload this page, then try again.',
};

/** What the reader is told when a change was not kept ('' when it was): "Couldn’t save Oldboy (2003): this …". */
export function notKept(what: string, problem: Outcome): string {
  return problem ? `${what}: ${WHY[problem]}` : '';
}
