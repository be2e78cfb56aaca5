import { useEffect, useRef } from 'react';
import { useAnnouncer } from '@/components/announcer';
import { reviewCount } from '../../count';
import { filtersSearch, type ListFilters } from '../address/filters';

/** Says the new number of results after a filter change, without moving focus; waits for typing to pause. */
export function useAnnounceResults(count: number | null, filters: ListFilters) {
  const { announce } = useAnnouncer();
  const key = filtersSearch(filters);
  const lastKey = useRef(key);
  useEffect(() => {
    if (count === null || lastKey.current === key) return;
    const timer = setTimeout(() => {
      lastKey.current = key;
      announce(`${reviewCount(count)} found.`);
    }, 500);
    return () => clearTimeout(timer);
  }, [count, key, announce]);
}
