import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
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

/** The error element of every route: a 404 gets the not-found page; anything else, a calm way out. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  console.error(error);
  return (
    <div className={styles.page}>
      <PageMeta title="Something went wrong" />
      <h1>Something went wrong</h1>
      <p>This page hit a problem we didn’t expect. Reloading usually fixes it.</p>
      <p className={styles.actions}>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link className="button" to={paths.home()}>
          Go to the latest reviews
        </Link>
      </p>
    </div>
  );
}
