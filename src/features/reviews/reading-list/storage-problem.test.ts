import { describe, expect, it } from 'vitest';
import { notKept } from './storage-problem';

describe('notKept', () => {
  it('says nothing of a change that was kept', () => {
    expect(notKept('Couldn’t save Heat (1995)', undefined)).toBe('');
  });

  it.each([
    ['full', 'Couldn’t save Heat (1995): this browser’s storage is full. Remove a few saved reviews, then try again.'],
    [
      'blocked',
      'Couldn’t save Heat (1995): this browser is not letting the site keep anything (a private window or a setting may block it).',
    ],
    [
      'newer',
      'Couldn’t save Heat (1995): a newer version of Reel Notes changed your list in another tab. Reload this page, then try again.',
    ],
  ] as const)('says why a change was not kept when storage is %s, and what to do', (problem, message) => {
    expect(notKept('Couldn’t save Heat (1995)', problem)).toBe(message);
  });
});
