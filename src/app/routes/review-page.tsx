import { lazy, Suspense } from 'react';
import { usePageData } from '@/lib/page-router/page-router-view';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { fromQuery, QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import { reviewQuery } from '@/features/reviews/api/review-document';
import { ReviewArticle, ReviewArticleSkeleton } from '@/features/reviews/review/review-article';
import { reviewName } from '@/features/reviews/review/review-name';
import type { ReviewLoaderData } from './review-loader';

// Loading, offline and failure: shown only when the review is not here at once (never on a prerendered page), but
// fetched with the review page's code, so that a review opened offline later can still say so without a service
// worker (its chunk would not download then). Asked for again if that first attempt failed.
const pendingReview = import('./pending-review').catch(() => null);
const PendingReview = lazy(async () => ({
  default: ((await pendingReview) ?? (await import('./pending-review'))).PendingReview,
}));

export function ReviewPage() {
  const { slug } = usePageData<ReviewLoaderData>();
  const review = useQuery(reviewQuery(slug));
  if (!review.data) {
    return (
      <Suspense fallback={<ReviewArticleSkeleton />}>
        <PendingReview slug={slug} />
      </Suspense>
    );
  }
  return (
    <QueryState state={fromQuery(review)} what={reviewName(review.data.film)} skeleton={null}>
      {(data) => (
        <>
          <PageMeta title={`${data.film.title} (${data.film.year}) review`} description={data.standfirst} />
          <ReviewArticle review={data} pageUrl={siteUrl(paths.review(data.slug))} />
        </>
      )}
    </QueryState>
  );
}
