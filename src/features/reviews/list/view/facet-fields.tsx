import { useId } from 'react';
import { WATCH_KINDS, type WatchKind } from '@/format/facets';
import { facetLabel, type FacetCounts, type FacetOption } from '../address/facet-labels';
import { facetParam, parseFilters, type FacetKey, type ListFilters } from '../address/filters';
import type { SetFilters } from './use-list-filters';
import styles from './filter-controls.module.css';

/** Each facet's select: its label and its first option, which clears it. */
const FACET_FIELDS: readonly { key: FacetKey; label: string; any: string }[] = [
  { key: 'decade', label: 'Decade', any: 'Any decade' },
  { key: 'country', label: 'Country', any: 'Any country' },
  { key: 'language', label: 'Language', any: 'Any language' },
  { key: 'service', label: 'Where to watch', any: 'Any service' },
  { key: 'watch', label: 'How to watch', any: 'Any way' },
];

interface FacetFieldsProps {
  filters: ListFilters;
  setFilters: SetFilters;
  /** Each facet's options with their counts, once the index is in. */
  facets: FacetCounts | null;
}

/**
 * Decade, country, language, service and way to watch: one native select
 * each, every option with how many reviews it would leave ("South Korea (3)");
 * an option that would leave none is disabled unless it is the one chosen.
 */
export function FacetFields({ filters, setFilters, facets }: FacetFieldsProps) {
  const id = useId();
  const choose = (key: FacetKey, value: string) =>
    // The address's own parser reads the value, so a select can never write what the address would refuse.
    setFilters({ ...filters, [key]: value ? parseFilters(new URLSearchParams([[key, value]]))[key] : null });

  return FACET_FIELDS.map(({ key, label, any }) => {
    const chosen = facetParam(filters, key);
    const options = optionsOf(key, facets, chosen);
    return (
      <div className={styles.field} key={key}>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <select
          id={`${id}-${key}`}
          className="text-field"
          value={chosen ?? ''}
          onChange={(event) => choose(key, event.target.value)}
        >
          <option value="">{any}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.count === 0 && option.value !== chosen}>
              {option.count === null ? option.label : `${option.label} (${option.count})`}
            </option>
          ))}
        </select>
      </div>
    );
  });
}

/**
 * A facet's options: with their counts once the index is in; before, the ways
 * to watch (always the same five) and the chosen value, so the select shows it.
 */
function optionsOf(
  key: FacetKey,
  facets: FacetCounts | null,
  chosen: string | null,
): (Omit<FacetOption, 'count'> & { count: number | null })[] {
  if (facets) {
    const listed = facets[key];
    // A value no review has (from an address) stays shown as chosen, with its count of none.
    if (chosen === null || listed.some((option) => option.value === chosen)) return listed;
    return [...listed, { value: chosen, label: facetLabel(key, chosen), count: 0 }];
  }
  if (key === 'watch')
    return WATCH_KINDS.map((kind: WatchKind) => ({ value: kind, label: facetLabel(key, kind), count: null }));
  return chosen === null ? [] : [{ value: chosen, label: facetLabel(key, chosen), count: null }];
}
