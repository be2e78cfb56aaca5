import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ProblemPage } from '@/components/problem-page';
import { NotFoundRoute } from './not-found';

/** The error element of every route: a 404 gets the not-found page; anything else, a calm way out. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  console.error(error);
  return (
    <ProblemPage title="Something went wrong" heading="Something went wrong">
      <p>This page hit a problem we didn’t expect. Reloading the page usually fixes it.</p>
    </ProblemPage>
  );
}
