/**
 * The lead image of a review that has none: a typographic card in the film's
 * colours (film-palette.ts), its title set large in the site's serif, drawn
 * at build time by satori and resvg as a PNG that the image pipeline then
 * encodes like any photograph. Not a grey box: a designed cover.
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Genre } from '../../src/format/genres';
import { SITE_NAME } from '../../src/config/site';
import { BASE_FAMILY, emojiImages, fontsFor, type TextRun } from '../prerender/share-fonts';
import { filmPalette } from './film-palette';

export const CARD_WIDTH = 1600;
export const CARD_HEIGHT = 900;
/** Bumped when the drawing changes, so the cards are drawn (and named) anew. */
const DESIGN_VERSION = 1;
const PADDING = 104;

const disc = (size: number) =>
  ({ position: 'absolute', display: 'flex', width: size, height: size, borderRadius: size / 2 }) as const;

export interface TitleCardFilm {
  title: string;
  year: number;
  genres: readonly Genre[];
}

/** What the card shows: its hash names its files, so the same film is drawn once. */
export function titleCardKey(film: TitleCardFilm): string {
  const { title, year, genres } = film;
  return createHash('sha256')
    .update(JSON.stringify({ DESIGN_VERSION, title, year, palette: filmPalette({ title, year, genres }) }))
    .digest('hex');
}

/** The main colour of the card: its placeholder. */
export const titleCardColor = (film: TitleCardFilm) => filmPalette(film).background;

/** What the card shows, for the alt text of the image. */
export const titleCardAlt = (film: TitleCardFilm) => `The title “${film.title}” set in large type`;

/** The card as a PNG. */
export async function drawTitleCard(film: TitleCardFilm): Promise<Buffer> {
  const palette = filmPalette(film);
  const kicker = `${SITE_NAME} · Review`;
  const runs: TextRun[] = [
    { text: kicker, weight: 700 },
    { text: film.title, weight: 700 },
    { text: String(film.year), weight: 400, style: 'italic' },
  ];
  const size = [...film.title].length > 28 ? 104 : 144;
  const svg = await satori(
    // Every part placed absolutely: satori lays absolute children out in the flow of a flex box.
    <div
      style={{
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        display: 'flex',
        position: 'relative',
        background: palette.background,
        color: palette.ink,
        fontFamily: BASE_FAMILY,
      }}
    >
      {/* A lens of the film's colours, half off the card. */}
      <div style={{ ...disc(760), left: 1060, top: -160, background: palette.shade }} />
      <div style={{ ...disc(200), left: 1280, top: 140, background: palette.accent }} />
      <div
        style={{
          position: 'absolute',
          left: PADDING,
          top: PADDING,
          display: 'flex',
          fontSize: 34,
          fontWeight: 700,
          letterSpacing: 4,
          color: palette.accent,
          textTransform: 'uppercase',
        }}
      >
        {kicker}
      </div>
      <div
        style={{
          position: 'absolute',
          left: PADDING,
          bottom: PADDING,
          display: 'flex',
          flexDirection: 'column',
          gap: 28,
        }}
      >
        <div
          style={{
            display: 'block',
            width: CARD_WIDTH - 2 * PADDING,
            fontSize: size,
            fontWeight: 700,
            lineHeight: 1.05,
            lineClamp: 3,
            wordBreak: 'break-word',
          }}
        >
          {film.title}
        </div>
        <div style={{ display: 'flex', width: 160, height: 8, background: palette.accent }} />
        <div style={{ display: 'flex', fontSize: 56, fontStyle: 'italic' }}>{String(film.year)}</div>
      </div>
    </div>,
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: fontsFor(runs),
      graphemeImages: await emojiImages(runs, palette.ink),
    },
  );
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
