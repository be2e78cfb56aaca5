import { newestFirst, parseDocument, writeDocument, type ReadingList } from './reading-list-document';
import type { ReadingListStore, StorageProblem } from './reading-list-store';

/**
 * The reading list to a file and back. An export holds every entry, those set
 * aside included, each with the reason; an import checks the file's entries
 * one by one, adds the valid ones that are not here yet, and counts the rest.
 */

const plural = (count: number) => (count === 1 ? 'entry' : 'entries');

/** The list as an export file's text: the stored document, with every set-aside entry and a note on them. */
export function exportJson(list: ReadingList): string {
  const setAside = list.setAside.map(({ key: _key, ...entry }) => entry);
  const note =
    setAside.length > 0
      ? `${setAside.length} ${plural(setAside.length)} could not be read by this version of Reel Notes: they are in setAside, each with the reason.`
      : undefined;
  return `${writeDocument({ ...list, setAside }, { indent: 2, note })}\n`;
}

export type ImportResult =
  /** What was added, what was here already, and what the file holds that could not be read. */
  | { ok: true; saved: number; read: number; already: number; invalid: number }
  /** The file was refused (`reason`), or storage could not keep what it adds (`problem`): nothing was added. */
  | { ok: false; reason: string }
  | { ok: false; problem: StorageProblem };

/** Adds a file's saved reviews and read marks to the list (nothing here is removed or replaced). */
export function importJson(store: ReadingListStore, text: string): ImportResult {
  const parsed = parseDocument(text);
  if (parsed.kind === 'unreadable') {
    return {
      ok: false,
      reason:
        parsed.reason === 'not JSON'
          ? 'This file is not JSON: choose a file exported from Reel Notes.'
          : 'This is not a Reel Notes reading list: choose a file exported from Reel Notes.',
    };
  }
  if (parsed.kind === 'newer') {
    return {
      ok: false,
      reason: 'This file comes from a newer version of Reel Notes: reload this page, then import it again.',
    };
  }
  const file = parsed.list;
  let added = { saved: 0, read: 0 };
  const outcome = store.change((list) => {
    const savedHere = new Set(list.saved.map((entry) => entry.slug));
    const readHere = new Set(list.read.map((entry) => entry.slug));
    const saved = file.saved.filter((entry) => !savedHere.has(entry.slug));
    const read = file.read.filter((entry) => !readHere.has(entry.slug));
    added = { saved: saved.length, read: read.length };
    if (!saved.length && !read.length) return null;
    return newestFirst({ ...list, saved: [...list.saved, ...saved], read: [...list.read, ...read] });
  });
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    ...added,
    already: file.saved.length + file.read.length - added.saved - added.read,
    invalid: file.setAside.length,
  };
}
