import { useSyncExternalStore } from 'react';
import { readingList, SERVER_READING_LIST, type ReadingListState } from './reading-list-store';

/** The reading list and read marks, live. */
export function useReadingList(): ReadingListState {
  return useSyncExternalStore(readingList.subscribe, readingList.getSnapshot, () => SERVER_READING_LIST);
}

export function useIsSaved(slug: string): boolean {
  return useReadingList().saved.some((entry) => entry.slug === slug);
}

export function useIsRead(slug: string): boolean {
  return useReadingList().read.some((entry) => entry.slug === slug);
}
