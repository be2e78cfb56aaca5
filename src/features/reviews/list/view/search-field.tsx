import { useEffect, useId, useRef } from 'react';
import { MAX_QUERY_LENGTH, type ListFilters } from '../address/filters';
import type { SetFilters } from './use-list-filters';
import styles from './filter-controls.module.css';

/**
 * The search box. Uncontrolled, so what the reader is typing (a trailing space
 * included) is never rewritten under them while the URL catches up; it follows
 * the URL only when the query changes elsewhere ("Clear all", Back), which
 * never happens while the box has focus.
 */
export function SearchField({ filters, setFilters }: { filters: ListFilters; setFilters: SetFilters }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    const input = inputRef.current;
    if (input && input !== document.activeElement) input.value = filters.query;
  }, [filters.query]);

  return (
    <search className={styles.search}>
      <label htmlFor={id}>Search</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        className="text-field"
        defaultValue={filters.query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Title, director or cast"
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setFilters({ ...filters, query: event.target.value }, { replace: true })}
      />
    </search>
  );
}
