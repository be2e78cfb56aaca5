import { NotFound } from '@/lib/page-router/page-router';
import { usePageError } from '@/lib/page-router/page-router-view';
import { NotFoundRoute } from './not-found';
import { UnexpectedError } from './unexpected-error';

/** The error element of every route: a 404 gets the not-found page; anything else, a calm way out. */
export function RouteError() {
  const error = usePageError();
  if (error instanceof NotFound) return <NotFoundRoute />;
  console.error(error);
  return <UnexpectedError />;
}
