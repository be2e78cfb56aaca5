import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { UseQueryResult } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { fromQuery, QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-error';
import { DirectorySkeleton } from '@/features/reviews/directory/directory-skeleton';

const NotFoundRoute = lazy(async () => ({ default: (await import('./not-found')).NotFoundRoute }));

interface DirectoryPageProps<T> {
  query: UseQueryResult<T>;
  /** What the page is about, for its messages: "person", "critic", "list". */
  what: string;
  /** The page, with its own PageMeta and h1, once the document is here. */
  children: (data: T) => ReactNode;
}

/**
 * A page about a person, a critic or a list, or the lists' and critics'
 * indexes: its document, or the not-found page when there is none (as a
 * review's page does), or why it cannot be shown.
 */
export function DirectoryPage<T>({ query, what, children }: DirectoryPageProps<T>) {
  const failed = query.isError && !query.data;
  if (failed && isApiError(query.error) && query.error.kind === 'not-found') {
    return (
      <Suspense fallback={<h1>Not found</h1>}>
        <NotFoundRoute what={what} />
      </Suspense>
    );
  }
  return (
    <>
      {!query.data && <PageMeta title={failed ? `This ${what} is unavailable` : `Loading ${what}`} ready={failed} />}
      {failed && <h1>This {what} can’t be shown</h1>}
      <QueryState
        state={fromQuery(query)}
        what={`this ${what}`}
        skeleton={<DirectorySkeleton />}
        actions={
          <Link className="button" to={paths.home()}>
            Back to the latest reviews
          </Link>
        }
      >
        {children}
      </QueryState>
    </>
  );
}
