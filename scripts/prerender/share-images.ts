/**
 * Share images: a 1200×630 PNG per review, with the film's title and year,
 * the stars and the headline drawn in the site's type and colours, and one
 * for every other page. Drawn by satori (layout to SVG) and resvg (SVG to
 * PNG), not a browser. Each image is cached by a hash of what it shows, so a
 * rebuild draws only what changed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { ratingLabel } from '../../src/lib/rating-label';
import { SITE_NAME } from '../../src/config/site';
import { ROOT } from '../lib/project-paths';
import { shareCard, siteCard, type ShareCard } from './share-card';
import type { SiteReview } from './site-reviews';

export const DEFAULT_IMAGE = 'site';
export const IMAGE_SIZE = { width: 1200, height: 630 } as const;
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'share-images');

const require = createRequire(import.meta.url);
const fontFile = (weight: number, style: 'normal' | 'italic', subset: string) =>
  readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-${style}.woff`));
const FONTS = (['latin', 'latin-ext'] as const).flatMap((subset) => [
  { name: 'Source Serif 4', data: fontFile(400, 'normal', subset), weight: 400 as const, style: 'normal' as const },
  { name: 'Source Serif 4', data: fontFile(700, 'normal', subset), weight: 700 as const, style: 'normal' as const },
  { name: 'Source Serif 4', data: fontFile(400, 'italic', subset), weight: 400 as const, style: 'italic' as const },
]);
/** Bumped when the drawing changes, so cached images are drawn again. */
const DESIGN_VERSION = 2;

/**
 * Writes share/<slug>.png for the `limit` newest reviews (given newest first) and share/site.png;
 * returns each drawn review's image alt text, by slug.
 */
export async function writeShareImages(
  outDir: string,
  newestFirst: SiteReview[],
  limit: number,
): Promise<Map<string, string>> {
  mkdirSync(outDir, { recursive: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  await draw(siteCard(SITE_NAME), join(outDir, `${DEFAULT_IMAGE}.png`));
  const alts = new Map<string, string>();
  for (const review of newestFirst.slice(0, Math.max(0, limit))) {
    const card = shareCard(review);
    await draw(card, join(outDir, `${review.slug}.png`));
    alts.set(
      review.slug,
      `${review.film.title} (${review.film.year}), ${ratingLabel(review.rating)}: ${review.headline}`,
    );
  }
  return alts;
}

/** Draws a card into `file`, or copies the same drawing from the cache. */
async function draw(card: ShareCard, file: string): Promise<void> {
  const key = createHash('sha256')
    .update(JSON.stringify({ DESIGN_VERSION, card: card.key }))
    .digest('hex')
    .slice(0, 24);
  const cached = join(CACHE_DIR, `${key}.png`);
  if (!existsSync(cached)) {
    const svg = await satori(card.element, { ...IMAGE_SIZE, fonts: FONTS });
    writeFileSync(cached, new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
  }
  copyFileSync(cached, file);
}
