import { lazy, Suspense } from 'react';
import type { Image } from '@/format/lead-image-schema';
import { TitleCover, type CoverFilm } from '../components/title-cover';
import styles from './lead-image.module.css';

// The picture's code, after the page's own: the prerendered page already shows (and preloads) the picture.
const LeadPicture = lazy(async () => ({ default: (await import('./lead-picture')).LeadPicture }));

/**
 * The review's lead image, with its credit as a caption. Until the picture's
 * code arrives (on a page opened from a list), its frame holds its shape: an
 * empty SVG the size of the image, in its main colour. A review without a
 * picture leads with its film's cover (title-cover.tsx).
 */
export function LeadImage({ review: { image, film } }: { review: { image?: Image; film: CoverFilm } }) {
  if (!image)
    return (
      <figure className={styles.figure}>
        <TitleCover film={film} />
      </figure>
    );
  return (
    <figure className={styles.figure}>
      <Suspense
        fallback={
          <svg className={styles.image} viewBox={`0 0 ${image.width} ${image.height}`} aria-hidden="true">
            <rect width="100%" height="100%" fill={image.color ?? 'none'} />
          </svg>
        }
      >
        <LeadPicture image={image} />
      </Suspense>
      {image.credit && <figcaption className={styles.credit}>{image.credit}</figcaption>}
    </figure>
  );
}
