import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { filtersSearch, type ListFilters } from '../address/filters';

export type SetFilters = (next: ListFilters, options?: { replace?: boolean }) => void;

/**
 * Writes the list filters to the URL, which owns them (the loader reads them
 * back). Discrete changes add a history entry, so Back undoes them, and show
 * their list in one render (flushSync: no frame with the box ticked and the
 * list still old); typing replaces the entry, in a transition that a next key
 * interrupts. Parameters that are not filters stay in the URL.
 */
export function useSetFilters(): SetFilters {
  const { search } = useLocation();
  const navigate = useNavigate();
  return useCallback(
    (next, { replace = false } = {}) =>
      void navigate(
        { search: filtersSearch(next, new URLSearchParams(search)) },
        { replace, preventScrollReset: true, flushSync: !replace },
      ),
    [navigate, search],
  );
}
