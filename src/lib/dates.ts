// Made on first use: a bad option then fails the call that uses it (and its test), not the import of every page.
let longDate: Intl.DateTimeFormat | undefined;

/** "9 October 2023" from "2023-10-09": date-only strings are read in UTC so no time zone shifts the day. */
export function formatDate(isoDate: string): string {
  longDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return longDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}
