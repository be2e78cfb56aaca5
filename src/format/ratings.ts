/** Whole-star ratings that have a page of their own: /ratings/1 … /ratings/5. */
export const STAR_BUCKETS = [1, 2, 3, 4, 5] as const;
export type StarBucket = (typeof STAR_BUCKETS)[number];

/** The whole-star page a rating belongs to: 4.5 is a 4; a lone half star counts as 1. */
export function starBucket(rating: number): StarBucket {
  return Math.min(5, Math.max(1, Math.floor(rating))) as StarBucket;
}
