import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { ListScope } from '@/features/reviews/catalog';
import { ReviewListView } from '@/features/reviews/components/review-list-view';
import type { StarBucket } from '@/features/reviews/ratings';

export function starsTitle(stars: StarBucket): string {
  return `${stars}-star reviews`;
}

export function RatingRoute() {
  const stars = Number(useParams().stars) as StarBucket;
  const scope = useMemo<ListScope>(() => ({ kind: 'stars', stars }), [stars]);
  return (
    <ReviewListView
      key={stars}
      scope={scope}
      title={starsTitle(stars)}
      description={`Films Reel Notes gave ${stars} ${stars === 1 ? 'star' : 'stars'}${stars < 5 ? ` (or ${stars}½)` : ''}, newest first.`}
      intro={
        <p>
          {stars < 5 && <>Includes {stars}½-star reviews. </>}
          <Link to={paths.ratings()}>All ratings</Link>
        </p>
      }
    />
  );
}
