import { describe, expect, it } from 'vitest';
import { authoredReviews } from '../../tests/review-fixtures';
import { facetsOf } from './publish-facets';
import { generateReviews } from './generate-reviews';
import type { Review } from '../../src/format/review-schema';

/** A sample review with other countries, languages and ways to watch. */
function withPlaces(review: Review, countries: string[], languages: string[], watch: Review['watch'] = []): Review {
  return { ...review, film: { ...review.film, countries, languages }, watch };
}

const url = 'https://example.com/watch';

describe('facetsOf', () => {
  it('numbers countries by their code, labelled as most reviews write them, and counts each review once', () => {
    const [a, b, c] = authoredReviews();
    const facets = facetsOf([
      withPlaces(a!, ['USA', 'South Korea'], ['English', 'Korean']),
      withPlaces(b!, ['United States'], ['en']),
      withPlaces(c!, ['united states', 'KR'], ['Korean', 'ko']),
    ]);
    expect(facets.document.countries).toEqual([
      { code: 'US', label: 'USA', count: 3 },
      { code: 'KR', label: 'South Korea', count: 2 },
    ]);
    expect(facets.document.languages).toEqual([
      { code: 'en', label: 'English', count: 2 },
      { code: 'ko', label: 'Korean', count: 2 },
    ]);
    expect(facets.countries).toEqual([[0, 1], [0], [0, 1]]);
    expect(facets.languages).toEqual([[0, 1], [0], [1]]);
  });

  it('gives a code written alone its English name', () => {
    const [a] = authoredReviews();
    expect(facetsOf([withPlaces(a!, ['KR'], ['ko'])]).document).toMatchObject({
      countries: [{ code: 'KR', label: 'South Korea' }],
      languages: [{ code: 'ko', label: 'Korean' }],
    });
  });

  it('numbers each way to watch as service × kinds + kind, services by slug', () => {
    const [a, b] = authoredReviews();
    const facets = facetsOf([
      withPlaces(
        a!,
        ['France'],
        ['French'],
        [
          { provider: 'Disney+', kind: 'subscription', url },
          { provider: 'MUBI', kind: 'rent', url },
        ],
      ),
      withPlaces(b!, ['France'], ['French'], [{ provider: 'Mubi', kind: 'buy', url }]),
    ]);
    expect(facets.document.services).toEqual([
      { slug: 'disney-plus', label: 'Disney+', count: 1 },
      { slug: 'mubi', label: 'MUBI', count: 2 },
    ]);
    expect(facets.watch).toEqual([[0, 6], [7]]);
    expect(facets.document.kinds.map((kind) => kind.count)).toEqual([1, 1, 1, 0, 0]);
  });

  it('maps every country and language of the sample and of a generated archive', () => {
    const generated = generateReviews({ count: 2000, seed: 3 }).reviews;
    expect(() => facetsOf([...authoredReviews(), ...generated])).not.toThrow();
    const { document } = facetsOf(generated);
    expect(document.countries.length).toBeGreaterThan(8);
    expect(document.languages.length).toBeGreaterThan(6);
    expect(document.kinds.every((kind) => kind.count > 0)).toBe(true);
  });
});
