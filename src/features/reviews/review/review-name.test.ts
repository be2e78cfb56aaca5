import { describe, expect, it } from 'vitest';
import { filmFromSlug, reviewName } from './review-name';

describe('reviewName and filmFromSlug', () => {
  it('names a review by its film, with the year', () => {
    expect(reviewName({ title: 'Ballerina', year: 2023 })).toBe('the review of ‘Ballerina’ (2023)');
    expect(reviewName({ title: 'Ballerina' })).toBe('the review of ‘Ballerina’');
  });

  it('reads a slug as a title and a year, never as the slug itself', () => {
    expect(filmFromSlug('the-room-2003')).toEqual({ title: 'The Room', year: 2003 });
    expect(filmFromSlug('blade-runner-2049-2017')).toEqual({ title: 'Blade Runner 2049', year: 2017 });
    expect(filmFromSlug('dune-2021-2')).toEqual({ title: 'Dune', year: 2021 });
    expect(filmFromSlug('1917-2019')).toEqual({ title: '1917', year: 2019 });
    expect(filmFromSlug('amelie')).toEqual({ title: 'Amelie', year: undefined });
  });
});
