import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { usePendingLocation } from '@/lib/page-router/page-router-view';
import { reviewCount } from '../../count';
import type { ListScope } from '@/format/archive-layout';
import { ActiveFilters } from './active-filters';
import { FilterFields } from './filter-fields';
import { countActiveFilters, parseFilters, type ListFilters } from '../address/filters';
import { SearchField } from './search-field';
import { useAnnounceResults } from './use-announce-results';
import { useSetFilters } from './use-list-filters';
import type { ListCounts } from './list-counts';
import controls from './filter-controls.module.css';
import styles from './review-list-view.module.css';

interface ListControlsProps {
  scope: ListScope;
  filters: ListFilters;
  counts: ListCounts;
}

/**
 * Search, filters and sort: the toolbar, the active filters as chips, and the
 * panel. On wide screens the panel sits beside the list (its dialog wrapper is
 * `display: contents`); on phones it opens as a modal sheet, a native
 * `<dialog>` that traps focus and closes on Escape. A chunk of its own, loaded
 * after the list's first paint; a prerendered page shows its HTML meanwhile.
 */
export function ListControls({ scope, filters: current, counts }: ListControlsProps) {
  const setFilters = useSetFilters();
  // While the address a change leads to is on its way, the controls show it already: a box ticked stays ticked.
  const pending = usePendingLocation();
  const filters =
    pending?.pathname === useLocation().pathname ? parseFilters(new URLSearchParams(pending.search), scope) : current;
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const sheetRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const activeCount = countActiveFilters(filters);
  const { exactCount, genreCounts, facets } = counts;
  useAnnounceResults(exactCount, current);

  // A sheet left open as the window widens would be a modal over the sidebar it has become: close it.
  useEffect(() => {
    const wide = window.matchMedia('(min-width: 64rem)');
    const onChange = () => wide.matches && sheetRef.current?.close();
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, []);

  const openSheet = () => {
    sheetRef.current?.showModal();
    setOpen(true);
  };
  const close = () => sheetRef.current?.close();
  // Every way of closing (Escape, the backdrop, "Show N reviews") ends here, and focus goes back to "Filters".
  const closed = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  // "Filters" is hidden beside the list on wide screens: the panel's heading takes focus there.
  const focusWhenNone = useCallback(() => {
    const toggle = toggleRef.current;
    const toggleShown = toggle?.checkVisibility?.() ?? true;
    (toggleShown ? toggle : headingRef.current)?.focus();
  }, []);

  return (
    <>
      <a className={controls.skip} href="#results">
        Skip to the results
      </a>
      <div className={styles.toolbar}>
        <SearchField filters={filters} setFilters={setFilters} />
        <button
          ref={toggleRef}
          type="button"
          className={`button ${styles.toggle}`}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls="filters"
          onClick={openSheet}
        >
          Filters
          {activeCount > 0 && <span className={styles.badge}>{activeCount} active</span>}
        </button>
        <ActiveFilters filters={filters} setFilters={setFilters} focusWhenNone={focusWhenNone} facets={facets} />
      </div>
      {/* A press on the dialog itself, not on its content, is a press on the backdrop; Escape is the keyboard's way. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions */}
      <dialog
        ref={sheetRef}
        className={controls.sheet}
        aria-labelledby="filters-heading"
        onClose={closed}
        onClick={(event) => event.target === event.currentTarget && close()}
      >
        <section id="filters" className={styles.filters} aria-labelledby="filters-heading">
          <h2 id="filters-heading" ref={headingRef} tabIndex={-1}>
            Filter and sort
          </h2>
          <FilterFields
            filters={filters}
            setFilters={setFilters}
            scope={scope}
            genreCounts={genreCounts}
            facets={facets}
          />
          <div className={controls.sheetFooter}>
            <button type="button" className={`button button-primary ${controls.show}`} onClick={close}>
              {exactCount === null ? 'Show reviews' : `Show ${reviewCount(exactCount)}`}
            </button>
          </div>
        </section>
      </dialog>
    </>
  );
}
