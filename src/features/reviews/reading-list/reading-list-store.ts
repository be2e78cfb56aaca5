import type { Card } from '@/format/card-schema';
import { emptyList, parseDocument, writeDocument, type ReadingList } from './reading-list-document';

/**
 * The reader's own archive, kept on this device: the reviews they saved (with
 * each review's card, so the list shows without the network) and the reviews
 * they have read. One document in localStorage (reading-list-document.ts),
 * shared live between components and tabs. Every change reads the stored
 * document again, changes it and writes it back in one synchronous step, so
 * two tabs never write over each other's changes; a change that storage
 * cannot keep is refused and says why, never pretended done.
 */
export const STORAGE_KEY = 'reel-notes:reading-list';
export const UNREADABLE = 'The stored reading list could not be read: it is kept here as it was';

/** Why a change was not kept: storage is full, blocked, or holds a list from a newer version of the app. */
export type StorageProblem = 'full' | 'blocked' | 'newer';
/** What became of a change: undefined when it was kept, or why it was not. */
export type Outcome = StorageProblem | undefined;

export interface ReadingListState extends ReadingList {
  /** Written by a newer version of the app: shown as far as it can be, and not changed here. */
  newer: boolean;
}

export interface ReadingListStore {
  getSnapshot: () => ReadingListState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Reads the stored list, applies `edit` and writes the result back, all in
   * one step; `edit` returns null when there is nothing to change.
   */
  change: (edit: (list: ReadingList) => ReadingList | null) => Outcome;
  /** Saves a review (newest first), or moves it to the top. */
  save: (card: Card) => Outcome;
  unsave: (slug: string) => Outcome;
  markRead: (slug: string) => Outcome;
  markUnread: (slug: string) => Outcome;
}

export interface StoreOptions {
  /** A function: merely reading `window.localStorage` throws where the browser blocks storage. */
  storage: () => Storage;
  /** Where other tabs' changes arrive, as `storage` events: the window. */
  events?: EventTarget | undefined;
  now?: () => string;
}

const EMPTY: ReadingListState = { ...emptyList(), newer: false };

/** The stored list. A text that is no reading list is set aside whole: the next write keeps it inside the list. */
function read(storage: Storage): ReadingListState {
  const text = storage.getItem(STORAGE_KEY);
  const parsed = parseDocument(text);
  if (parsed.kind === 'unreadable') {
    return { ...EMPTY, setAside: [{ list: 'storage', entry: text, reason: `${UNREADABLE} (${parsed.reason}).` }] };
  }
  return { ...parsed.list, newer: parsed.kind === 'newer' };
}

/** A reading list over a storage; the app has one, over localStorage (`readingList`). */
export function createReadingListStore({
  storage,
  events,
  now = () => new Date().toISOString(),
}: StoreOptions): ReadingListStore {
  let current: ReadingListState | undefined;
  const listeners = new Set<() => void>();
  const publish = (state: ReadingListState) => {
    current = state;
    listeners.forEach((listener) => listener());
  };
  const load = () => {
    try {
      return read(storage());
    } catch {
      return EMPTY;
    }
  };

  function change(edit: (list: ReadingList) => ReadingList | null): Outcome {
    let store: Storage;
    let stored: ReadingListState;
    try {
      store = storage();
      stored = read(store);
    } catch {
      return 'blocked';
    }
    const { newer, ...list } = stored;
    const next = newer ? null : edit(list);
    try {
      if (next) store.setItem(STORAGE_KEY, writeDocument(next));
    } catch (error) {
      publish(stored);
      return isQuotaExceeded(error) ? 'full' : 'blocked';
    }
    publish(next ? { ...next, newer } : stored);
    return newer ? 'newer' : undefined;
  }

  events?.addEventListener('storage', (event) => {
    const { key } = event as StorageEvent;
    // null: another tab cleared the storage.
    if (current && (key === STORAGE_KEY || key === null)) publish(load());
  });

  return {
    getSnapshot: () => (current ??= load()),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    change,
    save: (card) =>
      change((list) => ({
        ...list,
        saved: [{ slug: card.slug, savedAt: now(), card }, ...list.saved.filter((entry) => entry.slug !== card.slug)],
      })),
    unsave: (slug) =>
      change((list) =>
        list.saved.some((entry) => entry.slug === slug)
          ? { ...list, saved: list.saved.filter((entry) => entry.slug !== slug) }
          : null,
      ),
    markRead: (slug) =>
      change((list) =>
        list.read.some((entry) => entry.slug === slug)
          ? null
          : { ...list, read: [{ slug, readAt: now() }, ...list.read] },
      ),
    markUnread: (slug) =>
      change((list) =>
        list.read.some((entry) => entry.slug === slug)
          ? { ...list, read: list.read.filter((entry) => entry.slug !== slug) }
          : null,
      ),
  };
}

/** Storage is full: every browser names it QuotaExceededError now (Firefox before version 80: NS_ERROR_DOM_QUOTA_REACHED). */
function isQuotaExceeded(error: unknown): boolean {
  return error instanceof DOMException && /quota/i.test(error.name);
}

/** This device's reading list. */
export const readingList = createReadingListStore({
  storage: () => window.localStorage,
  events: typeof window === 'undefined' ? undefined : window,
});

/** While prerendering and hydrating: no reader yet, nothing saved. */
export const SERVER_READING_LIST = EMPTY;
