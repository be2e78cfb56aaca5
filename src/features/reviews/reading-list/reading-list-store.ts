import * as v from 'valibot';
import { cardSchema, type Card } from '../format/card-schema';
import { slug } from '../format/fields';

/**
 * The reader's own archive, kept on this device: the reviews they saved (the
 * reading list, with each review's card, so the list shows without the
 * network) and the reviews they have read. localStorage, shared live between
 * components and tabs; exported and imported as a JSON file in this same shape.
 */
const STORAGE_KEY = 'reel-notes:reading-list';

const timestamp = v.pipe(v.string(), v.isoTimestamp());
export const readingListSchema = v.object({
  format: v.literal('reel-notes/reading-list'),
  version: v.literal(1),
  saved: v.array(v.object({ slug, savedAt: timestamp, card: cardSchema })),
  read: v.array(v.object({ slug, readAt: timestamp })),
});
export type ReadingList = v.InferOutput<typeof readingListSchema>;

const EMPTY: ReadingList = { format: 'reel-notes/reading-list', version: 1, saved: [], read: [] };

let current: ReadingList = load();
const listeners = new Set<() => void>();

function load(): ReadingList {
  try {
    const result = v.safeParse(readingListSchema, JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
    return result.success ? result.output : EMPTY;
  } catch {
    return EMPTY; // nothing stored yet, or storage blocked (or no window, when prerendering)
  }
}

function commit(next: ReadingList): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage blocked or full: the change lasts until the page is left.
  }
  listeners.forEach((listener) => listener());
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = load();
    listener();
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

export const getReadingList = (): ReadingList => current;
/** While prerendering and hydrating: no reader yet, nothing saved. */
export const getServerReadingList = (): ReadingList => EMPTY;

const now = () => new Date().toISOString();

/** Saves a review to the reading list (newest first), or moves it to the top. */
export function save(card: Card): void {
  const saved = current.saved.filter((entry) => entry.slug !== card.slug);
  commit({ ...current, saved: [{ slug: card.slug, savedAt: now(), card }, ...saved] });
}

export function unsave(slug: string): void {
  commit({ ...current, saved: current.saved.filter((entry) => entry.slug !== slug) });
}

export function markRead(slug: string): void {
  if (current.read.some((entry) => entry.slug === slug)) return;
  commit({ ...current, read: [{ slug, readAt: now() }, ...current.read] });
}

export function markUnread(slug: string): void {
  commit({ ...current, read: current.read.filter((entry) => entry.slug !== slug) });
}

/** The reading list and read marks as a file's text. */
export function exportJson(): string {
  return `${JSON.stringify(current, null, 2)}\n`;
}

export type ImportResult = { ok: true; saved: number; read: number } | { ok: false; reason: string };

/**
 * Adds a file's reviews and read marks to this device's (nothing here is
 * removed). A file that is not a Reel Notes reading list is refused, saying why.
 */
export function importJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'This file is not JSON: choose a file exported from Reel Notes.' };
  }
  const result = v.safeParse(readingListSchema, data);
  if (!result.success) {
    return {
      ok: false,
      reason: `This is not a Reel Notes reading list (${v.summarize(result.issues).split('\n')[0]}).`,
    };
  }
  const imported = result.output;
  const saved = new Map(current.saved.map((entry) => [entry.slug, entry]));
  for (const entry of imported.saved) if (!saved.has(entry.slug)) saved.set(entry.slug, entry);
  const read = new Map(current.read.map((entry) => [entry.slug, entry]));
  for (const entry of imported.read) if (!read.has(entry.slug)) read.set(entry.slug, entry);
  commit({
    ...current,
    saved: [...saved.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)),
    read: [...read.values()].sort((a, b) => (a.readAt < b.readAt ? 1 : -1)),
  });
  return { ok: true, saved: imported.saved.length, read: imported.read.length };
}
