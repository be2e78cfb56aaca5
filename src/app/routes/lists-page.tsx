import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { listsQuery } from '@/features/reviews/api/directory-api';
import { ListSummaries } from '@/features/reviews/directory/list-summaries';
import { indexLoader } from './directory-loaders';
import { DirectoryPage } from './directory-page';

/** The loader of `/lists`. */
export const listsLoader = indexLoader(listsQuery);

/** `/lists`: every critic's list, newest first. */
export function ListsPage() {
  return (
    <DirectoryPage query={useQuery(listsQuery())} what="page">
      {(lists) => (
        <div>
          <PageMeta
            title="Lists"
            description="Our critics’ lists: films chosen around a theme, each with a note on why."
          />
          <h1>Lists</h1>
          <p>
            Films <Link to={paths.critics()}>our critics</Link> chose around a theme, in their order, each with a note
            on why. Newest first.
          </p>
          <ListSummaries lists={lists} />
        </div>
      )}
    </DirectoryPage>
  );
}
