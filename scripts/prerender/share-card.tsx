/**
 * The drawing of a share image, as satori lays it out (a subset of CSS
 * flexbox): the film in a large serif, the stars drawn as shapes (no font has
 * to have them), the headline. Over the review's lead image when it has one
 * (darkened where the text goes, so the text stays readable), in the film's
 * colours when it has no picture (the cover the page draws), otherwise in the
 * site's paper colour and red accent.
 */
import type { ReactElement } from 'react';
import type { Palette } from '../../src/format/film-palette';
import { headlineAfterTitle } from '../../src/format/headline';
import { BASE_FAMILY, type TextRun } from './share-fonts';

export interface ShareCard {
  element: ReactElement;
  /** What the image shows: the cache key. */
  key: unknown;
  /** Every text it draws, in its weight and style: which fonts it needs. */
  runs: TextRun[];
}

export const WIDTH = 1200;
export const HEIGHT = 630;
const PADDING = { x: 72, y: 64 };
const PAPER = '#fbf8f3';
export const INK = '#1d1a16';
const MUTED = '#5b534a';
const ACCENT = '#a4161a';
const SITE = 'Reel Notes';
// East Asian wide characters: Hangul, kana, CJK ideographs and punctuation, full-width forms.
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** The colours of a card, and the picture under it (a data: URL), if any. */
interface Look {
  paper: string;
  ink: string;
  muted: string;
  accent: string;
  photo?: string;
}

const SITE_LOOK: Look = { paper: PAPER, ink: INK, muted: MUTED, accent: ACCENT };
const FILL = { position: 'absolute', left: 0, top: 0, width: WIDTH, height: HEIGHT } as const;

// Every layer placed absolutely: satori lays absolute children out in the flow of a flex box.
const frame = (children: ReactElement[], look: Look = SITE_LOOK) => (
  <div style={{ width: WIDTH, height: HEIGHT, display: 'flex', position: 'relative', background: look.paper }}>
    {/* Drawn into a PNG whose alt text is the page's og:image:alt: nothing reads this element. */}
    {look.photo && (
      <img src={look.photo} alt="" width={WIDTH} height={HEIGHT} style={{ ...FILL, objectFit: 'cover' }} />
    )}
    {look.photo && (
      // Dark at the top (the masthead) and most of all at the foot (title, stars, headline).
      <div
        style={{
          ...FILL,
          display: 'flex',
          backgroundImage:
            'linear-gradient(to bottom, rgba(0,0,0,0.6) 0%, rgba(0,0,0,0.25) 30%, rgba(0,0,0,0.55) 55%, rgba(0,0,0,0.9) 100%)',
        }}
      />
    )}
    <div
      style={{
        ...FILL,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${PADDING.y}px ${PADDING.x}px`,
        color: look.ink,
        fontFamily: BASE_FAMILY,
        borderTop: `16px solid ${look.accent}`,
      }}
    >
      {children}
    </div>
  </div>
);

const masthead = (name: string, look: Look = SITE_LOOK) => (
  <div style={{ display: 'flex', fontSize: 34, fontWeight: 700 }}>
    {name}
    <span style={{ color: look.accent }}>.</span>
  </div>
);

/**
 * A text of at most `lines` lines, the last ending in an ellipsis if it is
 * cut, and broken inside a word too long for a line. The width is set:
 * without it a long word widens the box past the image.
 */
const clamped = (lines: number) =>
  ({ display: 'block', width: WIDTH - 2 * PADDING.x, lineClamp: lines, wordBreak: 'break-word' }) as const;

/** A star: five points, filled, half-filled or outlined. */
function Star({ fill, color }: { fill: 0 | 0.5 | 1; color: string }) {
  const points = '50,4 62,38 98,38 69,60 80,95 50,74 20,95 31,60 2,38 38,38';
  return (
    <svg width="64" height="64" viewBox="0 0 100 100">
      <defs>
        <clipPath id="half">
          <rect x="0" y="0" width="50" height="100" />
        </clipPath>
      </defs>
      <polygon points={points} fill="none" stroke={color} strokeWidth="6" strokeLinejoin="round" />
      {fill > 0 && (
        <polygon
          points={points}
          fill={color}
          clipPath={fill === 0.5 ? 'url(#half)' : undefined}
          stroke={color}
          strokeWidth="6"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

/**
 * A review's card. `background`: its lead image (a data: URL of a JPEG, and
 * its hash for the cache key), or the palette of the film's cover (no picture).
 */
export function shareCard(
  review: { headline: string; rating: number; film: { title: string; year: number } },
  background?: { photo: string; key: string } | { palette: Palette },
): ShareCard {
  const look: Look =
    background && 'photo' in background
      ? { paper: '#111111', ink: '#ffffff', muted: '#e8e2d9', accent: '#ffc94d', photo: background.photo }
      : background
        ? { ...background.palette, paper: background.palette.background, muted: background.palette.ink }
        : SITE_LOOK;
  const stars = [1, 2, 3, 4, 5].map(
    (n) => (review.rating >= n ? 1 : review.rating >= n - 0.5 ? 0.5 : 0) as 0 | 0.5 | 1,
  );
  // The headline says the title already ("‘Ballerina’ review — …"): the card shows what follows the dash.
  const headline = headlineAfterTitle(review.headline);
  const title = review.film.title;
  const kicker = `Review · ${review.film.year}`;
  return {
    key: {
      title,
      year: review.film.year,
      rating: review.rating,
      headline,
      background: background && ('key' in background ? background.key : background.palette),
    },
    runs: [
      { text: `${SITE}.`, weight: 700 },
      { text: kicker, weight: 400 },
      { text: title, weight: 700 },
      { text: headline, weight: 400, style: 'italic' },
    ],
    element: frame(
      [
        masthead(SITE, look),
        <div key="film" style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
          <div
            style={{ display: 'flex', fontSize: 28, color: look.accent, letterSpacing: 2, textTransform: 'uppercase' }}
          >
            {kicker}
          </div>
          {/* One text, clamped with an ellipsis: satori clamps a block of text only, without inline elements. */}
          <div style={{ ...clamped(2), fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
          <div style={{ display: 'flex', gap: 6 }}>
            {stars.map((fill, index) => (
              <Star key={index} fill={fill} color={look.accent} />
            ))}
          </div>
        </div>,
        // Over a picture, two lines: the rest of it must show.
        <div
          key="headline"
          style={{
            ...clamped(look.photo ? 2 : 3),
            fontSize: 38,
            fontStyle: 'italic',
            lineHeight: 1.25,
            color: look.ink,
          }}
        >
          {headline}
        </div>,
      ],
      look,
    ),
  };
}

/** A page about a person, a critic or a list: what it is, the name or title, and how many reviews or films. */
export function directoryCard({ kicker, title, line }: { kicker: string; title: string; line: string }): ShareCard {
  return {
    key: { kicker, title, line },
    runs: [
      { text: `${SITE}.`, weight: 700 },
      { text: kicker, weight: 400 },
      { text: title, weight: 700 },
      { text: line, weight: 400, style: 'italic' },
    ],
    element: frame([
      masthead(SITE),
      <div key="title" style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ ...clamped(1), fontSize: 28, color: ACCENT, letterSpacing: 2, textTransform: 'uppercase' }}>
          {kicker}
        </div>
        <div style={{ ...clamped(2), fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      </div>,
      <div key="line" style={{ ...clamped(1), fontSize: 38, fontStyle: 'italic', color: MUTED }}>
        {line}
      </div>,
    ]),
  };
}

export function siteCard(name: string): ShareCard {
  const line = 'Film reviews, with the stars where you can see them.';
  const sub = 'The latest reviews, by genre and by star rating.';
  return {
    key: { site: name },
    runs: [
      { text: `${name}.`, weight: 700 },
      { text: line, weight: 700 },
      { text: sub, weight: 400, style: 'italic' },
    ],
    element: frame([
      masthead(name),
      <div key="line" style={{ display: 'flex', fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>
        {line}
      </div>,
      <div key="sub" style={{ display: 'flex', fontSize: 34, color: MUTED, fontStyle: 'italic' }}>
        {sub}
      </div>,
    ]),
  };
}

/**
 * The title's size: large for a short one, smaller for a long one, counting
 * wide (CJK) characters twice, as they take about twice the width.
 */
function titleSize(title: string): number {
  const width = [...title].reduce((sum, character) => sum + (WIDE.test(character) ? 2 : 1), 0);
  return width > 24 ? 64 : 84;
}
