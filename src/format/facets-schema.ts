import * as v from 'valibot';
import { version } from './archive-schema';
import { WATCH_KINDS } from './facets';
import { MAX_LABEL } from './limits';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const label = v.pipe(v.string(), v.maxLength(MAX_LABEL));

/**
 * builds/<build>/facets.json: what the filter index's facet columns number,
 * each with its label (as the reviews write it) and how many reviews of the
 * archive have it. Position i of a list is the number i in the columns. The
 * decades (from the `years` column) are listed for the pages that link to them.
 */
export const facetsSchema = v.object({
  version,
  /** Every decade of the archive's films, newest first: its first year and how many reviews. */
  decades: v.array(v.object({ decade: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9990)), count })),
  countries: v.array(v.object({ code: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)), label, count })),
  languages: v.array(v.object({ code: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)), label, count })),
  services: v.array(v.object({ slug: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), label, count })),
  kinds: v.array(v.object({ kind: v.picklist(WATCH_KINDS), count })),
});

export type FacetsDocument = v.InferOutput<typeof facetsSchema>;
