import { Link } from 'react-router-dom';
import { usePageData } from '@/lib/page-router/page-router-view';
import { paths } from '@/config/paths';
import type { ListScope } from '@/format/archive-layout';
import { genreLabel } from '@/format/genres';
import { ReviewListView } from '@/features/reviews/list/view/review-list-view';
import type { ListLoaderData } from './list-loader';

/** The three list pages, `/`, `/genres/:genre` and `/ratings/:stars`: one view over all reviews, a genre or a rating. */
export function ListPage() {
  const { scope, filters } = usePageData<ListLoaderData>();
  const page = describe(scope);
  return <ReviewListView key={page.title} scope={scope} filters={filters} {...page} />;
}

/** Each list's title, description and introduction. */
function describe(scope: ListScope) {
  if (scope.kind === 'genre') {
    const label = genreLabel(scope.genre);
    return {
      title: `${label} reviews`,
      description: `Reviews of ${label.toLowerCase()} films from Reel Notes, newest first.`,
      intro: <BackLink to={paths.genres()}>All genres</BackLink>,
    };
  }
  if (scope.kind === 'stars') {
    const half = scope.stars < 5 ? `${scope.stars}½` : '';
    return {
      title: `${scope.stars}-star reviews`,
      description: `Films Reel Notes gave ${scope.stars}${half && ` and ${half}`} stars, newest first.`,
      intro: (
        <BackLink to={paths.ratings()} note={half && `Includes ${half}-star reviews. `}>
          All ratings
        </BackLink>
      ),
    };
  }
  return {
    title: 'Latest reviews',
    description:
      'The latest film reviews from Reel Notes: filter by genre and star rating, search by title, director or cast.',
  };
}

function BackLink({ to, note, children }: { to: string; note?: string; children: string }) {
  return (
    <p>
      {note}
      <Link className="back-link" to={to}>
        {children}
      </Link>
    </p>
  );
}
