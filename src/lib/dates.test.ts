import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

/**
 * A review's date as readers see it. Run in the machine's time zone and in
 * two far from UTC (vite.config.ts, projects "dates in …"): a date-only string
 * must show the same day everywhere.
 */
describe('formatDate', () => {
  it.each([
    ['2023-10-09', '9 October 2023'],
    // The first and last day of a year: a zone behind UTC would show the year before, one ahead the day after.
    ['2024-01-01', '1 January 2024'],
    ['2023-12-31', '31 December 2023'],
    ['2024-02-29', '29 February 2024'],
    ['1999-03-01', '1 March 1999'],
  ])('shows %s as "%s"', (date, shown) => {
    expect(formatDate(date)).toBe(shown);
  });

  it('shows the date as written in a date and time, whatever its offset', () => {
    expect(formatDate('2023-10-09T23:30:00-05:00')).toBe('9 October 2023');
    expect(formatDate('2023-10-09T00:30:00+14:00')).toBe('9 October 2023');
  });
});
