import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { criticsQuery } from '@/features/reviews/api/directory-api';
import { CriticsIndex } from '@/features/reviews/directory/critics-index';
import { indexLoader } from './directory-loaders';
import { DirectoryPage } from './directory-page';

/** The loader of `/critics`. */
export const criticsLoader = indexLoader(criticsQuery);

/** `/critics`: everyone who writes for the site. */
export function CriticsPage() {
  return (
    <DirectoryPage query={useQuery(criticsQuery())} what="page">
      {(critics) => (
        <div>
          <PageMeta
            title="Critics"
            description="The critics who write for Reel Notes, and how many reviews each has written."
          />
          <h1>Critics</h1>
          <p>
            Everyone who writes for Reel Notes. Each critic’s page has their reviews, their lists and their own feed.
          </p>
          <CriticsIndex critics={critics} />
        </div>
      )}
    </DirectoryPage>
  );
}
