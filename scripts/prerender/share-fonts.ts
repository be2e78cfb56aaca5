/**
 * The fonts a share image needs for its text, and no others. The site's
 * serif (Source Serif 4: Latin, Greek, Cyrillic, Vietnamese) comes first,
 * then Noto families for the scripts it lacks. The @fontsource packages
 * split each font into subsets by unicode-range (a CJK font into about a
 * hundred), so a text loads only the subset files holding its characters, in
 * WOFF: satori reads TTF, OTF and WOFF, not WOFF2. Emoji are drawn apart, as
 * pictures (`emojiImages`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createElement } from 'react';
import satori, { type Font } from 'satori';

/** A run of text as drawn: its characters, weight and style decide which font files it needs. */
export interface TextRun {
  text: string;
  weight: 400 | 700;
  style?: 'normal' | 'italic';
}

interface Subset {
  /** The file name's part for it: "latin", "korean" or a number ("[12]" in unicode.json). */
  name: string;
  ranges: [start: number, end: number][];
}

interface Family {
  id: string;
  family: string;
  weights: number[];
  italic: boolean;
  subsets: Subset[];
  files: string;
}

/** The site's serif: every card's own text is in it. */
export const BASE_FAMILY = 'Source Serif 4';
const KOREAN = 'noto-serif-kr';
const JAPANESE = 'noto-serif-jp';
const CHINESE = 'noto-serif-sc';
const CJK = [KOREAN, JAPANESE, CHINESE];
/**
 * The order in which a character looks for a font. The CJK fonts come last:
 * Google's slices of them hold stray Arabic, Devanagari and Thai letters and
 * symbols, better drawn by the fonts made for them.
 */
const EMOJI = 'noto-emoji';
const PACKAGES = ['source-serif-4', EMOJI, 'noto-sans-arabic', 'noto-sans-hebrew', ...CJK];
/** A grapheme drawn as an emoji: one with a pictographic character, such as 🎬, ❤️ or 👩‍👩‍👧. */
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const require = createRequire(import.meta.url);
let families: Map<string, Family> | undefined;
const fileCache = new Map<string, Buffer>();

function loadFamilies(): Map<string, Family> {
  families ??= new Map(
    PACKAGES.map((id) => {
      const folder = dirname(require.resolve(`@fontsource/${id}/metadata.json`));
      const metadata = JSON.parse(readFileSync(join(folder, 'metadata.json'), 'utf8')) as {
        family: string;
        weights: number[];
        styles: string[];
      };
      const unicode = JSON.parse(readFileSync(join(folder, 'unicode.json'), 'utf8')) as Record<string, string>;
      const subsets = Object.entries(unicode).map(([key, ranges]) => ({
        name: key.replace(/^\[(\d+)\]$/, '$1'),
        ranges: parseRanges(ranges),
      }));
      const family: Family = {
        id,
        family: metadata.family,
        weights: metadata.weights,
        italic: metadata.styles.includes('italic'),
        subsets,
        files: join(folder, 'files'),
      };
      return [id, family];
    }),
  );
  return families;
}

/** "U+0000-00FF,U+0131" as ranges of code points. */
function parseRanges(text: string): [number, number][] {
  return text.split(',').map((range) => {
    const [start, end = start] = range.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(start!, 16), Number.parseInt(end!, 16)];
  });
}

/**
 * Which CJK font draws Han characters: the Korean one beside Hangul, the
 * Japanese one beside kana, otherwise the Simplified Chinese one (their
 * shapes differ by region).
 */
function familyOrder(text: string): string[] {
  const first = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u.test(text)
    ? KOREAN
    : /[\u3040-\u30FF\u31F0-\u31FF]/u.test(text)
      ? JAPANESE
      : CHINESE;
  return [...PACKAGES.filter((id) => !CJK.includes(id)), first, ...CJK.filter((id) => id !== first)];
}

/**
 * The fonts satori needs to draw the runs: for every character, the subset
 * file of the first family that has it, in the run's weight (the nearest the
 * family has) and style (normal where the family has no italic: satori slants
 * it). The site's Latin is always there, as the base family. Each subset is
 * its own family name, as satori picks one font per name and weight.
 */
export function fontsFor(runs: TextRun[]): Font[] {
  const all = loadFamilies();
  const order = familyOrder(runs.map((run) => run.text).join(''));
  const wanted = new Map<string, { family: Family; subset: Subset; weight: number; style: 'normal' | 'italic' }>();
  const want = (family: Family, subset: Subset, run: TextRun) => {
    const weight = nearest(family.weights, run.weight);
    const style = run.style === 'italic' && family.italic ? 'italic' : 'normal';
    wanted.set(`${family.id}/${subset.name}/${weight}/${style}`, { family, subset, weight, style });
  };
  const base = all.get(PACKAGES[0]!)!;
  for (const run of [...runs, { text: '', weight: 400 } as const]) {
    want(
      base,
      base.subsets.find((subset) => subset.name === 'latin')!,
      run,
    );
    for (const character of new Set(withoutEmoji(run.text))) {
      const found = findSubset(character.codePointAt(0)!, order);
      if (found) want(found.family, found.subset, run);
    }
  }
  const rank = (family: Family) => order.indexOf(family.id);
  return [...wanted.values()]
    .sort(
      (a, b) =>
        rank(a.family) - rank(b.family) || Number(b.subset.name === 'latin') - Number(a.subset.name === 'latin'),
    )
    .map(({ family, subset, weight, style }) => ({
      name: family.id === base.id && subset.name === 'latin' ? BASE_FAMILY : `${family.family} ${subset.name}`,
      data: readFont(join(family.files, `${family.id}-${subset.name}-${weight}-${style}.woff`)),
      weight: weight as Font['weight'],
      style,
    }));
}

/** The subset file of the first family in `order` that has the character. */
function findSubset(code: number, order: string[]): { family: Family; subset: Subset } | undefined {
  for (const id of order) {
    const family = loadFamilies().get(id)!;
    const subset = family.subsets.find((one) => one.ranges.some(([start, end]) => code >= start && code <= end));
    if (subset) return { family, subset };
  }
  return undefined;
}

function withoutEmoji(text: string): string {
  return [...graphemes.segment(text)].map(({ segment }) => (PICTOGRAPHIC.test(segment) ? '' : segment)).join('');
}

/**
 * Every emoji of the runs as an SVG picture, by grapheme, for satori's
 * `graphemeImages`: Noto Emoji's outlines in the given colour. Satori finds
 * the font of a character outside the Basic Multilingual Plane by its first
 * UTF-16 unit, which all emoji share, so among several emoji fonts it would
 * draw most of them as missing; each is drawn here with its own font alone.
 */
export async function emojiImages(runs: TextRun[], color: string): Promise<Record<string, string>> {
  const found = new Set(
    runs
      .flatMap((run) => [...graphemes.segment(run.text)].map(({ segment }) => segment))
      .filter((segment) => PICTOGRAPHIC.test(segment)),
  );
  const images: Record<string, string> = {};
  for (const emoji of found) {
    const pictograph = [...emoji].find((character) => PICTOGRAPHIC.test(character))!;
    const emojiFamily = findSubset(pictograph.codePointAt(0)!, [EMOJI]);
    if (!emojiFamily) continue;
    const { family, subset } = emojiFamily;
    const svg = await satori(
      // A square of 1 em, as satori places the picture.
      createElement('div', { style: { display: 'flex', fontSize: 100, lineHeight: 1, color } }, emoji),
      {
        width: 100,
        height: 100,
        fonts: [
          {
            name: family.family,
            data: readFont(join(family.files, `${family.id}-${subset.name}-400-normal.woff`)),
            weight: 400,
            style: 'normal',
          },
        ],
      },
    );
    images[emoji] = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  }
  return images;
}

function nearest(weights: number[], weight: number): number {
  return weights.reduce((best, one) => (Math.abs(one - weight) < Math.abs(best - weight) ? one : best));
}

function readFont(file: string): Buffer {
  let data = fileCache.get(file);
  if (!data) {
    data = readFileSync(file);
    fileCache.set(file, data);
  }
  return data;
}
