import { API_BASE_URL } from '@/config/api';
import { imageFiles, PREVIEW_COLUMNS, PREVIEW_ROWS, type CardImage, type Image } from '../format/image-schema';
import styles from './review-picture.module.css';

interface ReviewPictureProps {
  image: CardImage | Image;
  /** Empty for an image that only decorates (a card's, or the typographic card that repeats the title). */
  alt: string;
  /** The `sizes` of its srcset: how wide the page draws it. */
  sizes: string;
  /** The shape the page keeps for it before it arrives. */
  width: number;
  height: number;
  /** The page's main image: fetched first. Otherwise fetched when it nears the screen. */
  priority?: boolean;
  /** The widths to offer (a card's are the small ones); the image's own by default. */
  widths?: readonly number[];
  className?: string;
}

/**
 * A review's image: AVIF, then WebP, then JPEG, each at several widths, over
 * its placeholder (the image's main colour and a blurred preview of it),
 * which holds its place so that nothing moves when it arrives. The
 * placeholder is an inline SVG: its colours are attributes, which the CSP
 * allows, where a style attribute or a data: URL would be refused.
 */
export function ReviewPicture({ image, alt, sizes, width, height, priority, widths, className }: ReviewPictureProps) {
  const { src, srcSet } = imageFiles(image, API_BASE_URL, widths);
  const preview = 'preview' in image ? image.preview : undefined;
  return (
    <span className={`${styles.frame} ${className ?? ''}`}>
      {image.color && (
        <svg
          className={preview ? styles.preview : styles.placeholder}
          viewBox={`0 0 ${PREVIEW_COLUMNS} ${PREVIEW_ROWS}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <rect width={PREVIEW_COLUMNS} height={PREVIEW_ROWS} fill={image.color} />
          {preview?.match(/.{6}/g)?.map((cell, index) => (
            <rect
              key={index}
              x={index % PREVIEW_COLUMNS}
              y={Math.floor(index / PREVIEW_COLUMNS)}
              width="1.02"
              height="1.02"
              fill={`#${cell}`}
            />
          ))}
        </svg>
      )}
      <picture>
        {srcSet && <source type="image/avif" srcSet={srcSet.avif} sizes={sizes} />}
        {srcSet && <source type="image/webp" srcSet={srcSet.webp} sizes={sizes} />}
        <img
          className={styles.image}
          src={src}
          srcSet={srcSet?.jpg}
          sizes={srcSet && sizes}
          width={width}
          height={height}
          alt={alt}
          decoding={priority ? 'sync' : 'async'}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : undefined}
        />
      </picture>
    </span>
  );
}
