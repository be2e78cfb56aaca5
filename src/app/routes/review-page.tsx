import { lazy, Suspense } from 'react';
import { Link, useLoaderData } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { fromQuery, QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import { isApiError } from '@/lib/api-error';
import { reviewQuery } from '@/features/reviews/api/review-document';
import { ReviewArticle, ReviewArticleSkeleton } from '@/features/reviews/review/review-article';
import type { ReviewLoaderData } from './review-loader';

const NotFoundRoute = lazy(async () => ({ default: (await import('./not-found')).NotFoundRoute }));

export function ReviewPage() {
  const { slug } = useLoaderData() as ReviewLoaderData;
  const review = useQuery(reviewQuery(slug));
  const failed = review.isError && !review.data;
  if (failed && isApiError(review.error) && review.error.kind === 'not-found') {
    return (
      <Suspense fallback={<h1>Not found</h1>}>
        <NotFoundRoute what="review" />
      </Suspense>
    );
  }
  return (
    <>
      {!review.data && <PageMeta title={failed ? 'Review unavailable' : 'Loading review'} ready={failed} />}
      {failed && <h1>This review can’t be shown</h1>}
      <QueryState
        state={fromQuery(review)}
        what={`the review “${slug}”`}
        skeleton={<ReviewArticleSkeleton />}
        actions={
          <Link className="button" to={paths.home()}>
            Back to the latest reviews
          </Link>
        }
      >
        {(data) => (
          <>
            <PageMeta title={`${data.film.title} (${data.film.year}) review`} description={data.standfirst} />
            <ReviewArticle review={data} pageUrl={siteUrl(paths.review(data.slug))} />
          </>
        )}
      </QueryState>
    </>
  );
}
