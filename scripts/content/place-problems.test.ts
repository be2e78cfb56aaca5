import { describe, expect, it } from 'vitest';
import { BALLERINA_SOURCE } from '../../tests/ballerina-source';
import { readReviewFile } from './review-file';

/** The Ballerina file (countries on line 22, languages on 24) with one change. */
const read = (from: string, to: string) => readReviewFile('ballerina-2023.md', BALLERINA_SOURCE.replace(from, to));

describe('countries and languages in a review file', () => {
  it('accepts English names, aliases and codes', () => {
    expect(read('    - South Korea', '    - KR').problems).toEqual([]);
    expect(read('    - Korean', '    - ko').problems).toEqual([]);
    expect(read('    - South Korea', '    - USA').review?.film.countries).toEqual(['USA']);
  });

  it('refuses an unknown name at its line, with the nearest known one', () => {
    expect(read('    - South Korea', '    - South Koera').problems).toEqual([
      {
        line: 22,
        column: 7,
        message: expect.stringContaining('film.countries: unknown country "South Koera" — did you mean "South Korea"?'),
      },
    ]);
    expect(read('    - Korean', '    - Koreann').problems).toEqual([
      {
        line: 24,
        column: 7,
        message: expect.stringContaining('film.languages: unknown language "Koreann" — did you mean "Korean"?'),
      },
    ]);
  });
});
