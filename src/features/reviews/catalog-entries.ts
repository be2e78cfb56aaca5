import * as v from 'valibot';
import { reviewSummarySchema, type ReviewSummary } from './summary-schema';

export interface RejectedEntry {
  /** The slug if the entry had a readable one, else its position. */
  entry: string;
  reason: string;
}

export const REPEATED_SLUG = 'the same slug appears earlier in the catalogue';

export interface CheckedEntries {
  entries: ReviewSummary[];
  rejected: RejectedEntry[];
}

/**
 * Checks catalogue entries one by one: broken entries and repeated slugs are
 * dropped with a reason, so one bad entry never hides the rest.
 */
export function checkEntries(raw: readonly unknown[], seen = new Set<string>()): CheckedEntries {
  const entries: ReviewSummary[] = [];
  const rejected: RejectedEntry[] = [];
  raw.forEach((item, position) => {
    const result = v.safeParse(reviewSummarySchema, item);
    if (!result.success) {
      rejected.push({ entry: describe(item, position), reason: v.summarize(result.issues) });
    } else if (seen.has(result.output.slug)) {
      rejected.push({ entry: result.output.slug, reason: REPEATED_SLUG });
    } else {
      seen.add(result.output.slug);
      entries.push(result.output);
    }
  });
  return { entries, rejected };
}

function describe(item: unknown, position: number): string {
  const slug = typeof item === 'object' && item !== null ? (item as { slug?: unknown }).slug : undefined;
  return typeof slug === 'string' ? slug.slice(0, 120) : `entry ${position + 1}`;
}
