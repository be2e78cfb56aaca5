import { paths } from '@/config/paths';
import { reviewQuery } from '@/features/reviews/api/review-document';
import { readSlug } from '@/format/read-slug';
import { notFound, type LoaderContext } from './loader-context';
import { Redirect, type LoaderArgs } from '@/lib/page-router/page-router';

export interface ReviewLoaderData {
  slug: string;
}

/** The loader of `/reviews/:slug`: a 404 for what cannot be a slug, a redirect to its canonical spelling, then the review. */
export const reviewLoader =
  (context: LoaderContext) =>
  async ({ params }: LoaderArgs): Promise<ReviewLoaderData> => {
    const { queryClient, wait } = context;
    const slug = readSlug(params.slug);
    if (!slug) notFound();
    if (slug !== params.slug) throw new Redirect(paths.review(slug));
    if (wait) await queryClient.ensureQueryData(reviewQuery(slug));
    else void queryClient.prefetchQuery(reviewQuery(slug));
    return { slug };
  };
