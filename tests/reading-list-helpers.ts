import type { Card } from '../src/format/card-schema';
import {
  createReadingListStore,
  STORAGE_KEY,
  type ReadingListStore,
} from '../src/features/reviews/reading-list/reading-list-store';

/**
 * Storage for reading-list tests: a Map with a size limit (in UTF-16 code
 * units, keys included, as browsers count), past which setItem throws the
 * QuotaExceededError a full localStorage throws.
 */
export class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly #items = new Map<string, string>();

  constructor(readonly capacity = Number.POSITIVE_INFINITY) {}

  get length(): number {
    return this.#items.size;
  }

  /** What is stored, in code units. */
  get used(): number {
    let total = 0;
    for (const [key, value] of this.#items) total += key.length + value.length;
    return total;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const before = this.#items.has(key) ? key.length + this.#items.get(key)!.length : 0;
    if (this.used - before + key.length + value.length > this.capacity) {
      throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.#items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }

  /** Every key and value, for comparing what is stored before and after. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.#items);
  }
}

/** A browser tab's view of a shared storage: its own writes reach the other tabs as `storage` events. */
export interface Tab {
  store: ReadingListStore;
  events: EventTarget;
}

/**
 * Several tabs over one storage. Other tabs hear of a write when `deliver()`
 * is called, as a browser tells them a moment later; until then they hold
 * what they last read.
 */
export function openTabs(storage: MemoryStorage, count: number, now?: () => string) {
  const pending: { to: EventTarget; key: string | null }[] = [];
  const tabs: Tab[] = [];
  /** Storage as seen from one tab (or from outside every tab: null): its writes are told to the others. */
  const viewFrom = (events: EventTarget | null): Storage => {
    const told = (key: string | null) => {
      for (const tab of tabs) if (tab.events !== events) pending.push({ to: tab.events, key });
    };
    return {
      get length() {
        return storage.length;
      },
      key: (index: number) => storage.key(index),
      getItem: (key: string) => storage.getItem(key),
      setItem(key: string, value: string) {
        storage.setItem(key, value);
        told(key);
      },
      removeItem(key: string) {
        storage.removeItem(key);
        told(key);
      },
      clear() {
        storage.clear();
        told(null);
      },
    };
  };
  for (let index = 0; index < count; index++) {
    const events = new EventTarget();
    const view = viewFrom(events);
    tabs.push({ events, store: createReadingListStore({ storage: () => view, events, now }) });
  }
  return {
    tabs,
    /** Another tab, without a store: what it writes is told to every tab. */
    outside: viewFrom(null),
    /** Tells every tab of the writes made in the others. */
    deliver() {
      for (const { to, key } of pending.splice(0)) to.dispatchEvent(new StorageEvent('storage', { key }));
    },
  };
}

/** A valid card; `overrides` change its top-level fields. */
export function card(slug: string, overrides: Partial<Card> = {}): Card {
  return {
    slug,
    headline: `A review of ${slug}`,
    standfirst: 'One line on the film.',
    rating: 4,
    published: '2024-05-01',
    film: { title: slug.replace(/-\d+$/, ''), year: 2023, genres: ['action'] },
    ...overrides,
  };
}

export const savedEntry = (slug: string, savedAt = '2024-06-01T10:00:00.000Z', entryCard: unknown = card(slug)) => ({
  slug,
  savedAt,
  card: entryCard,
});

export const readEntry = (slug: string, readAt = '2024-06-01T10:00:00.000Z') => ({ slug, readAt });

/** A stored document of version 1 (the app's first), as JSON text. */
export function storedV1(saved: unknown[], read: unknown[] = []): string {
  return JSON.stringify({ format: 'reel-notes/reading-list', version: 1, saved, read });
}

/** The document in a storage, parsed. */
export function storedDocument(storage: Storage): Record<string, unknown> {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Record<string, unknown>;
}

/** A clock for the store: each call a second later than the one before. */
export function ticking(start = Date.UTC(2024, 6, 1)): () => string {
  let time = start;
  return () => new Date((time += 1_000)).toISOString();
}
