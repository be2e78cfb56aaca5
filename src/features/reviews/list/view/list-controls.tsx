import { useRef, useState } from 'react';
import { useLocation, useNavigation } from 'react-router-dom';
import { reviewCount } from '../../count';
import type { ListScope } from '@/format/archive-layout';
import { FilterFields } from './filter-fields';
import { countActiveFilters, DEFAULT_FILTERS, parseFilters, type ListFilters } from '../address/filters';
import { SearchField } from './search-field';
import { useAnnounceResults } from './use-announce-results';
import { useSetFilters } from './use-list-filters';
import type { ListCounts } from './list-counts';
import styles from './review-list-view.module.css';

interface ListControlsProps {
  scope: ListScope;
  filters: ListFilters;
  counts: ListCounts;
}

/**
 * Search, filters and sort: the toolbar, and the panel beside the list on wide
 * screens, folded under the toolbar on phones (a disclosure, not a modal:
 * nothing to trap). A chunk of its own, loaded after the list's first paint;
 * a prerendered page shows its HTML meanwhile.
 */
export function ListControls({ scope, filters: current, counts }: ListControlsProps) {
  const setFilters = useSetFilters();
  // While the address a change leads to is on its way, the controls show it already: a box ticked stays ticked.
  const pending = useNavigation().location;
  const filters =
    pending?.pathname === useLocation().pathname ? parseFilters(new URLSearchParams(pending.search), scope) : current;
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const activeCount = countActiveFilters(filters);
  const { exactCount, genreCounts } = counts;
  useAnnounceResults(exactCount, current);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <>
      <div className={styles.toolbar}>
        <SearchField filters={filters} setFilters={setFilters} />
        <button
          ref={toggleRef}
          type="button"
          className={`button ${styles.toggle}`}
          aria-expanded={open}
          aria-controls="filters"
          onClick={() => setOpen(!open)}
        >
          Filters
          {activeCount > 0 && <span className={styles.badge}>{activeCount} active</span>}
        </button>
        {activeCount > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}
          >
            Clear all
          </button>
        )}
      </div>
      {/* Escape from any control inside folds the panel, as it would close a menu. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys bubble from the controls */}
      <section
        id="filters"
        className={styles.filters}
        data-open={open}
        aria-labelledby="filters-heading"
        onKeyDown={(event) => event.key === 'Escape' && open && close()}
      >
        <h2 id="filters-heading">Filter and sort</h2>
        <FilterFields filters={filters} setFilters={setFilters} scope={scope} genreCounts={genreCounts} />
        <button type="button" className={`button button-primary ${styles.toggle}`} onClick={close}>
          {exactCount === null ? 'Show reviews' : `Show ${reviewCount(exactCount)}`}
        </button>
      </section>
    </>
  );
}
