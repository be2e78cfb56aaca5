import { describe, expect, it, vi } from 'vitest';
import {
  card,
  MemoryStorage,
  readEntry,
  savedEntry,
  storedDocument,
  storedV1,
  ticking,
} from '../../../../tests/reading-list-helpers';
import { createReadingListStore, STORAGE_KEY, type ReadingListStore } from './reading-list-store';
import { exportJson, importJson } from './reading-list-transfer';

function storeWith(text?: string, capacity?: number): { store: ReadingListStore; storage: MemoryStorage } {
  const storage = new MemoryStorage(capacity);
  if (text !== undefined) storage.setItem(STORAGE_KEY, text);
  return { storage, store: createReadingListStore({ storage: () => storage, now: ticking() }) };
}

const fileOf = (saved: unknown[], read: unknown[] = [], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'reel-notes/reading-list', version: 2, saved, read, setAside: [], ...extra });

const ratedSeven = savedEntry('jaws-1975', '2024-06-02T10:00:00.000Z', card('jaws-1975', { rating: 7 }));

describe('exportJson', () => {
  it('writes the list as a version 2 file that imports back to the same list', () => {
    const { store } = storeWith();
    store.save(card('heat-1995'));
    store.save(card('oldboy-2003'));
    store.markRead('heat-1995');
    const text = exportJson(store.getSnapshot());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "saved": [');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'reel-notes/reading-list', version: 2, setAside: [] });

    const other = storeWith().store;
    expect(importJson(other, text)).toEqual({ saved: 2, read: 1, already: 0, invalid: 0 });
    expect(other.getSnapshot().saved).toEqual(store.getSnapshot().saved);
    expect(other.getSnapshot().read).toEqual(store.getSnapshot().read);
  });

  it('includes every set-aside entry, each with the reason why, and nothing of the store’s own state', () => {
    const { store } = storeWith(storedV1([savedEntry('heat-1995'), ratedSeven]));
    const file = JSON.parse(exportJson(store.getSnapshot())) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'saved', 'read', 'setAside']);
    expect(file.setAside).toEqual([
      { list: 'saved', entry: ratedSeven, reason: expect.stringContaining('card.rating') as string },
    ]);
  });

  it('includes a stored text that was no reading list', () => {
    const { store } = storeWith('not json');
    expect(JSON.parse(exportJson(store.getSnapshot()))).toMatchObject({
      saved: [],
      setAside: [
        { list: 'storage', entry: 'not json', reason: expect.stringContaining('could not be read') as string },
      ],
    });
  });
});

describe('importJson', () => {
  it('adds what is new, counts what was already here, and keeps the list newest first', () => {
    const { store } = storeWith();
    store.save(card('heat-1995'));
    store.markRead('heat-1995');
    const file = fileOf(
      [
        savedEntry('heat-1995'),
        savedEntry('oldboy-2003', '2030-01-01T00:00:00.000Z'),
        savedEntry('jaws-1975', '2000-01-01T00:00:00.000Z'),
      ],
      [readEntry('heat-1995'), readEntry('oldboy-2003')],
    );
    expect(importJson(store, file)).toEqual({ saved: 2, read: 1, already: 2, invalid: 0 });
    expect(store.getSnapshot().saved.map((entry) => entry.slug)).toEqual(['oldboy-2003', 'heat-1995', 'jaws-1975']);
    expect(store.getSnapshot().read.map((entry) => entry.slug)).toEqual(['heat-1995', 'oldboy-2003']);
  });

  it('adds nothing, and writes nothing, when everything is here already', () => {
    const { store, storage } = storeWith();
    store.markRead('heat-1995');
    const setItem = vi.spyOn(storage, 'setItem');
    expect(importJson(store, fileOf([], [readEntry('heat-1995')]))).toEqual({
      saved: 0,
      read: 0,
      already: 1,
      invalid: 0,
    });
    expect(setItem).not.toHaveBeenCalled();
  });

  it('puts imported read marks in order with those here, most recent first, whatever their offset from UTC', () => {
    const { store } = storeWith();
    store.markRead('heat-1995');
    const file = fileOf(
      [],
      [readEntry('oldboy-2003', '2030-01-01T00:00:00.000Z'), readEntry('jaws-1975', '2030-01-01T00:30:00+01:00')],
    );
    expect(importJson(store, file)).toMatchObject({ read: 2 });
    // 00:30 at UTC+1 is 23:30 the evening before, in UTC.
    expect(store.getSnapshot().read.map((entry) => entry.slug)).toEqual(['oldboy-2003', 'jaws-1975', 'heat-1995']);
  });

  it('checks entries one by one: adds the valid ones and counts the others, those the file had set aside too', () => {
    const { store } = storeWith();
    const file = fileOf(
      [savedEntry('heat-1995'), ratedSeven, 'oldboy-2003'],
      [readEntry('Not A Slug'), readEntry('heat-1995')],
      {
        setAside: [{ list: 'saved', entry: savedEntry('oldboy-2003'), reason: 'unknown genre' }],
      },
    );
    expect(importJson(store, file)).toEqual({ saved: 1, read: 1, already: 0, invalid: 4 });
    // What the file could not give is not stored: it stays in the file.
    expect(store.getSnapshot().setAside).toEqual([]);
  });

  it('reads a version 1 file', () => {
    const { store } = storeWith();
    expect(importJson(store, storedV1([savedEntry('heat-1995')], [readEntry('heat-1995')]))).toMatchObject({
      saved: 1,
      read: 1,
    });
  });

  it.each([
    ['a file that is not JSON', 'Heat, Jaws', 'This file is not JSON: choose a file exported from Reel Notes.'],
    [
      'JSON of the wrong shape',
      JSON.stringify({ saved: ['heat-1995'] }),
      'This file is not a Reel Notes reading list: choose a file exported from Reel Notes.',
    ],
    [
      'a file from a newer version',
      JSON.stringify({ format: 'reel-notes/reading-list', version: 3, saved: [savedEntry('heat-1995')] }),
      'This file comes from a newer version of Reel Notes: reload this page, then import it again.',
    ],
  ])('refuses %s and keeps the list as it was', (_, text, reason) => {
    const { store, storage } = storeWith(storedV1([savedEntry('oldboy-2003')]));
    const before = storage.entries();
    expect(importJson(store, text)).toBe(reason);
    expect(storage.entries()).toEqual(before);
    expect(store.getSnapshot().saved.map((entry) => entry.slug)).toEqual(['oldboy-2003']);
  });

  it('counts nothing when storage is full: nothing was added', () => {
    const { store, storage } = storeWith(undefined, 1_000);
    store.save(card('oldboy-2003'));
    const before = storage.entries();
    const file = fileOf(Array.from({ length: 20 }, (_, index) => savedEntry(`film-${index}`)));
    expect(importJson(store, file)).toBe(
      'Nothing was imported: this browser’s storage is full. Remove a few saved reviews, then try again.',
    );
    expect(storage.entries()).toEqual(before);
    expect(store.getSnapshot().saved).toHaveLength(1);
    expect(storedDocument(storage).saved).toHaveLength(1);
  });

  it('refuses to import into a list a newer version wrote', () => {
    const newer = JSON.stringify({ format: 'reel-notes/reading-list', version: 3, saved: [], read: [] });
    const { store, storage } = storeWith(newer);
    expect(importJson(store, fileOf([savedEntry('heat-1995')]))).toMatch(
      /^Nothing was imported: a newer version of Reel Notes/,
    );
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });
});
