import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFoundRoute } from './not-found';
import { UnexpectedError } from './unexpected-error';

/** The error element of every route: a 404 gets the not-found page; anything else, a calm way out. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  console.error(error);
  return <UnexpectedError />;
}
