import { lazy, Suspense } from 'react';
import type { Image } from '@/format/lead-image-schema';
import type { CoverFilm } from '../components/title-cover';
import styles from './lead-image.module.css';

// The picture's code, after the page's own: the prerendered page already shows (and preloads) the picture.
const LeadPicture = lazy(async () => ({ default: (await import('./lead-picture')).LeadPicture }));
// The cover of a review without a picture: prerendered too, its code in the same chunk as the pictures'.
const TitleCover = lazy(async () => ({ default: (await import('../components/title-cover')).TitleCover }));

/**
 * The review's lead image, with its credit as a caption, or for a review
 * without a picture its film's cover (title-cover.tsx). Until their code
 * arrives (on a page opened from a list), the frame holds its shape: an
 * empty SVG the size of the image (16:9 for a cover), in its main colour.
 */
export function LeadImage({ review: { image, film } }: { review: { image?: Image; film: CoverFilm } }) {
  const [width, height] = image ? [image.width, image.height] : [16, 9];
  return (
    <figure className={styles.figure}>
      <Suspense
        fallback={
          <svg className={styles.placeholder} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
            <rect width="100%" height="100%" fill={image?.color ?? 'none'} />
          </svg>
        }
      >
        {image ? <LeadPicture image={image} /> : <TitleCover film={film} />}
      </Suspense>
      {image?.credit && <figcaption className={styles.credit}>{image.credit}</figcaption>}
    </figure>
  );
}
