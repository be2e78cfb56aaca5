import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ListScope } from './catalog';
import { filtersSearch, parseFilters, type ListFilters } from './filters';

/**
 * The list filters, read from and written to the URL: the one source of truth.
 * Discrete changes add a history entry, so Back undoes them; typing replaces it.
 * The URL changes synchronously (flushSync), so a control shows its new state
 * at once; the list that depends on it is deferred (see use-review-list.ts).
 * A URL with invalid or redundant values is replaced by its canonical form.
 */
export function useListFilters(scope: ListScope) {
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => {
    const parsed = parseFilters(new URLSearchParams(search));
    // The page's own genre or rating is not a filter on top of itself.
    if (scope.kind === 'genre') parsed.genres = parsed.genres.filter((genre) => genre !== scope.genre);
    if (scope.kind === 'stars') parsed.minRating = null;
    return parsed;
  }, [search, scope]);
  const setFilters = useCallback(
    (next: ListFilters, { replace = false } = {}) =>
      void navigate({ search: filtersSearch(next) }, { replace, preventScrollReset: true, flushSync: true }),
    [navigate],
  );
  useEffect(() => {
    const canonical = filtersSearch(filters);
    if (canonical !== search) void navigate({ search: canonical }, { replace: true, preventScrollReset: true });
  }, [filters, search, navigate]);
  return [filters, setFilters] as const;
}
