import { redirect, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { isGenre, type Genre } from '@/features/reviews/genres';
import { notFound, startListLoad } from './list-loaders';

export const genreLoader = (queryClient: QueryClient) => (args: LoaderFunctionArgs) => {
  const genre = parseGenreParam(args.params.genre);
  if (genre === null) notFound();
  if (genre !== args.params.genre) throw redirect(paths.genre(genre) + new URL(args.request.url).search);
  return startListLoad(queryClient, args, { kind: 'genre', genre }, paths.genre(genre));
};

/** "action", "Action" and "science fiction" all name a genre; anything else is a 404. */
function parseGenreParam(value: string | undefined): Genre | null {
  const slug = (value ?? '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  return isGenre(slug) ? slug : null;
}
