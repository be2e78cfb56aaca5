import { facetsQuery } from '@/features/reviews/api/facets-queries';
import { entryQuery } from '@/features/reviews/api/review-queries';
import type { LoaderContext } from './loader-context';

/** The loader of `/genres`: the genre counts are in the entry file, the decades and countries in the build's facets.json. */
export const genresLoader = (context: LoaderContext) => async (): Promise<null> => {
  const { queryClient, wait } = context;
  const load = async () => {
    const entry = await queryClient.ensureQueryData(entryQuery());
    await queryClient.ensureQueryData(facetsQuery(entry.build));
  };
  // The page shows what failed, and asks again: the loader never fails the route.
  if (wait) await load();
  else void load().catch(() => undefined);
  return null;
};
