import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filmPalette, seeded } from './film-palette';
import { GENRE_SLUGS } from './genres';

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const c = parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe("a film's palette", () => {
  it('is the same for the same film, and sets its title on the background at well over 7:1, for any title and genre', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 1888, max: 2100 }),
        fc.constantFrom(...GENRE_SLUGS),
        (title, year, genre) => {
          const film = { title, year, genres: [genre] };
          const palette = filmPalette(film);
          expect(filmPalette({ ...film })).toEqual(palette);
          for (const colour of Object.values(palette)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
          expect(contrast(palette.ink, palette.background)).toBeGreaterThan(7);
        },
      ),
    );
  });

  it('gives two films of a genre different colours, and a genre its own hue', () => {
    const thriller = (title: string) => filmPalette({ title, year: 2000, genres: ['thriller'] }).background;
    expect(thriller('Heat')).not.toBe(thriller('Ronin'));
    expect(filmPalette({ title: 'Heat', year: 1995, genres: ['horror'] }).accent).not.toBe(
      filmPalette({ title: 'Heat', year: 1995, genres: ['comedy'] }).accent,
    );
  });

  it('draws its numbers evenly from 0 to 1, titles a letter apart far apart', () => {
    const numbers = Array.from({ length: 4000 }, (_, index) => seeded(`Film ${index}`, 'hue'));
    for (const quarter of [0, 1, 2, 3]) {
      const inQuarter = numbers.filter((n) => n >= quarter / 4 && n < (quarter + 1) / 4).length;
      expect(inQuarter).toBeGreaterThan(900);
      expect(inQuarter).toBeLessThan(1100);
    }
    expect(Math.abs(seeded('Heat', 'hue') - seeded('Heap', 'hue'))).toBeGreaterThan(0.01);
  });
});
