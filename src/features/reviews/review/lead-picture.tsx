import { API_BASE_URL } from '@/config/api';
import { imageFiles, LEAD_IMAGE_SIZES } from '@/format/image-files';
import { PREVIEW_COLUMNS, PREVIEW_ROWS } from '@/format/image-preview';
import type { Image } from '@/format/lead-image-schema';
import styles from './lead-picture.module.css';

/**
 * The lead image's picture: AVIF, then WebP, then JPEG, each at several
 * widths, over its placeholder (its main colour and a blurred preview), in
 * the frame the image's width and height give it, so that nothing moves when
 * it arrives. Fetched first (fetchpriority): the page's largest element. A
 * lazy part of the review page (lead-image.tsx): the prerendered page shows
 * and preloads the picture before any code runs.
 */
export function LeadPicture({ image }: { image: Image }) {
  const { src, srcSet } = imageFiles(image, API_BASE_URL);
  return (
    <span className={styles.frame}>
      {image.color && <Preview color={image.color} preview={image.preview} />}
      <picture>
        {srcSet && <source type="image/avif" srcSet={srcSet.avif} sizes={LEAD_IMAGE_SIZES} />}
        {srcSet && <source type="image/webp" srcSet={srcSet.webp} sizes={LEAD_IMAGE_SIZES} />}
        <img
          className={styles.image}
          src={src}
          srcSet={srcSet?.jpg}
          sizes={srcSet && LEAD_IMAGE_SIZES}
          width={image.width}
          height={image.height}
          alt={image.alt}
          // Painted with the frame it arrives in: the page's largest element, measured as such.
          decoding="sync"
          fetchPriority="high"
        />
      </picture>
    </span>
  );
}

/**
 * What shows until the image arrives: its main colour and, over it, its 24
 * preview colours blurred into a soft impression of it. An inline SVG: its
 * colours are attributes, which the CSP allows, where a style attribute or a
 * data: URL would be refused.
 */
function Preview({ color, preview }: { color: string; preview?: string }) {
  return (
    <svg
      className={styles.preview}
      viewBox={`0 0 ${PREVIEW_COLUMNS} ${PREVIEW_ROWS}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <rect width={PREVIEW_COLUMNS} height={PREVIEW_ROWS} fill={color} />
      {preview?.match(/.{6}/g)?.map((cell, index) => (
        <rect
          key={index}
          x={index % PREVIEW_COLUMNS}
          y={Math.floor(index / PREVIEW_COLUMNS)}
          // A hair over one cell: no seam shows between neighbours.
          width="1.02"
          height="1.02"
          fill={`#${cell}`}
        />
      ))}
    </svg>
  );
}
