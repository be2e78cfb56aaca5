/**
 * The changes the desktop session makes, and what the URL must say after
 * each (src/features/reviews/list/address/filters.ts spells it). It starts where the
 * phone loads do (LOAD_PATH: drama, 4 stars or more, by title) and ends there.
 */
import type { UrlExpectation } from './page-probe';

export interface FilterState {
  /** Genre slugs ticked. */
  genres: string[];
  /** Minimum rating as the select's value; '' for any. */
  rating: string;
  sort: 'newest' | 'rating' | 'title' | 'year';
  query: string;
  /** The decade, country, language and service as their selects' values (the address's spelling); '' for any. */
  decade: string;
  country: string;
  language: string;
  service: string;
}

export const START: FilterState = {
  genres: ['drama'],
  rating: '4',
  sort: 'title',
  query: '',
  decade: '',
  country: '',
  language: '',
  service: '',
};

/** The selects of the facets, by their labels in the filter panel. */
export const FACET_SELECTS = {
  decade: 'Decade',
  country: 'Country',
  language: 'Language',
  service: 'Where to watch',
} as const;
export type Facet = keyof typeof FACET_SELECTS;

export type FilterChange =
  | { kind: 'genre'; genre: string; label: string }
  | { kind: 'rating'; value: string }
  | { kind: 'sort'; value: FilterState['sort'] }
  | { kind: 'facet'; facet: Facet; value: string };

const genre = (label: string): FilterChange => ({ kind: 'genre', genre: label.toLowerCase(), label });
const rating = (value: string): FilterChange => ({ kind: 'rating', value });
const sort = (value: FilterState['sort']): FilterChange => ({ kind: 'sort', value });

/** 28 changes: every sort, several minimum ratings, genres on and off; each one changes the list. */
export const FILTER_CHANGES: readonly FilterChange[] = [
  sort('newest'),
  sort('rating'),
  sort('year'),
  sort('title'),
  rating(''),
  rating('3'),
  rating('4.5'),
  rating('4'),
  genre('Drama'),
  genre('Comedy'),
  genre('Romance'),
  genre('Romance'),
  genre('Comedy'),
  genre('Western'),
  sort('newest'),
  rating('2'),
  genre('Western'),
  genre('Action'),
  genre('Thriller'),
  genre('Thriller'),
  genre('Action'),
  genre('Horror'),
  sort('rating'),
  genre('Horror'),
  rating(''),
  sort('title'),
  genre('Drama'),
  rating('4'),
];

const facet = (which: Facet, value: string): FilterChange => ({ kind: 'facet', facet: which, value });

/**
 * 8 changes of the decade, country, language and service filters, each chosen
 * and then cleared, from START: values every generated archive has
 * (scripts/lib/generate-reviews.ts), each leaving a list unlike the one before.
 */
export const NEW_FILTER_CHANGES: readonly FilterChange[] = [
  facet('decade', '1990s'),
  facet('decade', ''),
  facet('country', 'GB'),
  facet('country', ''),
  facet('language', 'fr'),
  facet('language', ''),
  facet('service', 'example-rentals'),
  facet('service', ''),
];

/** Typed one key at a time into the search box, the box emptied between words, with no other filter on. */
export const SEARCH_WORDS = ['stewart', 'grant', 'wayne'] as const;

export function describe(change: FilterChange, state: FilterState): string {
  if (change.kind === 'genre') return `${state.genres.includes(change.genre) ? 'untick' : 'tick'} ${change.label}`;
  if (change.kind === 'rating') return `minimum rating ${change.value || 'any'}`;
  if (change.kind === 'facet') return `${FACET_SELECTS[change.facet].toLowerCase()} ${change.value || 'any'}`;
  return `sort by ${change.value}`;
}

export function apply(change: FilterChange, state: FilterState): FilterState {
  if (change.kind === 'rating') return { ...state, rating: change.value };
  if (change.kind === 'sort') return { ...state, sort: change.value };
  if (change.kind === 'facet') return { ...state, [change.facet]: change.value };
  const on = !state.genres.includes(change.genre);
  return {
    ...state,
    genres: on ? [...state.genres, change.genre] : state.genres.filter((genre) => genre !== change.genre),
  };
}

/** The query string a state must produce: defaults (any rating, newest, no search) are left out. */
export function expectation(state: FilterState): UrlExpectation {
  return {
    genre: [...state.genres],
    rating: state.rating ? [state.rating] : [],
    sort: state.sort === 'newest' ? [] : [state.sort],
    q: state.query ? [state.query] : [],
    decade: state.decade ? [state.decade] : [],
    country: state.country ? [state.country] : [],
    language: state.language ? [state.language] : [],
    service: state.service ? [state.service] : [],
  };
}
