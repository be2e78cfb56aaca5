/**
 * The genre vocabulary of format v1. Slugs appear in data and URLs; labels are
 * what readers see. Unknown genres in data are dropped at the boundary.
 */
export const GENRES = {
  action: 'Action',
  adventure: 'Adventure',
  animation: 'Animation',
  biography: 'Biography',
  comedy: 'Comedy',
  crime: 'Crime',
  documentary: 'Documentary',
  drama: 'Drama',
  family: 'Family',
  fantasy: 'Fantasy',
  history: 'History',
  horror: 'Horror',
  musical: 'Musical',
  mystery: 'Mystery',
  noir: 'Noir',
  romance: 'Romance',
  'science-fiction': 'Science fiction',
  sport: 'Sport',
  thriller: 'Thriller',
  war: 'War',
  western: 'Western',
} as const;

export type Genre = keyof typeof GENRES;

export const GENRE_SLUGS = Object.keys(GENRES) as Genre[];

export function isGenre(value: string): value is Genre {
  return Object.hasOwn(GENRES, value);
}

export function genreLabel(genre: Genre): string {
  return GENRES[genre];
}
