import { SITE_NAME } from '@/config/site';
import { filmPalette } from '@/format/film-palette';
import type { Genre } from '@/format/genres';
import styles from './title-cover.module.css';

/** What a cover shows of a film, and draws its colours from. */
export interface CoverFilm {
  title: string;
  year: number;
  genres: readonly Genre[];
}

/** A title longer than this is set smaller, so that it fits in three lines. */
const LONG_TITLE = 28;

/**
 * What stands where the lead image would, for a review without a picture: a
 * cover in the film's colours (film-palette.ts), its title set large in the
 * site's serif, drawn by the page itself, so it costs the build nothing and
 * the reader no download. The colours are SVG attributes (the CSP refuses
 * style attributes); the words are text, in the page's own font, scaled to
 * the frame (container query units). Decorative: the title is the page's
 * heading, or the card's link, already. 16:9, like every lead image.
 */
export function TitleCover({ film, className = '' }: { film: CoverFilm; className?: string }) {
  const palette = filmPalette(film);
  return (
    <span className={`${styles.cover} ${className}`} aria-hidden="true">
      <svg className={styles.shapes} viewBox="0 0 1600 900" preserveAspectRatio="xMidYMid slice">
        <rect width="1600" height="900" fill={palette.background} />
        {/* A lens of the film's colours, half off the cover. */}
        <circle cx="1440" cy="220" r="380" fill={palette.shade} />
        <circle cx="1380" cy="240" r="100" fill={palette.accent} />
      </svg>
      <span className={styles.face}>
        <span className={styles.kicker}>{SITE_NAME} · Review</span>
        <span className={styles.words}>
          <span className={[...film.title].length > LONG_TITLE ? `${styles.title} ${styles.long}` : styles.title}>
            {film.title}
          </span>
          <svg className={styles.rule} viewBox="0 0 1 1" preserveAspectRatio="none">
            <rect width="1" height="1" fill={palette.accent} />
          </svg>
          <span className={styles.year}>{film.year}</span>
        </span>
      </span>
    </span>
  );
}
