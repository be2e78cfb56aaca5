import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { ErrorMessage, isRetryable } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-error';
import { reviewQuery } from '@/features/reviews/api/review-queries';
import { ReviewArticle, ReviewArticleSkeleton } from '@/features/reviews/components/review-article';
import { NotFoundRoute } from './not-found';
import styles from './simple-page.module.css';

export function ReviewRoute() {
  const slug = useParams().slug!;
  const review = useQuery(reviewQuery(slug));

  if (review.data) {
    const { film } = review.data;
    return (
      <>
        <PageMeta title={`${film.title} (${film.year}) review`} description={review.data.standfirst} />
        {review.isRefetchError && (
          <p className={styles.page} role="status">
            We couldn’t refresh this review; you are reading the copy already loaded.
          </p>
        )}
        <ReviewArticle review={review.data} />
      </>
    );
  }
  if (review.isError) {
    if (isApiError(review.error) && review.error.kind === 'not-found') return <NotFoundRoute what="review" />;
    return (
      <div className={styles.page}>
        <PageMeta title="Review unavailable" />
        <h1>This review can’t be shown</h1>
        <ErrorMessage
          what={`the review “${slug}”`}
          error={review.error}
          onRetry={isRetryable(review.error) ? () => void review.refetch() : undefined}
          retrying={review.isFetching}
        >
          <Link className="button" to={paths.home()}>
            Back to the latest reviews
          </Link>
        </ErrorMessage>
      </div>
    );
  }
  return (
    <>
      <PageMeta title="Loading review" ready={false} />
      {review.fetchStatus === 'paused' && (
        <p role="status">You’re offline. This review will load when your connection returns.</p>
      )}
      <ReviewArticleSkeleton />
    </>
  );
}
