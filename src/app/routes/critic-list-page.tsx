import { usePageData } from '@/lib/page-router/page-router-view';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { listQuery } from '@/features/reviews/api/directory-api';
import { ListView } from '@/features/reviews/directory/list-view';
import { detailLoader, type DirectoryLoaderData } from './directory-loaders';
import { DirectoryPage } from './directory-page';

/** The loader of `/lists/:slug`. */
export const criticListLoader = detailLoader(listQuery, paths.list);

/** `/lists/:slug`: one critic's list. */
export function CriticListPage() {
  const { slug } = usePageData<DirectoryLoaderData>();
  return (
    <DirectoryPage query={useQuery(listQuery(slug))} what="list">
      {(list) => (
        <>
          <PageMeta title={`${list.title}, by ${list.critic.name}`} description={list.standfirst} />
          <ListView list={list} />
        </>
      )}
    </DirectoryPage>
  );
}
