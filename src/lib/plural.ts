// English plural rules, from the platform: one place decides between "1 review" and "2 reviews".
const rules = new Intl.PluralRules('en-GB');

/** The word that goes with a count: `plural(1, 'star')` is "star", `plural(4, 'star')` "stars". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** A count and its word: "1 review", "20,000 reviews", "2 entries" (with `other`). */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${plural(count, one, other)}`;
}
