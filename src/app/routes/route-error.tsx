import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { NotFoundRoute } from './not-found';
import styles from './simple-page.module.css';

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
