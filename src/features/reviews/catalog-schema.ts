import * as v from 'valibot';
import { FORMAT_VERSION } from './summary-schema';

/**
 * The catalogue documents of format v1. Entries arrive as `unknown[]` and are
 * checked one by one (see catalog-entries.ts), so one broken entry is dropped
 * instead of failing the whole list.
 */
/** Reviews in the newest page of the index and of each facet file, and in each "Show more" of a list. */
export const PAGE_SIZE = 24;

const version = v.literal(FORMAT_VERSION);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const entries = v.array(v.unknown());

/** catalog/index.json: counts, where the shards are, and the newest page of reviews. */
export const catalogIndexSchema = v.object({
  version,
  total: count,
  pageSize: v.pipe(count, v.minValue(1)),
  /** Paths of the shards, relative to the API base, newest reviews first. */
  shards: v.array(v.pipe(v.string(), v.regex(/^catalog\/[a-z0-9/-]+\.json$/))),
  genres: v.record(v.string(), count),
  /** Reviews by whole stars: "4" counts 4 and 4.5. */
  ratings: v.record(v.string(), count),
  latest: entries,
});

/** catalog/shards/N.json: a slice of the catalogue, newest first. */
export const catalogShardSchema = v.object({ version, entries });

/** catalog/genres/<genre>.json and catalog/ratings/<stars>.json: the newest page of one facet. */
export const facetPageSchema = v.object({ version, total: count, entries });

export type CatalogIndexDocument = v.InferOutput<typeof catalogIndexSchema>;
export type CatalogShardDocument = v.InferOutput<typeof catalogShardSchema>;
export type FacetPageDocument = v.InferOutput<typeof facetPageSchema>;
