import { countOf } from '@/lib/plural';

/** "1 review", "20,000 reviews". */
export function reviewCount(count: number): string {
  return countOf(count, 'review');
}
