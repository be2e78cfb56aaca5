/** A film as messages name it: its title, and its year when known. */
export interface FilmName {
  title: string;
  year?: number | undefined;
}

/** "the review of ‘Ballerina’ (2023)": how every message about one review names it, never by its slug. */
export function reviewName({ title, year }: FilmName): string {
  return `the review of ‘${title}’${year ? ` (${year})` : ''}`;
}

/**
 * A readable guess at the film from a review's address, for when nothing
 * else is known yet: "the-room-2003" → The Room (2003), "dune-2021-2" → Dune
 * (2021). Only a stand-in: the review's own title replaces it on arrival.
 */
export function filmFromSlug(slug: string): FilmName {
  const [, words = slug, year] = /^(.+)-(\d{4})(?:-\d+)?$/.exec(slug) ?? [];
  const title = words
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return { title, year: year ? Number(year) : undefined };
}
