import { Link } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import styles from './simple-page.module.css';

/** Any URL that names nothing: an unknown path, review, genre or rating. */
export function NotFoundRoute({ what = 'page' }: { what?: string }) {
  return (
    <div className={styles.page}>
      <PageMeta title="Not found" description="This page does not exist on Reel Notes." />
      <h1>We couldn’t find that {what}</h1>
      <p>The link may be mistyped, or the {what} may have moved.</p>
      <p className={styles.actions}>
        <Link className="button button-primary" to={paths.home()}>
          Go to the latest reviews
        </Link>
        <Link className="button" to={paths.genres()}>
          Browse by genre
        </Link>
      </p>
    </div>
  );
}
