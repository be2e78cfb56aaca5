import { entryQuery } from '@/features/reviews/api/review-queries';
import type { LoaderContext } from './loader-context';

/** The loader of `/genres` and `/ratings`: the counts are in the archive's small entry file. */
export const totalsLoader = (context: LoaderContext) => async (): Promise<null> => {
  const { queryClient, wait } = context;
  if (wait) await queryClient.ensureQueryData(entryQuery());
  else void queryClient.prefetchQuery(entryQuery());
  return null;
};
