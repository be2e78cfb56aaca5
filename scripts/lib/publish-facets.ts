/**
 * The facets of the filter index: each review's countries, languages and ways
 * to watch as small numbers, and facets.json, the dictionary they number
 * (src/format/index-schema.ts). Countries and languages are numbered by their
 * codes (src/format/places.ts), so "USA" and "United States" are one country.
 */
import { decadeOf, serviceSlug, WATCH_KINDS } from '../../src/format/facets';
import { FORMAT_VERSION } from '../../src/format/fields';
import type { FacetsDocument } from '../../src/format/facets-schema';
import { countryCode, languageCode, placeLabel } from '../../src/format/places';
import type { Review } from '../../src/format/review-schema';

/** The dictionary, and each review's rows of the facet columns, by id. */
export interface Facets {
  document: FacetsDocument;
  countries: number[][];
  languages: number[][];
  watch: number[][];
}

/** A name's code, or an error naming it: the checker reports unknown names first, so this is a bug if it throws. */
function codeOf(code: (name: string) => string | null, name: string): string {
  const found = code(name);
  if (found === null) throw new Error(`No code for "${name}": the content checker should have refused it`);
  return found;
}

/** The film's country and language codes, in the order they are written: added to the published review. */
export function placeCodes(film: Review['film']): { countries: string[]; languages: string[] } {
  return {
    countries: film.countries.map((name) => codeOf(countryCode, name)),
    languages: film.languages.map((name) => codeOf(languageCode, name)),
  };
}

/** Values numbered in order of first sight, with how many reviews have each and the names written for it. */
class Numbering {
  readonly numbers = new Map<string, number>();
  readonly counts: number[] = [];
  readonly names: Map<string, number>[] = [];

  /** The number of each of a review's values, in order (repeats included); each value is counted once for the review. */
  row(values: readonly (readonly [key: string, name: string])[]): number[] {
    const row: number[] = [];
    for (const [key, name] of values) {
      let number = this.numbers.get(key);
      if (number === undefined) {
        number = this.numbers.size;
        this.numbers.set(key, number);
        this.counts.push(0);
        this.names.push(new Map());
      }
      this.names[number]!.set(name, (this.names[number]!.get(name) ?? 0) + 1);
      row.push(number);
    }
    for (const number of new Set(row)) this.counts[number]!++;
    return row;
  }

  /**
   * Each value with its most written name and count; for a place, a code
   * written as such gives way to a name, or its English name from `fallback`.
   */
  entries(fallback?: (key: string) => string): { key: string; label: string; count: number }[] {
    return [...this.numbers].map(([key, number]) => {
      const written = [...this.names[number]!]
        .filter(([name]) => !fallback || name.toLowerCase() !== key.toLowerCase())
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
      return { key, label: written[0]?.[0] ?? fallback?.(key) ?? key, count: this.counts[number]! };
    });
  }
}

/** The facet columns and facets.json of reviews in newest-first order. */
export function facetsOf(sorted: readonly Review[]): Facets {
  const countries = new Numbering();
  const languages = new Numbering();
  const services = new Numbering();
  const kinds = WATCH_KINDS.map(() => 0);
  const rows = sorted.map((review) => {
    const codes = placeCodes(review.film);
    const watchKinds = new Set(review.watch.map((option) => option.kind));
    for (const kind of watchKinds) kinds[WATCH_KINDS.indexOf(kind)]!++;
    const service = services.row(review.watch.map((option) => [serviceSlug(option.provider), option.provider]));
    const unique = (row: number[]) => [...new Set(row)];
    return {
      countries: unique(countries.row(codes.countries.map((code, index) => [code, review.film.countries[index]!]))),
      languages: unique(languages.row(codes.languages.map((code, index) => [code, review.film.languages[index]!]))),
      watch: unique(
        review.watch.map((option, index) => service[index]! * WATCH_KINDS.length + WATCH_KINDS.indexOf(option.kind)),
      ),
    };
  });
  const decades = new Map<number, number>();
  for (const review of sorted)
    decades.set(decadeOf(review.film.year), (decades.get(decadeOf(review.film.year)) ?? 0) + 1);
  return {
    document: {
      version: FORMAT_VERSION,
      decades: [...decades].sort(([a], [b]) => b - a).map(([decade, count]) => ({ decade, count })),
      countries: countries
        .entries((code) => placeLabel('region', code))
        .map(({ key, label, count }) => ({ code: key, label, count })),
      languages: languages
        .entries((code) => placeLabel('language', code))
        .map(({ key, label, count }) => ({ code: key, label, count })),
      services: services.entries().map(({ key, label, count }) => ({ slug: key, label, count })),
      kinds: WATCH_KINDS.map((kind, index) => ({ kind, count: kinds[index]! })),
    },
    countries: rows.map((row) => row.countries),
    languages: rows.map((row) => row.languages),
    watch: rows.map((row) => row.watch),
  };
}
