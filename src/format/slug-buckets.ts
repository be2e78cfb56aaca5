import * as v from 'valibot';
import { version } from './archive-schema';
import { slug } from './fields';

/**
 * Which id a slug has in a build, for the reader's own marks (kept by slug,
 * since ids change from build to build): builds/<build>/ids/<bucket>.json
 * holds the slugs whose hash falls in that bucket, with their ids. About 64
 * slugs a bucket, so asking for a few read reviews downloads a few kilobytes.
 */
const SLUGS_PER_BUCKET = 64;

/** How many buckets a build of `total` reviews has: a power of two. */
export function bucketCount(total: number): number {
  let count = 1;
  while (count * SLUGS_PER_BUCKET < total) count *= 2;
  return count;
}

/** A slug's bucket: FNV-1a, 32 bits, so the publisher and the app agree on every slug. */
export function slugBucket(value: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

export const idBucketSchema = v.pipe(
  v.object({
    version,
    slugs: v.array(slug),
    ids: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  v.check((bucket) => bucket.slugs.length === bucket.ids.length, 'Invalid bucket: slugs and ids differ in length'),
);
