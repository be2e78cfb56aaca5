import type { EnsureQueryDataOptions, QueryKey } from '@tanstack/react-query';
import { readSlug } from '@/format/read-slug';
import { notFound, type LoaderContext } from './loader-context';
import { Redirect, type LoaderArgs } from '@/lib/page-router/page-router';

export interface DirectoryLoaderData {
  slug: string;
}

/** Starts (or, when prerendering, waits for) a page's document. */
async function load<T, K extends QueryKey>(
  { queryClient, wait }: LoaderContext,
  query: EnsureQueryDataOptions<T, Error, T, K>,
) {
  if (wait) await queryClient.ensureQueryData(query);
  else void queryClient.prefetchQuery(query);
}

/**
 * A loader of a page about one person, critic or list (`/people/:slug`…):
 * a 404 for what cannot be a slug, a redirect to its canonical spelling, then its document.
 */
export const detailLoader =
  <T, K extends QueryKey>(
    query: (slug: string) => EnsureQueryDataOptions<T, Error, T, K>,
    path: (slug: string) => string,
  ) =>
  (context: LoaderContext) =>
  async ({ params }: LoaderArgs): Promise<DirectoryLoaderData> => {
    const slug = readSlug(params.slug);
    if (!slug) notFound();
    if (slug !== params.slug) throw new Redirect(path(slug));
    await load(context, query(slug));
    return { slug };
  };

/** A loader of `/critics` or `/lists`: one index file each. */
export const indexLoader =
  <T, K extends QueryKey>(query: () => EnsureQueryDataOptions<T, Error, T, K>) =>
  (context: LoaderContext) =>
  async (): Promise<null> => {
    await load(context, query());
    return null;
  };
