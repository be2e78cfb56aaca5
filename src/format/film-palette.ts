/**
 * A film's colours, worked out from its first genre and its title, the same
 * everywhere: the cover the app draws for a review without a picture
 * (title-cover.tsx), the share images of those reviews and the sample
 * illustrations (scripts/images/make-sample-art.ts) are drawn in them. Each genre has a hue of its own (horror a blood red, westerns a
 * dust orange, science fiction a cold teal); the title moves it a little, so
 * two thrillers are not the same card.
 */
import type { Genre } from './genres';

export interface Palette {
  /** A deep background, dark enough for `ink` on it at well over 7:1. */
  background: string;
  /** A second shade of the background's hue, for shapes and bands. */
  shade: string;
  /** The film's bright colour: a sun, a stroke, the rule under the title. */
  accent: string;
  /** Text on the background: a warm off-white. */
  ink: string;
}

/** Each genre's hue, in degrees, and how saturated its colours are (0–1). */
const GENRE_HUES: Record<Genre, [hue: number, saturation: number]> = {
  action: [8, 0.7],
  adventure: [32, 0.6],
  animation: [190, 0.55],
  biography: [30, 0.3],
  comedy: [45, 0.75],
  crime: [220, 0.35],
  documentary: [100, 0.25],
  drama: [260, 0.3],
  family: [150, 0.5],
  fantasy: [280, 0.5],
  history: [38, 0.35],
  horror: [355, 0.65],
  musical: [320, 0.6],
  mystery: [240, 0.4],
  noir: [210, 0.12],
  romance: [340, 0.55],
  'science-fiction': [185, 0.6],
  sport: [120, 0.5],
  thriller: [200, 0.45],
  war: [75, 0.3],
  western: [22, 0.65],
};

/**
 * A number from 0 to 1 for a text and a purpose: the same text always gives
 * the same numbers, in the browser as in the build. FNV-1a over the UTF-16
 * code units, then MurmurHash3's finaliser, so that titles a letter apart
 * land far apart.
 */
export function seeded(text: string, purpose: string): number {
  const input = `${purpose}\n${text}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < input.length; index++) hash = Math.imul(hash ^ input.charCodeAt(index), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

/** The palette of a film. */
export function filmPalette(film: { title: string; year: number; genres: readonly Genre[] }): Palette {
  const [base, saturation] = GENRE_HUES[film.genres[0] ?? 'drama'];
  const hue = (base + (seeded(film.title, 'hue') - 0.5) * 36 + 360) % 360;
  return {
    background: hsl(hue, saturation * 0.8, 0.13 + seeded(film.title, 'light') * 0.06),
    shade: hsl(hue, saturation * 0.7, 0.24),
    accent: hsl((hue + 25) % 360, Math.min(1, saturation + 0.2), 0.62),
    ink: '#f7f1e6',
  };
}

/** #rrggbb from hue (degrees), saturation and lightness (0–1). */
export function hsl(hue: number, saturation: number, lightness: number): string {
  const amplitude = saturation * Math.min(lightness, 1 - lightness);
  const channel = (shift: number) => {
    const k = (shift + hue / 30) % 12;
    const value = lightness - amplitude * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(Math.min(1, Math.max(0, value)) * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
