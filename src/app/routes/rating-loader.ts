import { redirect, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { STAR_BUCKETS, type StarBucket } from '@/features/reviews/ratings';
import { notFound, startListLoad } from './list-loaders';

export const ratingLoader = (queryClient: QueryClient) => (args: LoaderFunctionArgs) => {
  const stars = parseStarsParam(args.params.stars);
  if (stars === null) notFound();
  if (String(stars) !== args.params.stars) throw redirect(paths.rating(stars) + new URL(args.request.url).search);
  return startListLoad(queryClient, args, { kind: 'stars', stars }, paths.rating(stars));
};

/** "4", "04" and "4.5" mean the 4-star page; anything else is a 404. */
function parseStarsParam(value: string | undefined): StarBucket | null {
  if (!value || !/^\d{1,3}(\.\d{1,3})?$/.test(value)) return null;
  const stars = Math.floor(Number(value));
  return (STAR_BUCKETS as readonly number[]).includes(stars) ? (stars as StarBucket) : null;
}
