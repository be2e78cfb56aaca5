import { useEffect, useState, useSyncExternalStore } from 'react';

type Store = typeof import('../../reading-list/reading-list-store');
const none = () => () => {};

/**
 * The slugs of the reviews read on this device, live, for "Not read yet";
 * null until the reading list's code (not part of a list's first load) has
 * arrived, and while the filter is off.
 */
export function useReadSlugs(enabled: boolean): readonly string[] | null {
  const [store, setStore] = useState<Store | null>(null);
  useEffect(() => {
    if (enabled && !store) void import('../../reading-list/reading-list-store').then(setStore);
  }, [enabled, store]);
  const list = useSyncExternalStore(
    store?.readingList.subscribe ?? none,
    () => (enabled && store ? store.readingList.getSnapshot().read : null),
    () => null,
  );
  return list && list.map((entry) => entry.slug);
}
