import { lazy, Suspense, type ReactNode } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import styles from './simple-page.module.css';

// Rarely needed, so not part of every first load.
const NotFoundRoute = lazy(async () => ({ default: (await import('./not-found')).NotFoundRoute }));

/** A page that could not be shown: a heading, why, and a way on. */
export function ProblemPage({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  return (
    <div className={styles.page}>
      <PageMeta title={title} />
      <h1>{heading}</h1>
      {children}
      <p className={styles.actions}>
        <Link className="button button-primary" to={paths.home()}>
          Go to the latest reviews
        </Link>
      </p>
    </div>
  );
}

/** The error element of every route: a 404 gets the not-found page; anything else, a calm way out. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Suspense>
        <NotFoundRoute />
      </Suspense>
    );
  }
  console.error(error);
  return (
    <ProblemPage title="Something went wrong" heading="Something went wrong">
      <p>This page hit a problem we didn’t expect. Reloading the page usually fixes it.</p>
    </ProblemPage>
  );
}
