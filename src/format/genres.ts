/**
 * The genre vocabulary of format v1. Slugs appear in data and URLs; labels are
 * what readers see. Unknown genres in data are dropped at the boundary.
 */
const SLUGS = [
  'action',
  'adventure',
  'animation',
  'biography',
  'comedy',
  'crime',
  'documentary',
  'drama',
  'family',
  'fantasy',
  'history',
  'horror',
  'musical',
  'mystery',
  'noir',
  'romance',
  'science-fiction',
  'sport',
  'thriller',
  'war',
  'western',
] as const;

export type Genre = (typeof SLUGS)[number];

export const GENRE_SLUGS: Genre[] = [...SLUGS];

export function isGenre(value: string): value is Genre {
  return (SLUGS as readonly string[]).includes(value);
}

/** "Science fiction" from "science-fiction". */
export function genreLabel(genre: Genre): string {
  return genre.charAt(0).toUpperCase() + genre.slice(1).replace('-', ' ');
}
