/**
 * The drawing of a share image, as satori lays it out (a subset of CSS
 * flexbox): the site's paper colour and red accent, the film in a large
 * serif, the stars drawn as shapes (no font has to have them), the headline.
 */
import type { ReactElement } from 'react';

export interface ShareCard {
  element: ReactElement;
  /** What the image shows: the cache key. */
  key: unknown;
}

const PAPER = '#fbf8f3';
const INK = '#1d1a16';
const MUTED = '#5b534a';
const ACCENT = '#a4161a';
const FONT = 'Source Serif 4';

const frame = (children: ReactElement[]) => (
  <div
    style={{
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: PAPER,
      color: INK,
      fontFamily: FONT,
      borderTop: `16px solid ${ACCENT}`,
    }}
  >
    {children}
  </div>
);

const masthead = (name: string) => (
  <div style={{ display: 'flex', fontSize: 34, fontWeight: 700 }}>
    {name}
    <span style={{ color: ACCENT }}>.</span>
  </div>
);

/** A star: five points, filled, half-filled or outlined. */
function Star({ fill }: { fill: 0 | 0.5 | 1 }) {
  const points = '50,4 62,38 98,38 69,60 80,95 50,74 20,95 31,60 2,38 38,38';
  return (
    <svg width="64" height="64" viewBox="0 0 100 100">
      <defs>
        <clipPath id="half">
          <rect x="0" y="0" width="50" height="100" />
        </clipPath>
      </defs>
      <polygon points={points} fill="none" stroke={ACCENT} strokeWidth="6" strokeLinejoin="round" />
      {fill > 0 && (
        <polygon
          points={points}
          fill={ACCENT}
          clipPath={fill === 0.5 ? 'url(#half)' : undefined}
          stroke={ACCENT}
          strokeWidth="6"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}

export function shareCard(review: {
  headline: string;
  rating: number;
  film: { title: string; year: number };
}): ShareCard {
  const stars = [1, 2, 3, 4, 5].map(
    (n) => (review.rating >= n ? 1 : review.rating >= n - 0.5 ? 0.5 : 0) as 0 | 0.5 | 1,
  );
  // The headline says the title already ("‘Ballerina’ review — …"): the card shows what follows the dash.
  const headline =
    review.headline
      .split(/\s[—–]\s/)
      .slice(1)
      .join(' — ') || review.headline;
  const title = review.film.title;
  return {
    key: { title, year: review.film.year, rating: review.rating, headline },
    element: frame([
      masthead('Reel Notes'),
      <div key="film" style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ display: 'flex', fontSize: 28, color: ACCENT, letterSpacing: 2, textTransform: 'uppercase' }}>
          Review
        </div>
        <div
          style={{
            display: 'flex',
            alignItems: 'baseline',
            flexWrap: 'wrap',
            fontSize: title.length > 28 ? 64 : 84,
            fontWeight: 700,
            lineHeight: 1.05,
          }}
        >
          <span style={{ marginRight: 20 }}>{title}</span>
          <span style={{ fontWeight: 400, color: MUTED }}>({review.film.year})</span>
        </div>
        <div style={{ display: 'flex', gap: 6 }}>
          {stars.map((fill, index) => (
            <Star key={index} fill={fill} />
          ))}
        </div>
      </div>,
      <div
        key="headline"
        style={{ display: 'flex', fontSize: 38, fontStyle: 'italic', lineHeight: 1.25, color: INK, lineClamp: 3 }}
      >
        {headline.length > 140 ? `${headline.slice(0, 137).trimEnd()}…` : headline}
      </div>,
    ]),
  };
}

export function siteCard(name: string): ShareCard {
  return {
    key: { site: name },
    element: frame([
      masthead(name),
      <div key="line" style={{ display: 'flex', fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>
        Film reviews, with the stars where you can see them.
      </div>,
      <div key="sub" style={{ display: 'flex', fontSize: 34, color: MUTED, fontStyle: 'italic' }}>
        The latest reviews, by genre and by star rating.
      </div>,
    ]),
  };
}
