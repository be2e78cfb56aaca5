import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { filtersSearch, parseFilters, type ListFilters } from './filters';

/**
 * The list filters, read from and written to the URL: the one source of truth.
 * Discrete changes add a history entry, so Back undoes them; typing replaces it.
 */
export function useListFilters() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search)), [search]);
  const setFilters = useCallback(
    (next: ListFilters, { replace = false } = {}) =>
      void navigate({ search: filtersSearch(next) }, { replace, preventScrollReset: true }),
    [navigate],
  );
  return [filters, setFilters] as const;
}
