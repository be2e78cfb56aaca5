import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { fromQuery, QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-error';
import { reviewQuery } from '@/features/reviews/api/review-document';
import { ReviewArticleSkeleton } from '@/features/reviews/review/review-article';
import { ReviewPreview } from '@/features/reviews/review/review-preview';
import { useKnownCard } from '@/features/reviews/review/known-card';
import { filmFromSlug, reviewName } from '@/features/reviews/review/review-name';

const NotFoundRoute = lazy(async () => ({ default: (await import('./not-found')).NotFoundRoute }));

/**
 * A review that is not here yet, or could not be loaded: named by its film,
 * from its card when this visit has seen it (with the card's header at once),
 * else from its address. A chunk of its own: a prerendered page never needs it.
 */
export function PendingReview({ slug }: { slug: string }) {
  // Its own observer of the query: the page above watches only for the data.
  const review = useQuery(reviewQuery(slug));
  const known = useKnownCard(slug);
  if (isApiError(review.error) && review.error.kind === 'not-found') {
    return (
      <Suspense fallback={<h1>Not found</h1>}>
        <NotFoundRoute what="review" />
      </Suspense>
    );
  }
  return (
    <>
      <PageMeta title={review.isError ? 'Review unavailable' : 'Loading review'} ready={review.isError} />
      {review.isError && <h1>This review can’t be shown</h1>}
      <QueryState
        state={fromQuery(review)}
        what={reviewName(known?.film ?? filmFromSlug(slug))}
        skeleton={known ? <ReviewPreview card={known} /> : <ReviewArticleSkeleton />}
        actions={
          <Link className="button" to={paths.home()}>
            Back to the latest reviews
          </Link>
        }
      >
        {() => null}
      </QueryState>
    </>
  );
}
