import { useSyncExternalStore } from 'react';
import { getReadingList, getServerReadingList, subscribe, type ReadingList } from './reading-list-store';

/** The reading list and read marks, live. */
export function useReadingList(): ReadingList {
  return useSyncExternalStore(subscribe, getReadingList, getServerReadingList);
}

export function useIsSaved(slug: string): boolean {
  return useReadingList().saved.some((entry) => entry.slug === slug);
}

export function useIsRead(slug: string): boolean {
  return useReadingList().read.some((entry) => entry.slug === slug);
}
