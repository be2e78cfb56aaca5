import { useLayoutEffect, useRef } from 'react';
import type { FacetCounts } from '../address/facet-labels';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';
import { filterChips } from '../address/filter-chips';
import type { SetFilters } from './use-list-filters';
import styles from './filter-controls.module.css';

interface ActiveFiltersProps {
  filters: ListFilters;
  setFilters: SetFilters;
  /** Where focus goes once no filter is left (the "Filters" button, or the panel on wide screens). */
  focusWhenNone: () => void;
  /** The facets' published labels, once the index is in. */
  facets: FacetCounts | null;
}

/**
 * The filters that narrow the list, as chips above it: each removes itself
 * ("Remove Action"), and "Clear all" removes them all; the sort stays. After a
 * removal focus moves to the chip that took its place (or "Clear all"), so a
 * keyboard reader can go on removing.
 */
export function ActiveFilters({ filters, setFilters, focusWhenNone, facets }: ActiveFiltersProps) {
  const chips = filterChips(filters, facets);
  const listRef = useRef<HTMLUListElement>(null);
  // The index of the button to focus once the list has lost a chip; null when nothing was removed here.
  const focusIndex = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = focusIndex.current;
    if (index === null) return;
    focusIndex.current = null;
    const buttons = listRef.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else focusWhenNone();
  }, [chips.length, focusWhenNone]);

  if (!chips.length) return null;
  const remove = (next: ListFilters, index: number) => {
    focusIndex.current = index;
    setFilters(next);
  };
  return (
    <ul className={styles.chips} ref={listRef} aria-label="Active filters">
      {chips.map((chip, index) => (
        <li key={chip.key}>
          <button
            type="button"
            className={styles.chip}
            aria-label={`Remove ${chip.label}`}
            onClick={() => remove(chip.without, index)}
          >
            {chip.label}
            <span aria-hidden="true" className={styles.cross}>
              ×
            </span>
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className={styles.clearAll}
          onClick={() => remove({ ...DEFAULT_FILTERS, sort: filters.sort }, chips.length)}
        >
          Clear all
        </button>
      </li>
    </ul>
  );
}
