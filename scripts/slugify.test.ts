import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../src/format/limits';
import { cleanText, loadFilms } from './lib/generate-reviews';
import { slugify } from './lib/slugify';

describe('slugify', () => {
  it('makes ASCII slugs a reader can type', () => {
    expect(slugify('Amélie')).toBe('amelie');
    expect(slugify('Æon Flux')).toBe('aeon-flux');
    expect(slugify('9½ Weeks')).toBe('9-1-2-weeks');
    expect(slugify('Rock & Roll High School')).toBe('rock-and-roll-high-school');
    expect(slugify("Don't Look Now…")).toBe('dont-look-now');
    expect(slugify('Singin’ in the Rain')).toBe('singin-in-the-rain');
    expect(slugify('Straße der Sehnsucht')).toBe('strasse-der-sehnsucht');
    expect(slugify('“!?”')).toBe('film');
  });

  it('keeps the base of a slug to 100 characters, never ending in a hyphen', () => {
    expect(slugify('a'.repeat(300))).toHaveLength(100);
    expect(slugify(`${'a'.repeat(99)} b`)).toBe('a'.repeat(99));
  });

  it('gives every film of the data a valid slug with its year', () => {
    const slugs = loadFilms().map((film) => `${slugify(cleanText(film.title))}-${film.year}`);
    expect(slugs.filter((slug) => !SLUG_PATTERN.test(slug) || slug.length > MAX_SLUG_LENGTH)).toEqual([]);
  });
});
