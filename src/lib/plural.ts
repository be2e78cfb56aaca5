// English plural rules and digit grouping, from the platform: one place decides between "1 review" and "2 reviews".
const rules = new Intl.PluralRules('en-GB');
// Made once: toLocaleString makes a formatter at every call, a millisecond for a list's counts at each filter change.
const numbers = new Intl.NumberFormat('en-GB');

/** The word that goes with a count: `plural(1, 'star')` is "star", `plural(4, 'star')` "stars". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** A count and its word: "1 review", "20,000 reviews", "2 entries" (with `other`). */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${numbers.format(count)} ${plural(count, one, other)}`;
}
