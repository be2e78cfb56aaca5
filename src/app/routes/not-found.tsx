import { Link } from 'react-router-dom';
import { ProblemPage } from '@/components/problem-page';
import { paths } from '@/config/paths';

/** Any URL that names nothing: an unknown path, review, genre or rating. */
export function NotFoundRoute({ what = 'page' }: { what?: string }) {
  return (
    <ProblemPage title="Not found" heading={`We couldn’t find that ${what}`}>
      <p>
        The link may be mistyped, or the {what} may have moved. You can also{' '}
        <Link to={paths.genres()}>browse by genre</Link>.
      </p>
    </ProblemPage>
  );
}
