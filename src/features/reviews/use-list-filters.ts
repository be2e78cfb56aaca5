import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseFilters, serializeFilters, type ListFilters } from './filters';

/**
 * The list filters, read from and written to the URL: the one source of truth.
 * Discrete changes add a history entry, so Back undoes them; typing replaces it.
 */
export function useListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: ListFilters, { replace = false } = {}) =>
      setSearchParams(serializeFilters(next), { replace, preventScrollReset: true }),
    [setSearchParams],
  );
  return [filters, setFilters] as const;
}
