import * as v from 'valibot';
import { cardSchema } from '../format/card-schema';
import { slug } from '../format/fields';
import { migrate, type RawDocument } from './reading-list-migrations';

/**
 * The reading list as stored on the device and written to an export file: a
 * versioned JSON document whose entries are checked one by one. An entry that
 * fails its check is set aside (kept, with the reason), never a reason to
 * drop the others; an older version is migrated; a newer one is read as far
 * as this version can, and never written over.
 */
export const FORMAT = 'reel-notes/reading-list';
export const VERSION = 2;

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const savedEntrySchema = v.pipe(
  v.object({ slug, savedAt: timestamp, card: cardSchema }),
  v.check((entry) => entry.card.slug === entry.slug, 'Invalid card: it is another review’s'),
);
const readEntrySchema = v.object({ slug, readAt: timestamp });

export type SavedEntry = v.InferOutput<typeof savedEntrySchema>;
export type ReadEntry = v.InferOutput<typeof readEntrySchema>;

/** An entry this version cannot use, kept as it was with the reason. */
export interface SetAsideEntry {
  /** The list it came from: "saved", "read", or "storage" for a stored list that was not a reading list at all. */
  list: string;
  entry: unknown;
  reason: string;
  /** Where it is kept when not inside the document: the storage key of an unreadable list moved aside. */
  key?: string;
}

export interface ReadingList {
  /** Most recently saved first. */
  saved: SavedEntry[];
  /** Most recently read first. */
  read: ReadEntry[];
  setAside: SetAsideEntry[];
}

/** What a stored or imported text holds. */
export type Parsed =
  | { kind: 'list'; list: ReadingList }
  /** Written by a newer version of the app: its entries as far as this version can read them. */
  | { kind: 'newer'; list: ReadingList }
  | { kind: 'unreadable'; reason: string };

export const emptyList = (): ReadingList => ({ saved: [], read: [], setAside: [] });

/** Each checked entry's JSON as it was read, so that writing it back keeps fields a newer format may have added. */
const original = new WeakMap<object, unknown>();

/** Reads a reading list's text (null: nothing stored yet). Never throws. */
export function parseDocument(text: string | null): Parsed {
  if (text === null) return { kind: 'list', list: emptyList() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'not JSON' };
  }
  const document = isRecord(data) && data.format === FORMAT ? data : null;
  const version = document?.version;
  if (!document || !Number.isInteger(version) || (version as number) < 1) {
    return { kind: 'unreadable', reason: 'not a Reel Notes reading list' };
  }
  if ((version as number) > VERSION) return { kind: 'newer', list: checkEntries(document) };
  return { kind: 'list', list: checkEntries(migrate(document, version as number, VERSION)) };
}

/**
 * The text of a reading list, in the current version. Set-aside entries kept
 * under their own key stay there; an export passes them without their key.
 */
export function writeDocument(list: ReadingList, { indent, note }: { indent?: number; note?: string } = {}): string {
  const document = {
    format: FORMAT,
    version: VERSION,
    ...(note && { note }),
    saved: list.saved.map(asRead),
    read: list.read.map(asRead),
    setAside: list.setAside.filter((entry) => entry.key === undefined),
  };
  return JSON.stringify(document, null, indent);
}

const asRead = (entry: object) => (original.has(entry) ? original.get(entry) : entry);

function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "card.rating: Invalid value: Expected <=5 but received 7". */
function why(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const path = v.getDotPath(issues[0]);
  return path ? `${path}: ${issues[0].message}` : issues[0].message;
}

const later = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/**
 * The document's entries, each checked on its own: a valid one is kept (the
 * first of any repeated slug), a bad one set aside with the reason. Entries
 * set aside before are checked again: a newer version of the app may read them.
 */
function checkEntries(document: RawDocument): ReadingList {
  const list = emptyList();
  const slugs = { saved: new Set<string>(), read: new Set<string>() };
  const take = (name: 'saved' | 'read', entry: unknown, ifBad: (reason: string) => void) => {
    const result = name === 'saved' ? v.safeParse(savedEntrySchema, entry) : v.safeParse(readEntrySchema, entry);
    if (!result.success) return ifBad(why(result.issues));
    if (slugs[name].has(result.output.slug)) return;
    slugs[name].add(result.output.slug);
    original.set(result.output, entry);
    (list[name] as object[]).push(result.output);
  };
  for (const name of ['saved', 'read'] as const) {
    const entries = document[name] ?? [];
    if (!Array.isArray(entries)) list.setAside.push({ list: name, entry: entries, reason: 'not a list' });
    else for (const entry of entries) take(name, entry, (reason) => list.setAside.push({ list: name, entry, reason }));
  }
  const setAside = document.setAside ?? [];
  for (const item of Array.isArray(setAside) ? setAside : [setAside]) {
    const known = isRecord(item) && typeof item.list === 'string' && typeof item.reason === 'string';
    const kept = known
      ? { list: item.list as string, entry: item.entry, reason: item.reason as string }
      : { list: 'unknown', entry: item, reason: 'not a set-aside entry' };
    if (kept.list === 'saved' || kept.list === 'read') take(kept.list, kept.entry, () => list.setAside.push(kept));
    else list.setAside.push(kept);
  }
  return newestFirst(list);
}

/** The list with its saved reviews and read marks in order, most recent first (a stable sort). */
export function newestFirst(list: ReadingList): ReadingList {
  return {
    ...list,
    saved: [...list.saved].sort((a, b) => later(a.savedAt, b.savedAt)),
    read: [...list.read].sort((a, b) => later(a.readAt, b.readAt)),
  };
}
