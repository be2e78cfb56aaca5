import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { ListScope } from '@/features/reviews/catalog';
import { ReviewListView } from '@/features/reviews/components/review-list-view';
import { genreLabel, type Genre } from '@/features/reviews/genres';
import type { StarBucket } from '@/features/reviews/ratings';

/** The three list pages: the same view over all reviews, one genre or one star rating. */
const ALL: ListScope = { kind: 'all' };

export function HomeRoute() {
  return (
    <ReviewListView
      scope={ALL}
      title="Latest reviews"
      description="The latest film reviews from Reel Notes: filter by genre and star rating, search by title, director or cast."
    />
  );
}

export function GenreRoute() {
  // The loader has checked the parameter.
  const genre = useParams().genre as Genre;
  const scope = useMemo<ListScope>(() => ({ kind: 'genre', genre }), [genre]);
  const label = genreLabel(genre);
  return (
    <ReviewListView
      key={genre}
      scope={scope}
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

export function RatingRoute() {
  const stars = Number(useParams().stars) as StarBucket;
  const scope = useMemo<ListScope>(() => ({ kind: 'stars', stars }), [stars]);
  const half = stars < 5 ? ` and ${stars}½` : '';
  return (
    <ReviewListView
      key={stars}
      scope={scope}
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
