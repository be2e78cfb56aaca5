import { usePageData } from '@/lib/page-router/page-router-view';
import { useQuery } from '@tanstack/react-query';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { personQuery } from '@/features/reviews/api/directory-api';
import { filmCount, personKicker, PersonView } from '@/features/reviews/directory/person-view';
import { detailLoader, type DirectoryLoaderData } from './directory-loaders';
import { DirectoryPage } from './directory-page';

/** The loader of `/people/:slug`. */
export const personLoader = detailLoader(personQuery, paths.person);

/** `/people/:slug`: a director's or cast member's reviewed films. */
export function PersonPage() {
  const { slug } = usePageData<DirectoryLoaderData>();
  return (
    <DirectoryPage query={useQuery(personQuery(slug))} what="person">
      {(person) => (
        <>
          <PageMeta
            title={person.name}
            description={`${person.name} (${personKicker(person).toLowerCase()}) on Reel Notes: ${filmCount(person.credits.length)}, with their roles and our stars.`}
          />
          <PersonView person={person} />
        </>
      )}
    </DirectoryPage>
  );
}
