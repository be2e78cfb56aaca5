import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { ListScope } from '@/features/reviews/catalog';
import { ReviewListView } from '@/features/reviews/components/review-list-view';
import { genreLabel, type Genre } from '@/features/reviews/genres';

export function GenreRoute() {
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
          <Link to={paths.genres()}>All genres</Link>
        </p>
      }
    />
  );
}
