import { usePageData } from '@/lib/page-router/page-router-view';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { criticQuery } from '@/features/reviews/api/critic-api';
import { CriticView } from '@/features/reviews/directory/critic-view';
import { detailLoader, type DirectoryLoaderData } from './directory-loaders';
import { DirectoryPage } from './directory-page';

/** The loader of `/critics/:slug`. */
export const criticLoader = detailLoader(criticQuery, paths.critic);

/** `/critics/:slug`: a critic, their lists and reviews, and their feeds. */
export function CriticPage() {
  const { slug } = usePageData<DirectoryLoaderData>();
  return (
    <DirectoryPage query={useQuery(criticQuery(slug))} what="critic">
      {(critic) => (
        <>
          <PageMeta title={`${critic.name}, critic`} description={critic.standfirst} />
          <CriticView critic={critic} />
        </>
      )}
    </DirectoryPage>
  );
}
