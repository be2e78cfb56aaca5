import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { filtersSearch, parseFilters, type ListFilters } from './filters';

/**
 * The list filters, read from and written to the URL: the one source of truth.
 * Discrete changes add a history entry, so Back undoes them; typing replaces it.
 * The URL changes synchronously (flushSync), so a control shows its new state
 * at once; the list that depends on it is deferred (see use-review-list.ts).
 */
export function useListFilters() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const setFilters = useCallback(
    (next: ListFilters, { replace = false } = {}) =>
      void navigate({ search: filtersSearch(next) }, { replace, preventScrollReset: true, flushSync: true }),
    [navigate],
  );
  return [filters, setFilters] as const;
}
