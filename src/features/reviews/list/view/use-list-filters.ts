import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { filtersSearch, type ListFilters } from '../address/filters';

export type SetFilters = (next: ListFilters, options?: { replace?: boolean }) => void;

/**
 * Writes the list filters to the URL, which owns them (the loader reads them
 * back). Discrete changes add a history entry, so Back undoes them; typing
 * replaces it. Parameters that are not filters stay in the URL.
 */
export function useSetFilters(): SetFilters {
  const { search } = useLocation();
  const navigate = useNavigate();
  return useCallback(
    (next, { replace = false } = {}) =>
      void navigate(
        { search: filtersSearch(next, new URLSearchParams(search)) },
        { replace, preventScrollReset: true },
      ),
    [navigate, search],
  );
}
