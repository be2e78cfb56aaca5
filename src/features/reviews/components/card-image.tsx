import { API_BASE_URL } from '@/config/api';
import { imageFile } from '@/format/image-file';
import type { Card } from '@/format/card-schema';
import { TitleCover } from './title-cover';
import styles from './card-image.module.css';

/** A card's image: a thumbnail beside the title on phones, the card's width above it on wider screens. */
const SIZES = '(min-width: 40rem) 24rem, 6rem';

/**
 * A card's image, or the film's cover when the review has no picture
 * (title-cover.tsx). Decorative (the title beside it says what it is): the
 * lead image's two smallest WebP files (every browser the site supports shows
 * WebP; the review page offers AVIF and JPEG too), fetched as it nears the
 * screen, over its main colour. `className` gives its frame a fixed shape,
 * so nothing moves when it arrives. The colour is an SVG's attribute: the CSP
 * refuses style attributes. A lazy part of the card (review-card.tsx): no
 * list's first load waits for it.
 */
export function CardImage({ card: { image, film }, className = '' }: { card: Card; className?: string }) {
  if (!image) return <TitleCover film={film} className={className} />;
  const file = (width: number) => imageFile(API_BASE_URL, image.path!, width, 'webp');
  return (
    <span className={`${styles.frame} ${className}`}>
      {image.color && (
        <svg className={styles.fill} viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">
          <rect width="1" height="1" fill={image.color} />
        </svg>
      )}
      {/* Keyed by the picture: a card that takes another film's place (list-results.tsx) never shows the
          last film's picture while its own loads. A drawn cover has nothing to wait for: its words and
          colours change. */}
      <img
        key={image.path ?? image.url}
        className={styles.fill}
        src={image.url ?? file(640)}
        srcSet={image.path && `${file(320)} 320w, ${file(640)} 640w`}
        sizes={SIZES}
        width={640}
        height={360}
        alt=""
        loading="lazy"
        decoding="async"
      />
    </span>
  );
}
