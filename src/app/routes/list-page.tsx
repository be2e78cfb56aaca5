import { Link, useLoaderData } from 'react-router-dom';
import { paths } from '@/config/paths';
import { genreLabel } from '@/features/reviews/format/genres';
import { ReviewListView } from '@/features/reviews/list/review-list-view';
import type { ListLoaderData } from './list-loader';

/** The three list pages, `/`, `/genres/:genre` and `/ratings/:stars`: one view over all reviews, a genre or a rating. */
export function ListPage() {
  const { scope, filters } = useLoaderData() as ListLoaderData;
  if (scope.kind === 'genre') {
    const label = genreLabel(scope.genre);
    return (
      <ReviewListView
        key={scope.genre}
        scope={scope}
        filters={filters}
        title={`${label} reviews`}
        description={`Reviews of ${label.toLowerCase()} films from Reel Notes, newest first.`}
        intro={
          <p>
            <Link className="back-link" to={paths.genres()}>
              All genres
            </Link>
          </p>
        }
      />
    );
  }
  if (scope.kind === 'stars') {
    const { stars } = scope;
    const half = stars < 5 ? ` and ${stars}½` : '';
    return (
      <ReviewListView
        key={stars}
        scope={scope}
        filters={filters}
        title={`${stars}-star reviews`}
        description={`Films Reel Notes gave ${stars}${half} stars, newest first.`}
        intro={
          <p>
            {half && `Includes ${stars}½-star reviews. `}
            <Link className="back-link" to={paths.ratings()}>
              All ratings
            </Link>
          </p>
        }
      />
    );
  }
  return (
    <ReviewListView
      key="all"
      scope={scope}
      filters={filters}
      title="Latest reviews"
      description="The latest film reviews from Reel Notes: filter by genre and star rating, search by title, director or cast."
    />
  );
}
