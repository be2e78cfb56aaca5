import { parseDocument, writeDocument, type ReadingList } from './reading-list-document';
import type { ReadingListStore } from './reading-list-store';
import { notKept } from './storage-problem';

/**
 * The reading list to a file and back. An export holds every entry, those set
 * aside included, each with the reason; an import checks the file's entries
 * one by one, adds the valid ones that are not here yet, and counts the rest.
 */

/** The list as an export file's text: every entry, those set aside included, each with the reason why. */
export function exportJson({ saved, read, setAside }: ReadingList): string {
  return `${writeDocument({ saved, read, setAside }, 2)}\n`;
}

/** What an import added, what was here already, and what the file holds that could not be read. */
export interface ImportCounts {
  saved: number;
  read: number;
  already: number;
  invalid: number;
}

/** Most recent first, by time (a timestamp may carry any offset from UTC). */
const newestFirst = (a: string, b: string) => Date.parse(b) - Date.parse(a);

/**
 * Adds a file's saved reviews and read marks to the list (nothing here is
 * removed or replaced). When nothing could be added (a file refused, or
 * storage that cannot keep it), says why instead.
 */
export function importJson(store: ReadingListStore, text: string): ImportCounts | string {
  const parsed = parseDocument(text);
  if (parsed.kind === 'newer')
    return 'This file comes from a newer version of Reel Notes: reload this page, then import it again.';
  if (parsed.kind !== 'list') return `This file is ${parsed.reason}: choose a file exported from Reel Notes.`;
  const file = parsed.list;
  // Stryker disable next-line ObjectLiteral: the edit sets both whenever the change can be kept, and only then are they read.
  const added = { saved: 0, read: 0 };
  const problem = store.change((list) => {
    const savedHere = new Set(list.saved.map((entry) => entry.slug));
    const readHere = new Set(list.read.map((entry) => entry.slug));
    const saved = file.saved.filter((entry) => !savedHere.has(entry.slug));
    const read = file.read.filter((entry) => !readHere.has(entry.slug));
    added.saved = saved.length;
    added.read = read.length;
    return saved.length + read.length === 0
      ? null
      : {
          ...list,
          saved: [...list.saved, ...saved].sort((a, b) => newestFirst(a.savedAt, b.savedAt)),
          read: [...list.read, ...read].sort((a, b) => newestFirst(a.readAt, b.readAt)),
        };
  });
  if (problem) return notKept('Nothing was imported', problem);
  const already = file.saved.length + file.read.length - added.saved - added.read;
  return { ...added, already, invalid: file.setAside.length };
}
