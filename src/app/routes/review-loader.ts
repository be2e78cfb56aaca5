import { redirect, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { reviewQuery } from '@/features/reviews/api/review-queries';
import { SLUG_PATTERN } from '@/features/reviews/review-schema';
import { notFound } from './list-loaders';

export const reviewLoader = (queryClient: QueryClient) => ({ params }: LoaderFunctionArgs) => {
  const raw = params.slug ?? '';
  const slug = raw.trim().toLowerCase();
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) notFound();
  if (slug !== raw) throw redirect(paths.review(slug));
  void queryClient.prefetchQuery(reviewQuery(slug));
  return null;
};
