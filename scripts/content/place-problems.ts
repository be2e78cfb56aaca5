/**
 * The review checker's part for countries and languages: each must map to a
 * code (src/format/places.ts), which the list's filters put in the address.
 */
import { closest } from 'fastest-levenshtein';
import { countryCode, knownPlaceNames, languageCode, placeLabel } from '../../src/format/places';
import type { Position } from './front-matter-file';
import type { MarkdownProblem } from './markdown-body';

/** A problem for every country or language of a film that has no code, with the nearest known name. */
export function placeProblems(
  film: { countries: readonly string[]; languages: readonly string[] },
  at: (path: (string | number)[]) => Position,
): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const check = (key: 'countries' | 'languages', type: 'region' | 'language', code: (name: string) => string | null) =>
    film[key].forEach((name, index) => {
      if (code(name) !== null) return;
      const guess = closest(name.toLowerCase(), knownPlaceNames(type));
      const suggestion = placeLabel(type, code(guess)!);
      const what = key === 'countries' ? 'country' : 'language';
      problems.push({
        ...at(['film', key, index]),
        message: `film.${key}: unknown ${what} "${name}" — did you mean "${suggestion}"? (an English name, or its ${key === 'countries' ? 'ISO 3166 code, such as KR' : 'ISO 639 code, such as ko'})`,
      });
    });
  check('countries', 'region', countryCode);
  check('languages', 'language', languageCode);
  return problems;
}
