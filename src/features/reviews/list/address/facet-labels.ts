import { WATCH_KIND_LABELS, type WatchKind } from '@/format/facets';
import type { FacetKey } from './filters';

/** One value a facet's filter offers, and how many reviews choosing it would leave. */
export interface FacetOption {
  /** As the address writes it: "1990s", "KR", "ko", "netflix", "rent". */
  value: string;
  label: string;
  count: number;
}

/** Each facet's values, in the order its filter lists them. */
export type FacetCounts = Record<FacetKey, FacetOption[]>;

/**
 * A facet's value, as the address spells it, in words: its published label
 * once the index is in (`facets`); until then "1990s", "South Korea" and
 * "Korean" (the browser's English names of the codes, which the publisher's
 * labels match for most), a service's slug as it is.
 */
export function facetLabel(key: FacetKey, value: string, facets: FacetCounts | null = null): string {
  const published = facets?.[key].find((option) => option.value === value);
  if (published) return published.label;
  if (key === 'country' || key === 'language') return displayName(key === 'country' ? 'region' : 'language', value);
  return key === 'watch' ? (WATCH_KIND_LABELS[value as WatchKind] ?? value) : value;
}

function displayName(type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type }).of(code) ?? code;
  } catch {
    // A code the browser does not know: the code itself is the best name there is.
    return code;
  }
}
