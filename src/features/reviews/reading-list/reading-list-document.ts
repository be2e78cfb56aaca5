import * as v from 'valibot';
import { cardSchema } from '@/format/card-schema';
import { slug } from '@/format/fields';
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
  v.check((entry) => entry.card.slug === entry.slug, 'Invalid card: another review’s'),
);
const readEntrySchema = v.object({ slug, readAt: timestamp });

export type SavedEntry = v.InferOutput<typeof savedEntrySchema>;
export type ReadEntry = v.InferOutput<typeof readEntrySchema>;

/** An entry this version cannot use, kept as it was with the reason. */
export interface SetAsideEntry {
  /** The list it came from: "saved", "read", or "storage" for a stored text that was no reading list at all. */
  list: string;
  entry: unknown;
  reason: string;
}

export interface ReadingList {
  /** Most recently saved first. */
  saved: SavedEntry[];
  /** Most recently read first. */
  read: ReadEntry[];
  /** Entries set aside, by this version (SetAsideEntry) or another: kept as they are. */
  setAside: unknown[];
}

/** What a stored or imported text holds. */
export type Parsed =
  | { kind: 'list'; list: ReadingList }
  /** Written by a newer version of the app: its entries as far as this version can read them. */
  | { kind: 'newer'; list: ReadingList }
  | { kind: 'unreadable'; reason: 'not JSON' | 'not a Reel Notes reading list' };

export const emptyList = (): ReadingList => ({ saved: [], read: [], setAside: [] });

/** Reads a reading list's text (null: nothing stored yet). Never throws. */
export function parseDocument(text: string | null): Parsed {
  if (text === null) return { kind: 'list', list: emptyList() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'not JSON' };
  }
  const document = (data ?? {}) as RawDocument;
  const version = document.version as number;
  if (document.format !== FORMAT || !Number.isInteger(version) || version < 1) {
    return { kind: 'unreadable', reason: 'not a Reel Notes reading list' };
  }
  if (version > VERSION) return { kind: 'newer', list: checkEntries(document) };
  return { kind: 'list', list: checkEntries(migrate(document, version, VERSION)) };
}

/** The text of a reading list, in the current version (an export's is indented). */
export function writeDocument(list: ReadingList, indent?: number): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, ...list }, null, indent);
}

/**
 * The document's entries, each checked on its own: a valid one is kept (the
 * first of any repeated slug), a bad one set aside with the reason.
 */
function checkEntries(document: RawDocument): ReadingList {
  // A set-aside list that is no list is kept too, as one entry.
  const setAside = [document.setAside ?? []].flat();
  function check<TEntry extends { slug: string }>(name: 'saved' | 'read', schema: v.GenericSchema<unknown, TEntry>) {
    const entries = document[name] ?? [];
    const kept = new Map<string, TEntry>();
    if (!Array.isArray(entries)) setAside.push({ list: name, entry: entries, reason: 'not a list' });
    else
      for (const entry of entries) {
        const result = v.safeParse(schema, entry);
        if (!result.success) setAside.push({ list: name, entry, reason: v.summarize(result.issues) });
        else if (!kept.has(result.output.slug)) kept.set(result.output.slug, result.output);
      }
    return [...kept.values()];
  }
  return { saved: check('saved', savedEntrySchema), read: check('read', readEntrySchema), setAside };
}
