import { useLoaderData } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { filePath } from '@/config/basename';
import { paths } from '@/config/paths';
import { criticQuery } from '@/features/reviews/api/directory-api';
import { CriticView } from '@/features/reviews/directory/critic-view';
import type { DirectoryLoaderData } from './directory-loaders';
import { DirectoryPage } from './directory-page';

/** `/critics/:slug`: a critic, their lists and reviews, and their feeds. */
export function CriticPage() {
  const { slug } = useLoaderData() as DirectoryLoaderData;
  return (
    <DirectoryPage query={useQuery(criticQuery(slug))} what="critic">
      {(critic) => (
        <>
          <PageMeta
            title={`${critic.name}, critic`}
            description={critic.standfirst}
            feeds={{
              title: `Reel Notes: reviews by ${critic.name}`,
              atom: filePath(paths.criticFeed(critic.slug, 'atom')),
              json: filePath(paths.criticFeed(critic.slug, 'json')),
            }}
          />
          <CriticView critic={critic} />
        </>
      )}
    </DirectoryPage>
  );
}
