import { ReviewPicture } from '../components/review-picture';
import { LEAD_IMAGE_SIZES, type Image } from '../format/image-schema';
import styles from './lead-image.module.css';

/**
 * The review's lead image, with its credit as a caption: the page's largest
 * element on most screens, so it is fetched first (and preloaded by the
 * prerendered page: scripts/prerender/page-html.ts). The typographic card
 * drawn for a review without a picture repeats the title: it is decorative.
 */
export function LeadImage({ image }: { image: Image }) {
  return (
    <figure className={styles.figure}>
      <ReviewPicture
        image={image}
        alt={image.generated ? '' : image.alt}
        sizes={LEAD_IMAGE_SIZES}
        width={image.width}
        height={image.height}
        priority
      />
      {image.credit && <figcaption className={styles.credit}>{image.credit}</figcaption>}
    </figure>
  );
}
