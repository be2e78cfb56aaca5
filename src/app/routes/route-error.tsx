import { lazy, Suspense } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

// Rare pages: their code arrives when first needed, with a plain heading meanwhile.
const NotFoundRoute = lazy(async () => ({ default: (await import('./not-found')).NotFoundRoute }));
const UnexpectedError = lazy(async () => ({ default: (await import('./unexpected-error')).UnexpectedError }));

/** The error element of every route: a 404 gets the not-found page; anything else, a calm way out. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <Suspense fallback={<h1>{notFound ? 'Not found' : 'Something went wrong'}</h1>}>
      {notFound ? <NotFoundRoute /> : <UnexpectedError />}
    </Suspense>
  );
}
