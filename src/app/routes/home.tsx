import { ReviewListView } from '@/features/reviews/components/review-list-view';

const ALL = { kind: 'all' } as const;

export function HomeRoute() {
  return (
    <ReviewListView
      scope={ALL}
      title="Latest reviews"
      description="The latest film reviews from Reel Notes: filter by genre and star rating, search by title, director or cast."
    />
  );
}
