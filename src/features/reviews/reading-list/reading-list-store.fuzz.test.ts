import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { card, MemoryStorage, openTabs, readEntry, savedEntry } from '../../../../tests/reading-list-helpers';
import type { SetAsideEntry } from './reading-list-document';
import { createReadingListStore, STORAGE_KEY, type Outcome, type ReadingListStore } from './reading-list-store';
import { importJson } from './reading-list-transfer';
import { notKept } from './storage-problem';

/**
 * Random sequences of what readers and browsers do to a reading list: save,
 * unsave, mark read and unread, in two tabs that hear of each other late;
 * imports of good, partly broken and broken files; entries corrupted in
 * storage, a stored list that is no longer JSON, one written by a newer
 * version; and storage that fills up. After every step, what is stored is
 * compared with a model of what the reader did: no valid entry is lost unless
 * the reader removed it, nothing set aside is dropped, a refused change
 * changes nothing, and an import reports exactly what it added.
 */

const SLUGS = ['heat-1995', 'jaws-1975', 'oldboy-2003', 'ballerina-2023', 'alien-1979'] as const;
const slugArb = fc.constantFrom(...SLUGS);
const tabArb = fc.constantFrom(0, 1);

/** An entry a file (or a stored list) holds: good, or broken in a way that fails its check. */
type FileEntry = { list: 'saved' | 'read'; slug: string; good: boolean };
const fileEntryArb = fc.record({
  list: fc.constantFrom('saved' as const, 'read' as const),
  slug: slugArb,
  good: fc.boolean(),
});

function entryJson({ list, slug, good }: FileEntry, index: number): unknown {
  const at = new Date(Date.UTC(2020, 0, 1, 0, index)).toISOString();
  if (list === 'read') return good ? readEntry(slug, at) : { slug, readAt: 'yesterday' };
  return good ? savedEntry(slug, at) : savedEntry(slug, at, card(slug, { rating: 7 }));
}

// Mostly what readers do, so that lists grow; now and then an import, and rarely what breaks storage.
const actionArb = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      op: fc.constantFrom('save', 'unsave', 'markRead', 'markUnread'),
      tab: tabArb,
      slug: slugArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('import' as const),
      tab: tabArb,
      file: fc.oneof(
        { weight: 4, arbitrary: fc.array(fileEntryArb, { maxLength: 6 }) },
        fc.constantFrom('not json {', '{"saved": []}', '{"format": "reel-notes/reading-list", "version": 99}'),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('corrupt-entry' as const),
      entry: fileEntryArb.map((entry) => ({ ...entry, good: false })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('unreadable' as const),
      text: fc.constantFrom('{"format": "reel-', 'null', '<html>'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('newer' as const) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('deliver' as const) }) },
);
type Action = typeof actionArb extends fc.Arbitrary<infer T> ? T : never;

/** What the stored list should hold, from what the reader (and the browser) did. */
interface Model {
  saved: Set<string>;
  read: Set<string>;
  /** Set-aside entries (their list and entry, as JSON) that must be kept. */
  setAside: string[];
  newer: string | null;
}

const NEWER = JSON.stringify({ format: 'reel-notes/reading-list', version: 3, saved: [], read: [] });

describe('the reading list store, fuzzed', () => {
  it('never loses a valid entry, keeps what it sets aside, and reports only what it did', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { maxLength: 40 }),
        fc.constantFrom(600, 1_500, 4_000, Number.POSITIVE_INFINITY),
        (actions, capacity) => {
          const storage = new MemoryStorage(capacity);
          const { tabs, outside, deliver } = openTabs(storage, 2);
          const model: Model = { saved: new Set(), read: new Set(), setAside: [], newer: null };
          for (const action of actions) {
            step(action, { storage, outside, stores: tabs.map((tab) => tab.store), deliver }, model);
            expectStored(storage, model);
          }
          deliver();
          const [a, b] = tabs.map((tab) => tab.store.getSnapshot());
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Two tabs over one storage, and a way to write it from outside them. */
interface Browser {
  storage: MemoryStorage;
  outside: Storage;
  stores: ReadingListStore[];
  deliver: () => void;
}

function step(action: Action, { storage, outside, stores, deliver }: Browser, model: Model) {
  const before = storage.entries();
  /** Checks a change's outcome against storage, and applies it to the model when it was kept. */
  const kept = (problem: Outcome, apply: () => void) => {
    if (!problem) return apply();
    expect(storage.entries()).toEqual(before);
    expect(problem).toBe(model.newer ? 'newer' : 'full');
  };
  switch (action.op) {
    case 'save':
      return kept(stores[action.tab]!.save(card(action.slug)), () => model.saved.add(action.slug));
    case 'unsave':
      return kept(stores[action.tab]!.unsave(action.slug), () => model.saved.delete(action.slug));
    case 'markRead':
      return kept(stores[action.tab]!.markRead(action.slug), () => model.read.add(action.slug));
    case 'markUnread':
      return kept(stores[action.tab]!.markUnread(action.slug), () => model.read.delete(action.slug));
    case 'import': {
      const text =
        typeof action.file === 'string'
          ? action.file
          : JSON.stringify({
              format: 'reel-notes/reading-list',
              version: 2,
              saved: action.file.filter((entry) => entry.list === 'saved').map(entryJson),
              read: action.file.filter((entry) => entry.list === 'read').map(entryJson),
            });
      const result = importJson(stores[action.tab]!, text);
      if (typeof action.file === 'string') {
        expect(result).toMatch(/^This file (is|comes)/);
        expect(storage.entries()).toEqual(before);
        return;
      }
      const good = action.file.filter((entry) => entry.good);
      const fresh = { saved: new Set<string>(), read: new Set<string>() };
      for (const entry of good) if (!model[entry.list].has(entry.slug)) fresh[entry.list].add(entry.slug);
      if (typeof result === 'string') {
        expect(result).toBe(notKept('Nothing was imported', model.newer ? 'newer' : 'full'));
        expect(storage.entries()).toEqual(before);
        return;
      }
      const distinct = new Set(good.map((entry) => `${entry.list} ${entry.slug}`)).size;
      expect(result).toEqual({
        saved: fresh.saved.size,
        read: fresh.read.size,
        already: distinct - fresh.saved.size - fresh.read.size,
        invalid: action.file.length - good.length,
      });
      fresh.saved.forEach((slug) => model.saved.add(slug));
      fresh.read.forEach((slug) => model.read.add(slug));
      return;
    }
    case 'corrupt-entry': {
      // Something else (an old bug, a hand edit) puts a broken entry into the stored list.
      const document = parseOrNull(
        storage.getItem(STORAGE_KEY) ?? '{"format": "reel-notes/reading-list", "version": 2}',
      );
      if (model.newer || document?.format !== 'reel-notes/reading-list') return; // no list to put it in
      const entry = entryJson(action.entry, 0);
      const list = (document[action.entry.list] as unknown[] | undefined) ?? [];
      try {
        outside.setItem(STORAGE_KEY, JSON.stringify({ ...document, [action.entry.list]: [...list, entry] }));
      } catch {
        return; // no room for it
      }
      model.setAside.push(JSON.stringify({ list: action.entry.list, entry }));
      return;
    }
    case 'unreadable':
    case 'newer': {
      // The stored list is replaced from outside: what it held is gone, but the store must keep the new text.
      const text = action.op === 'newer' ? NEWER : action.text;
      try {
        outside.setItem(STORAGE_KEY, text);
      } catch {
        return;
      }
      model.saved.clear();
      model.read.clear();
      model.newer = action.op === 'newer' ? text : null;
      model.setAside = action.op === 'newer' ? [] : [JSON.stringify({ list: 'storage', entry: text })];
      return;
    }
    case 'deliver':
      return deliver();
  }
}

function parseOrNull(text: string): Record<string, unknown> | null {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** What a tab opened now would see, against the model. */
function expectStored(storage: MemoryStorage, model: Model) {
  const list = createReadingListStore({ storage: () => storage }).getSnapshot();
  if (model.newer) {
    expect(list.newer).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe(model.newer);
    return;
  }
  expect(new Set(list.saved.map((entry) => entry.slug))).toEqual(model.saved);
  expect(new Set(list.read.map((entry) => entry.slug))).toEqual(model.read);
  const setAside = (list.setAside as SetAsideEntry[]).map(({ list: from, entry }) =>
    JSON.stringify({ list: from, entry }),
  );
  expect(setAside.sort()).toEqual([...model.setAside].sort());
}
