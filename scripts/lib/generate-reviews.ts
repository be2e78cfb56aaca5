/**
 * Generates a large archive of reviews for load tests and benchmarks: real
 * film facts from data/films.json.gz, everything else (ratings, dates,
 * critics, text) invented from a seeded PRNG, so the same arguments always
 * give byte-identical files. Every generated body opens by saying that it is
 * generated. Past the 36,000 films of the data, films are reviewed again by
 * other critics (slugs `…-2`, `…-3`). Used by scripts/catalog.ts.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as v from 'valibot';
import { FORMAT_VERSION } from '../../src/format/fields';
import { genreLabel, type Genre } from '../../src/format/genres';
import { reviewSchema, type Review, type ReviewInput } from '../../src/format/review-schema';
import { writeCriticFile, writeReviewFile } from '../content/write-review-file';
import { publishArchive } from './publish-archive';
import type { CriticSource } from './publish-directory';
import { fold, slugify } from './slugify';

export const FILMS_FILE = join(import.meta.dirname, '..', '..', 'data', 'films.json.gz');

/** One film as stored in data/films.json.gz. */
export interface FilmFacts {
  title: string;
  year: number;
  genres: string[];
  cast: string[];
  directors?: string[];
}

/** The data's genres in the app's vocabulary; genres not named here are dropped. */
export const GENRE_MAP: Readonly<Record<string, Genre>> = {
  Action: 'action',
  Adventure: 'adventure',
  Animated: 'animation',
  Biography: 'biography',
  Comedy: 'comedy',
  Crime: 'crime',
  Dance: 'musical',
  Disaster: 'action',
  Documentary: 'documentary',
  Drama: 'drama',
  Family: 'family',
  Fantasy: 'fantasy',
  Historical: 'history',
  Horror: 'horror',
  'Martial Arts': 'action',
  Musical: 'musical',
  Mystery: 'mystery',
  Noir: 'noir',
  Romance: 'romance',
  Satire: 'comedy',
  'Science Fiction': 'science-fiction',
  Slasher: 'horror',
  Sport: 'sport',
  Sports: 'sport',
  Spy: 'thriller',
  Superhero: 'action',
  Supernatural: 'horror',
  Suspense: 'thriller',
  Thriller: 'thriller',
  War: 'war',
  Western: 'western',
};

/** The app's genres for a film's data genres, in the data's order; drama when none is left. */
export function mapGenres(genres: readonly string[]): Genre[] {
  const mapped = [...new Set(genres.map((genre) => GENRE_MAP[genre]).filter((genre) => genre !== undefined))];
  return mapped.length ? mapped : ['drama'];
}

/** Removes scraping debris from the data's text: inline CSS, footnote and language markers, stray spaces. */
export function cleanText(value: string): string {
  return value
    .replace(/\.mw-parser-output[^}]*\}/g, '')
    .replace(/\s*\[[^\]\s]{1,3}\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadFilms(file = FILMS_FILE): FilmFacts[] {
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as FilmFacts[];
}

/** Half stars from 0.5 to 5 and how often each is given: most films are fair to good, few are awful or perfect. */
const RATING_WEIGHTS: readonly (readonly [number, number])[] = [
  [0.5, 1],
  [1, 2],
  [1.5, 3],
  [2, 6],
  [2.5, 9],
  [3, 15],
  [3.5, 20],
  [4, 22],
  [4.5, 15],
  [5, 7],
];

/** Invented critics: none of them exists. */
export const GENERATED_CRITICS: readonly CriticSource[] = [
  'Ada Vale',
  'Tomas Reyne',
  'Priya Halden',
  'Jonah Merritt',
  'Lena Osei',
  'Marcus Thorne',
  'Inez Calloway',
  'Ruth Ambrose',
].map((first) => {
  const name = `${first} (generated)`;
  return {
    slug: fold(name),
    name,
    standfirst: 'An invented critic, for load tests: every review under this name is generated.',
    links: [],
    bio: [
      `${name} does not exist. The generator of large archives signs its reviews with this name, so that a large site has critics, each with thousands of reviews.`,
    ].map((text) => ({ type: 'paragraph' as const, children: [text] })),
  };
});

/** A critic as a review names them. */
const byline = ({ name, slug }: CriticSource) => ({ name, slug });

/** Reviews are dated from 15 years before this day up to it. */
export const LAST_PUBLISHED = '2026-11-01';
const DAY_MS = 86_400_000;
const PUBLISHING_DAYS = 15 * 365;

const GENRE_NOUNS: Readonly<Record<Genre, string>> = {
  action: 'action film',
  adventure: 'adventure',
  animation: 'animated feature',
  biography: 'biopic',
  comedy: 'comedy',
  crime: 'crime film',
  documentary: 'documentary',
  drama: 'drama',
  family: 'family film',
  fantasy: 'fantasy',
  history: 'historical drama',
  horror: 'horror film',
  musical: 'musical',
  mystery: 'mystery',
  noir: 'film noir',
  romance: 'romance',
  'science-fiction': 'science-fiction film',
  sport: 'sports film',
  thriller: 'thriller',
  war: 'war film',
  western: 'western',
};

type Band = 'high' | 'middle' | 'low';

const HEADLINES: Readonly<Record<Band, readonly string[]>> = {
  high: [
    'a {genre} that earns every one of its minutes',
    '{lead} carries a {genre} worth seeking out',
    'a {decade} {genre} that still feels alive',
    '{director} makes the familiar feel new',
  ],
  middle: [
    'a {genre} with more ideas than it can use',
    '{lead} does what the script allows',
    'a serviceable {decade} {genre}',
    '{director} plays it safe, mostly',
  ],
  low: [
    'a {genre} that never finds its footing',
    'even {lead} cannot rescue this {genre}',
    'a {decade} {genre} best left in the vault',
    '{director} loses the thread early',
  ],
};

const JUDGEMENTS: Readonly<Record<Band, readonly string[]>> = {
  high: [
    'is confident, generous and sharper than its reputation',
    'is the kind of film that rewards a second look',
    'knows exactly what it wants to be and gets there',
  ],
  middle: [
    'has good scenes and a shapeless whole',
    'is pleasant company that leaves little behind',
    'works in patches and sags in between',
  ],
  low: [
    'mistakes noise for momentum',
    'wastes a capable cast on a thin script',
    'feels longer than it is and says less than it thinks',
  ],
};

const VERDICTS: Readonly<Record<Band, readonly string[]>> = {
  high: [
    'A {genre} to seek out: assured, alive and better than it needed to be.',
    'Worth your evening, and probably a second one.',
  ],
  middle: ['Watchable, forgettable, and fine for a quiet night in.', 'A {genre} for completists rather than converts.'],
  low: ['One for the curious only.', 'A {genre} that never justifies its running time.'],
};

/** Invented services (no real one is endorsed by generated text), each with how it is watched there. */
const WATCH_OPTIONS = [
  ['Example Streaming', 'subscription'],
  ['Example Streaming Plus', 'subscription'],
  ['Example Rentals', 'rent'],
  ['Example Rentals', 'buy'],
  ['Example Free TV', 'free'],
  ['Example Cinema Club', 'cinema'],
] as const;

/**
 * The films are American, but about one in five is a co-production or made
 * partly in another language, as in the lists the facts come from: enough
 * countries and languages, unevenly spread, for the filters to be tried at scale.
 */
const CO_PRODUCERS = [
  ['United Kingdom', 'English'],
  ['United Kingdom', 'English'],
  ['Canada', 'French'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Mexico', 'Spanish'],
  ['Spain', 'Spanish'],
  ['Italy', 'Italian'],
  ['Japan', 'Japanese'],
  ['Australia', 'English'],
  ['South Korea', 'Korean'],
  ['Hong Kong', 'Cantonese'],
  ['India', 'Hindi'],
] as const;

export interface GenerateOptions {
  count: number;
  seed: number;
  films?: readonly FilmFacts[];
}

export interface Generated {
  reviews: Review[];
  /** How many films the data offered: past this, films are reviewed more than once. */
  available: number;
}

/** Generates `count` reviews from the film facts, deterministically for a seed. */
export function generateReviews({ count, seed, films = loadFilms() }: GenerateOptions): Generated {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  // A seeded shuffle, so a smaller archive is a fair sample of every decade and genre.
  const order = Array.from(films.keys());
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = Array.from({ length: count }, (_, position) => films[order[position % order.length]!]!);

  const slugs = new Set<string>();
  const picked = chosen.map((film) => {
    const title = cleanText(film.title) || 'Untitled';
    const base = `${slugify(title)}-${film.year}`;
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return { film, title, slug };
  });

  const totalWeight = RATING_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const drawRating = () => {
    let roll = random() * totalWeight;
    for (const [rating, weight] of RATING_WEIGHTS) if ((roll -= weight) < 0) return rating;
    return 4;
  };
  const lastDay = Date.parse(`${LAST_PUBLISHED}T00:00:00Z`);

  const reviews = picked.map(({ film, title, slug }, position): Review => {
    const genres = mapGenres(film.genres);
    const directors = (film.directors ?? []).map(cleanText).filter(Boolean);
    const cast = film.cast.map(cleanText).filter(Boolean);
    const rating = drawRating();
    const band: Band = rating >= 4 ? 'high' : rating >= 2.5 ? 'middle' : 'low';
    // Never reviewed before the year the film came out.
    const firstDay = Math.max(lastDay - PUBLISHING_DAYS * DAY_MS, Date.UTC(film.year, 0, 1));
    const published = new Date(
      firstDay + Math.floor(random() * (Math.floor((lastDay - firstDay) / DAY_MS) + 1)) * DAY_MS,
    )
      .toISOString()
      .slice(0, 10);

    const others = [1, 2]
      .map(() => picked[(position + between(1, picked.length - 1)) % picked.length]!)
      .filter((other, index, list) => other.slug !== slug && list.findIndex((o) => o.slug === other.slug) === index);
    const mentions = others.map((other) => ({ title: other.title, year: other.film.year, slug: other.slug }));

    const genre = GENRE_NOUNS[genres[0]!];
    const lead = cast[0] ?? 'the cast';
    const director = directors.length ? directors.join(' and ') : 'The director';
    const fill = (template: string) =>
      template
        .replaceAll('{genre}', genre)
        .replaceAll('{lead}', lead)
        .replaceAll('{director}', director)
        .replaceAll('{decade}', `${Math.floor(film.year / 10) * 10}s`);
    const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

    const maker = directors.length ? `${directors.join(' and ')}’s` : 'This';
    const withCast = cast.length >= 2 ? `, with ${cast[0]} and ${cast[1]},` : cast.length ? `, with ${cast[0]},` : '';
    const judgement = pick(JUDGEMENTS[band]);
    const body = [
      `This is a generated review for load testing. The film’s facts (title, year, genres, cast and directors) come from Wikipedia’s lists of American films; the rating, the critic and every sentence of this text were invented by a script, and say nothing about the film itself.`,
      `${maker} ${film.year} ${genre}${withCast} ${judgement}. ${
        cast.length > 2
          ? `The supporting cast, ${listOf(cast.slice(2, 5))} among them, ${band === 'low' ? 'are given little to do' : 'fill out the edges of the frame'}.`
          : 'The cast list is short, and the film leans on it heavily.'
      }`,
      `As a ${genres.map((g) => genreLabel(g).toLowerCase()).join(' and ')} picture it ${
        band === 'high'
          ? 'plays to the strengths of the form without leaning on them'
          : band === 'middle'
            ? 'ticks the boxes the form expects, and not much more'
            : 'borrows the furniture of the form without the foundations'
      }.${mentions.length ? ` Set it beside ${mentions.map((m) => `${m.title} (${m.year})`).join(' or ')} and the difference in ambition is plain.` : ''}`,
    ];

    const input: ReviewInput = {
      version: FORMAT_VERSION,
      slug,
      headline: `‘${title}’ review — ${fill(pick(HEADLINES[band]))}`,
      standfirst: `${capitalise(maker)} ${film.year} ${genre}${withCast} ${judgement}.`,
      rating,
      author: byline(pick(GENERATED_CRITICS)),
      published,
      film: {
        title,
        year: film.year,
        directors,
        cast: cast.map((name) => ({ name })),
        ...placesOf(random() < 0.2 ? pick(CO_PRODUCERS) : null),
        runtime: between(75, 150),
        genres,
      },
      watch: [
        ...new Map(
          Array.from({ length: random() < 0.4 ? between(1, 3) : 0 }, () => {
            const [provider, kind] = pick(WATCH_OPTIONS);
            return [`${provider}\n${kind}`, { provider, kind, url: `https://example.com/watch/${slug}` }] as const;
          }),
        ).values(),
      ],
      mentions,
      body,
      verdict: fill(pick(VERDICTS[band])),
    };
    return v.parse(reviewSchema, input);
  });
  return { reviews, available: films.length };
}

/** An American film's countries and languages, with a co-producer's when it has one. */
function placesOf(coProducer: readonly [country: string, language: string] | null) {
  if (!coProducer) return { countries: ['United States'], languages: ['English'] };
  const [country, language] = coProducer;
  return { countries: ['United States', country], languages: [...new Set(['English', language])] };
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

export interface ArchiveResult {
  reviews: number;
  available: number;
  build: string;
  files: number;
  bytes: number;
}

/** Generates the reviews and publishes them as the static API in `outDir`. */
export function writeGeneratedArchive(outDir: string, options: GenerateOptions): ArchiveResult {
  const { reviews, available } = generateReviews(options);
  const { build, files, bytes } = publishArchive(reviews, outDir, {
    critics: GENERATED_CRITICS,
    lists: [],
    about: new Map(),
  });
  return { reviews: reviews.length, available, build, files, bytes };
}

/**
 * Generates the reviews and writes them as a site's content in `outDir`, laid
 * out as content/ is: review files (<slug>.md) in reviews/ and the invented
 * critics' files in critics/, replacing the .md files of both.
 */
export function writeGeneratedContent(outDir: string, options: GenerateOptions): number {
  const { reviews } = generateReviews(options);
  const write = (folder: string, files: Iterable<[slug: string, text: string]>) => {
    const dir = join(outDir, folder);
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.endsWith('.md')) rmSync(join(dir, name));
    for (const [slug, text] of files) writeFileSync(join(dir, `${slug}.md`), text);
  };
  write(
    'reviews',
    reviews.map((review) => [review.slug, writeReviewFile(review)]),
  );
  write(
    'critics',
    GENERATED_CRITICS.map((critic) => [critic.slug, writeCriticFile(critic)]),
  );
  return reviews.length;
}
