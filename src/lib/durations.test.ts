import { describe, expect, it } from 'vitest';
import { formatRuntime, isoDuration } from './durations';

/** A film's running time, as the facts show it and as schema.org's JSON-LD carries it. */
describe('running times', () => {
  it.each([
    [93, '1 h 33 min', 'PT1H33M'],
    [120, '2 h', 'PT2H'],
    [59, '59 min', 'PT59M'],
    [61, '1 h 1 min', 'PT1H1M'],
    [1, '1 min', 'PT1M'],
    [242, '4 h 2 min', 'PT4H2M'],
  ])('%i minutes: "%s", %s', (minutes, shown, iso) => {
    expect(formatRuntime(minutes)).toBe(shown);
    expect(isoDuration(minutes)).toBe(iso);
  });
});
