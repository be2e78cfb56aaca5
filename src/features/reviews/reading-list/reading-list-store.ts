import type { Card } from '../format/card-schema';
import { emptyList, parseDocument, writeDocument, type Parsed, type ReadingList } from './reading-list-document';

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
/** Where a stored text that is not a reading list is moved before a new list is written: kept, never overwritten. */
export const UNREADABLE_PREFIX = `${STORAGE_KEY}:unreadable:`;
const UNREADABLE = 'The stored reading list could not be read; it is kept as it was';

/** Why a change was not kept: storage is full, blocked, or holds a list from a newer version of the app. */
export type StorageProblem = 'full' | 'blocked' | 'newer';
export type Outcome = { ok: true } | { ok: false; problem: StorageProblem };

export interface ReadingListState extends ReadingList {
  /** "newer": written by a newer version of the app, shown as far as it can be and not changed here; "blocked": no storage. */
  status: 'ok' | 'newer' | 'blocked';
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

interface Stored {
  kind: Parsed['kind'];
  /** The stored text. */
  text: string | null;
  /** The list, with the texts kept aside (and a stored text that is unreadable) as set-aside entries. */
  list: ReadingList;
}

const OK: Outcome = { ok: true };
const BLOCKED: ReadingListState = { ...emptyList(), status: 'blocked' };

/** A reading list over a storage; the app has one, over localStorage (`readingList`). */
export function createReadingListStore({
  storage,
  events,
  now = () => new Date().toISOString(),
}: StoreOptions): ReadingListStore {
  let current: ReadingListState | undefined;
  // The last text parsed, and what it held: a change in a quiet tab does not check every entry again.
  let parsed: { text: string | null; result: Parsed } | undefined;
  const listeners = new Set<() => void>();

  const publish = (state: ReadingListState) => {
    current = state;
    listeners.forEach((listener) => listener());
  };
  const stateOf = (stored: Stored): ReadingListState => ({
    ...stored.list,
    status: stored.kind === 'newer' ? 'newer' : 'ok',
  });

  function read(store: Storage): Stored {
    const text = store.getItem(STORAGE_KEY);
    if (parsed?.text !== text) parsed = { text, result: parseDocument(text) };
    const { result } = parsed;
    const list = result.kind === 'unreadable' ? emptyList() : result.list;
    const setAside = [...list.setAside];
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index);
      if (key?.startsWith(UNREADABLE_PREFIX)) {
        setAside.push({ list: 'storage', entry: store.getItem(key), reason: UNREADABLE, key });
      }
    }
    if (result.kind === 'unreadable') {
      setAside.push({ list: 'storage', entry: text, reason: UNREADABLE, key: STORAGE_KEY });
    }
    return { kind: result.kind, text, list: { ...list, setAside } };
  }

  function load(): ReadingListState {
    try {
      return stateOf(read(storage()));
    } catch {
      return BLOCKED;
    }
  }

  function change(edit: (list: ReadingList) => ReadingList | null): Outcome {
    let store: Storage;
    let stored: Stored;
    try {
      store = storage();
      stored = read(store);
    } catch {
      publish(BLOCKED);
      return { ok: false, problem: 'blocked' };
    }
    const next = stored.kind === 'newer' ? null : edit(stored.list);
    if (!next) {
      publish(stateOf(stored));
      return stored.kind === 'newer' ? { ok: false, problem: 'newer' } : OK;
    }
    // An unreadable stored text moves to a key of its own before the new list takes its place.
    const aside = stored.kind === 'unreadable' ? asideKey(store, now()) : null;
    try {
      if (aside) store.setItem(aside, stored.text!);
      store.setItem(STORAGE_KEY, writeDocument(next));
    } catch (error) {
      if (aside) store.removeItem(aside);
      publish(stateOf(stored));
      return { ok: false, problem: isQuotaExceeded(error) ? 'full' : 'blocked' };
    }
    const setAside = next.setAside.map((entry) => (entry.key === STORAGE_KEY ? { ...entry, key: aside! } : entry));
    publish({ ...next, setAside, status: 'ok' });
    return OK;
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

/** A key for an unreadable text that no other kept text has. */
function asideKey(store: Storage, time: string): string {
  let key = `${UNREADABLE_PREFIX}${time}`;
  for (let copy = 2; store.getItem(key) !== null; copy++) key = `${UNREADABLE_PREFIX}${time}:${copy}`;
  return key;
}

/** Storage is full: every browser names it QuotaExceededError now; Firefox before version 80, NS_ERROR_DOM_QUOTA_REACHED. */
function isQuotaExceeded(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** This device's reading list. */
export const readingList = createReadingListStore({
  storage: () => window.localStorage,
  events: typeof window === 'undefined' ? undefined : window,
});

/** While prerendering and hydrating: no reader yet, nothing saved. */
export const SERVER_READING_LIST: ReadingListState = { ...emptyList(), status: 'ok' };
