/**
 * Made the sample reviews' lead images: content/reviews/images/<slug>.jpg,
 * abstract compositions in each film's palette (src/format/film-palette.ts), drawn as
 * SVG and rendered by sharp, since no photograph can be fetched here. Each
 * review's front matter credits the illustration and describes it; this
 * prints that description. The same review always gives the same picture.
 *
 * Usage: npx tsx scripts/images/make-sample-art.ts [slug…]   (every review when none is given)
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import type { Genre } from '../../src/format/genres';
import { CONTENT_DIR } from '../lib/project-paths';
import { filmPalette, seeded, type Palette } from '../../src/format/film-palette';

const WIDTH = 1600;
const HEIGHT = 900;

interface Film {
  title: string;
  year: number;
  genres: Genre[];
}

interface Scene {
  svg: string;
  /** What it shows, for the alt text. */
  description: string;
}

/** The kind of scene each genre gets. */
const MOTIFS: Record<Genre, keyof typeof SCENES> = {
  western: 'mesas',
  adventure: 'mesas',
  'science-fiction': 'planet',
  horror: 'woods',
  mystery: 'woods',
  fantasy: 'woods',
  crime: 'city',
  noir: 'city',
  thriller: 'city',
  action: 'city',
  musical: 'stage',
  romance: 'stage',
  comedy: 'stage',
  animation: 'stage',
  family: 'stage',
  war: 'hills',
  history: 'hills',
  drama: 'hills',
  biography: 'hills',
  documentary: 'hills',
  sport: 'hills',
};

/** A random number generator for one film: the same film, the same numbers. */
function randomFor(title: string) {
  let step = 0;
  return (low = 0, high = 1) => low + seeded(title, `art-${step++}`) * (high - low);
}

type Random = ReturnType<typeof randomFor>;

const SCENES = {
  mesas(palette: Palette, random: Random): Scene {
    const sun = { x: random(300, 1300), y: random(220, 420), r: random(90, 150) };
    const ridges = [0.62, 0.72, 0.84].map((level, index) => {
      let x = -50;
      const points = [`-50,${HEIGHT}`];
      while (x < WIDTH + 50) {
        const top = HEIGHT * level - random(0, 140) / (index + 1);
        const width = random(160, 420);
        points.push(`${x.toFixed(0)},${(HEIGHT * level).toFixed(0)}`, `${(x + 40).toFixed(0)},${top.toFixed(0)}`);
        points.push(
          `${(x + width - 40).toFixed(0)},${top.toFixed(0)}`,
          `${(x + width).toFixed(0)},${(HEIGHT * level).toFixed(0)}`,
        );
        x += width + random(20, 120);
      }
      points.push(`${WIDTH + 50},${HEIGHT}`);
      return `<polygon points="${points.join(' ')}" fill="${index === 2 ? palette.background : palette.shade}" opacity="${0.8 + index * 0.1}"/>`;
    });
    return {
      svg: `${sky(palette, true)}<circle cx="${sun.x}" cy="${sun.y}" r="${sun.r}" fill="${palette.accent}"/>${ridges.join('')}`,
      description: `${withArticle(colourName(palette.accent))} sun over flat-topped desert mesas`,
    };
  },
  planet(palette: Palette, random: Random): Scene {
    const stars = Array.from({ length: 140 }, () => {
      const r = random(0.8, 2.6);
      return `<circle cx="${random(0, WIDTH).toFixed(0)}" cy="${random(0, HEIGHT * 0.75).toFixed(0)}" r="${r.toFixed(1)}" fill="${palette.ink}" opacity="${random(0.3, 0.9).toFixed(2)}"/>`;
    });
    const planet = { x: random(900, 1250), y: random(260, 380), r: random(150, 220) };
    return {
      svg:
        `${sky(palette, false)}${stars.join('')}` +
        `<circle cx="${planet.x}" cy="${planet.y}" r="${planet.r}" fill="${palette.accent}"/>` +
        `<ellipse cx="${planet.x}" cy="${planet.y}" rx="${planet.r * 1.9}" ry="${planet.r * 0.35}" fill="none" stroke="${palette.ink}" stroke-width="10" opacity="0.7" transform="rotate(-14 ${planet.x} ${planet.y})"/>` +
        `<rect x="0" y="${HEIGHT * 0.8}" width="${WIDTH}" height="${HEIGHT * 0.2}" fill="${palette.background}"/>`,
      description: `a ringed ${colourName(palette.accent)} planet rising over a dark plain under a field of stars`,
    };
  },
  woods(palette: Palette, random: Random): Scene {
    const moon = { x: random(250, 1350), y: random(170, 300), r: random(70, 110) };
    const trees = Array.from({ length: 34 }, (_, index) => {
      const x = (index / 33) * (WIDTH + 100) - 50 + random(-20, 20);
      const top = HEIGHT * random(0.35, 0.62);
      const half = random(30, 70);
      return `<polygon points="${(x - half).toFixed(0)},${HEIGHT} ${x.toFixed(0)},${top.toFixed(0)} ${(x + half).toFixed(0)},${HEIGHT}" fill="${palette.background}"/>`;
    });
    return {
      svg:
        `${sky(palette, false)}<circle cx="${moon.x}" cy="${moon.y}" r="${moon.r}" fill="${palette.accent}"/>` +
        `<circle cx="${moon.x + moon.r * 0.45}" cy="${moon.y - moon.r * 0.2}" r="${moon.r}" fill="${palette.shade}"/>` +
        `<rect x="0" y="${HEIGHT * 0.55}" width="${WIDTH}" height="${HEIGHT * 0.45}" fill="${palette.shade}" opacity="0.5"/>${trees.join('')}`,
      description: `a thin ${colourName(palette.accent)} crescent moon over a black line of pointed trees`,
    };
  },
  city(palette: Palette, random: Random): Scene {
    const glow = { x: random(300, 1300), y: HEIGHT * 0.55, r: random(220, 320) };
    const towers: string[] = [];
    const windows: string[] = [];
    for (let x = -20; x < WIDTH;) {
      const width = random(70, 170);
      const top = HEIGHT * random(0.25, 0.6);
      towers.push(
        `<rect x="${x.toFixed(0)}" y="${top.toFixed(0)}" width="${width.toFixed(0)}" height="${(HEIGHT - top).toFixed(0)}" fill="${palette.background}"/>`,
      );
      for (let y = top + 24; y < HEIGHT - 30; y += 34) {
        for (let wx = x + 14; wx < x + width - 20; wx += 26) {
          if (random() < 0.18)
            windows.push(
              `<rect x="${wx.toFixed(0)}" y="${y.toFixed(0)}" width="10" height="14" fill="${palette.accent}" opacity="0.85"/>`,
            );
        }
      }
      x += width + random(4, 30);
    }
    return {
      svg: `${sky(palette, true)}<circle cx="${glow.x}" cy="${glow.y}" r="${glow.r}" fill="${palette.accent}" opacity="0.8"/>${towers.join('')}${windows.join('')}`,
      description: `a city skyline in silhouette against ${withArticle(colourName(palette.accent))} glow, a few windows lit`,
    };
  },
  stage(palette: Palette, random: Random): Scene {
    const beams = Array.from({ length: 4 }, (_, index) => {
      const from = 200 + index * 400 + random(-80, 80);
      const to = from + random(-300, 300);
      return `<polygon points="${from - 20},0 ${from + 20},0 ${to + 170},${HEIGHT} ${to - 170},${HEIGHT}" fill="${palette.ink}" opacity="${random(0.06, 0.14).toFixed(2)}"/>`;
    });
    const lights = Array.from({ length: 26 }, () => {
      const r = random(18, 70);
      return `<circle cx="${random(0, WIDTH).toFixed(0)}" cy="${random(0, HEIGHT).toFixed(0)}" r="${r.toFixed(0)}" fill="${random() < 0.5 ? palette.accent : palette.ink}" opacity="${random(0.15, 0.5).toFixed(2)}"/>`;
    });
    return {
      svg: `${sky(palette, false)}${beams.join('')}${lights.join('')}<rect x="0" y="${HEIGHT * 0.86}" width="${WIDTH}" height="${HEIGHT * 0.14}" fill="${palette.background}"/>`,
      description: `spotlight beams and soft ${colourName(palette.accent)} and white circles of light over an empty stage`,
    };
  },
  hills(palette: Palette, random: Random): Scene {
    const sun = { x: random(250, 1350), y: HEIGHT * random(0.4, 0.52), r: random(80, 130) };
    const layers = [0.55, 0.66, 0.78, 0.9].map((level, index) => {
      const points = Array.from(
        { length: 9 },
        (_, step) => `${(step * WIDTH) / 8},${(HEIGHT * level + random(-50, 50)).toFixed(0)}`,
      );
      const path = `M0,${HEIGHT} L${points.join(' L')} L${WIDTH},${HEIGHT} Z`;
      return `<path d="${path}" fill="${index % 2 ? palette.background : palette.shade}" opacity="${0.5 + index * 0.16}" stroke-linejoin="round"/>`;
    });
    return {
      svg: `${sky(palette, true)}<circle cx="${sun.x}" cy="${sun.y}" r="${sun.r}" fill="${palette.accent}"/>${layers.join('')}`,
      description: `a low ${colourName(palette.accent)} sun behind layers of rolling hills`,
    };
  },
};

/** The sky: a gradient from the background down to the shade, or the other way up for a dusk. */
function sky(palette: Palette, dusk: boolean): string {
  const [top, bottom] = dusk ? [palette.background, palette.shade] : [palette.shade, palette.background];
  return (
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/>` +
    `<stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>`
  );
}

/** A colour's everyday name, from its hue. */
function colourName(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.12) return 'pale grey';
  const hue =
    max === r
      ? (((g - b) / (max - min)) * 60 + 360) % 360
      : max === g
        ? ((b - r) / (max - min)) * 60 + 120
        : ((r - g) / (max - min)) * 60 + 240;
  const names: [number, string][] = [
    [15, 'red'],
    [40, 'orange'],
    [55, 'amber'],
    [70, 'yellow'],
    [160, 'green'],
    [200, 'teal'],
    [250, 'blue'],
    [290, 'violet'],
    [335, 'pink'],
    [360, 'red'],
  ];
  return names.find(([limit]) => hue < limit)![1];
}

const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** Draws one film's picture as a JPEG; returns its description. */
async function drawSampleArt(film: Film, file: string): Promise<string> {
  const palette = filmPalette(film);
  const scene = SCENES[MOTIFS[film.genres[0] ?? 'drama']](palette, randomFor(film.title));
  // A fine grain, as film stock has: it also keeps the gradients from banding.
  const grain =
    `<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="3"/>` +
    `<feColorMatrix values="0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0.09 0"/></filter>` +
    `<rect width="${WIDTH}" height="${HEIGHT}" filter="url(#grain)"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${scene.svg}${grain}</svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 72, mozjpeg: true }).toFile(file);
  return `An abstract illustration for ${film.title}: ${scene.description}.`;
}

const only = process.argv.slice(2);
const outDir = join(CONTENT_DIR, 'images');
mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(CONTENT_DIR).filter((entry) => entry.endsWith('.md'))) {
  const slug = name.slice(0, -'.md'.length);
  if (only.length && !only.includes(slug)) continue;
  const front = parse(readFileSync(join(CONTENT_DIR, name), 'utf8').split(/^---$/m)[1]!) as { film: Film };
  console.log(`${slug}\t${await drawSampleArt(front.film, join(outDir, `${slug}.jpg`))}`);
}
