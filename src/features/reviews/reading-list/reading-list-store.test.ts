import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  card,
  MemoryStorage,
  openTabs,
  readEntry,
  savedEntry,
  storedDocument,
  storedV1,
  ticking,
} from '../../../../tests/reading-list-helpers';
import {
  createReadingListStore,
  readingList,
  STORAGE_KEY,
  UNREADABLE,
  type ReadingListStore,
} from './reading-list-store';
import { parseDocument } from './reading-list-document';

/** A store over `storage`, with a clock that moves a second per change. */
function storeOver(storage: Storage, events?: EventTarget): ReadingListStore {
  return createReadingListStore({ storage: () => storage, events, now: ticking() });
}

const slugsOf = (entries: readonly { slug: string }[]) => entries.map((entry) => entry.slug);

/** A storage holding `text` as the reading list. */
function holding(text: string, capacity?: number): MemoryStorage {
  const storage = new MemoryStorage(capacity);
  storage.setItem(STORAGE_KEY, text);
  return storage;
}

const ratedSeven = savedEntry('jaws-1975', '2024-06-02T10:00:00.000Z', card('jaws-1975', { rating: 7 }));

describe('the reading list store', () => {
  it('starts empty, and writes nothing until the reader changes something', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    expect(store.getSnapshot()).toEqual({ saved: [], read: [], setAside: [], newer: false });
    expect(storage.length).toBe(0);
  });

  it('keeps a saved review, most recently saved first, in a version 2 document', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    expect(store.save(card('oldboy-2003'))).toBeUndefined();
    expect(store.save(card('ballerina-2023'))).toBeUndefined();
    expect(slugsOf(store.getSnapshot().saved)).toEqual(['ballerina-2023', 'oldboy-2003']);
    expect(store.getSnapshot().saved[0]!.card).toEqual(card('ballerina-2023'));
    const document = storedDocument(storage);
    expect(document).toMatchObject({ format: 'reel-notes/reading-list', version: 2, read: [], setAside: [] });
    expect(slugsOf(document.saved as { slug: string }[])).toEqual(['ballerina-2023', 'oldboy-2003']);
    // Another tab opened now reads the same list.
    expect(slugsOf(storeOver(storage).getSnapshot().saved)).toEqual(['ballerina-2023', 'oldboy-2003']);
  });

  it('moves a review saved again to the top, once', () => {
    const store = storeOver(new MemoryStorage());
    store.save(card('oldboy-2003'));
    store.save(card('ballerina-2023'));
    const first = store.getSnapshot().saved[1]!.savedAt;
    store.save(card('oldboy-2003'));
    expect(slugsOf(store.getSnapshot().saved)).toEqual(['oldboy-2003', 'ballerina-2023']);
    expect(store.getSnapshot().saved[0]!.savedAt > first).toBe(true);
  });

  it('unsaves, and marks as read and unread, telling its subscribers each time', () => {
    const store = storeOver(new MemoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.save(card('oldboy-2003'));
    store.markRead('oldboy-2003');
    store.markRead('jaws-1975');
    expect(slugsOf(store.getSnapshot().read)).toEqual(['jaws-1975', 'oldboy-2003']);
    store.save(card('heat-1995'));
    expect(store.unsave('oldboy-2003')).toBeUndefined();
    expect(store.markUnread('jaws-1975')).toBeUndefined();
    expect(store.getSnapshot()).toMatchObject({ saved: [{ slug: 'heat-1995' }], read: [{ slug: 'oldboy-2003' }] });
    expect(listener).toHaveBeenCalledTimes(6);
    unsubscribe();
    store.markUnread('oldboy-2003');
    expect(listener).toHaveBeenCalledTimes(6);
  });

  it('changes nothing stored for a change that changes nothing', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    store.save(card('oldboy-2003'));
    store.markRead('oldboy-2003');
    const before = storage.getItem(STORAGE_KEY);
    const setItem = vi.spyOn(storage, 'setItem');
    expect(store.markRead('oldboy-2003')).toBeUndefined();
    expect(store.unsave('jaws-1975')).toBeUndefined();
    expect(store.markUnread('jaws-1975')).toBeUndefined();
    expect(setItem).not.toHaveBeenCalled();
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(slugsOf(store.getSnapshot().read)).toEqual(['oldboy-2003']);
  });

  it('gives the same snapshot until something changes', () => {
    const store = storeOver(holding(storedV1([savedEntry('oldboy-2003')])));
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.markRead('oldboy-2003');
    expect(store.getSnapshot()).not.toBe(first);
  });
});

describe('a stored list written by another version', () => {
  it('reads a version 1 list (the first shape) and writes it back as version 2, every entry kept', () => {
    const storage = holding(
      storedV1(
        [savedEntry('oldboy-2003', '2024-06-02T10:00:00.000Z'), savedEntry('ballerina-2023')],
        [readEntry('oldboy-2003')],
      ),
    );
    const store = storeOver(storage);
    expect(slugsOf(store.getSnapshot().saved)).toEqual(['oldboy-2003', 'ballerina-2023']);
    store.save(card('jaws-1975'));
    const document = storedDocument(storage);
    expect(document.version).toBe(2);
    expect(slugsOf(document.saved as { slug: string }[])).toEqual(['jaws-1975', 'oldboy-2003', 'ballerina-2023']);
    expect(document.read).toEqual([readEntry('oldboy-2003')]);
    expect(document.setAside).toEqual([]);
  });

  it('shows a newer version’s list as far as it can, and never writes over it', () => {
    const text = JSON.stringify({
      format: 'reel-notes/reading-list',
      version: 3,
      saved: [savedEntry('oldboy-2003'), { slug: 'jaws-1975', card: { id: 7 } }],
      read: [readEntry('oldboy-2003')],
      collections: [{ name: 'Weekend', slugs: ['oldboy-2003'] }],
    });
    const storage = holding(text);
    const store = storeOver(storage);
    expect(store.getSnapshot()).toMatchObject({ newer: true, saved: [{ slug: 'oldboy-2003' }] });
    expect(store.save(card('ballerina-2023'))).toBe('newer');
    expect(store.markUnread('oldboy-2003')).toBe('newer');
    expect(storage.getItem(STORAGE_KEY)).toBe(text);
    expect(storage.length).toBe(1);
  });

  it('refuses the write of a tab that read an older list, once a newer version has written it', () => {
    const storage = new MemoryStorage();
    const store = storeOver(storage);
    store.save(card('oldboy-2003'));
    const newer = JSON.stringify({ format: 'reel-notes/reading-list', version: 9, saved: [], read: [] });
    storage.setItem(STORAGE_KEY, newer);
    expect(store.save(card('ballerina-2023'))).toBe('newer');
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(store.getSnapshot().newer).toBe(true);
  });
});

describe('stored entries that fail their check', () => {
  it('sets a bad entry aside and keeps every other: /saved still shows them, and Save keeps them all', () => {
    const storage = holding(storedV1([savedEntry('oldboy-2003'), ratedSeven, savedEntry('ballerina-2023')]));
    const store = storeOver(storage);
    const list = store.getSnapshot();
    expect(slugsOf(list.saved)).toEqual(['oldboy-2003', 'ballerina-2023']);
    expect(list.setAside).toEqual([
      { list: 'saved', entry: ratedSeven, reason: expect.stringMatching(/received 7[\s\S]*at card\.rating/) as string },
    ]);

    expect(store.save(card('heat-1995'))).toBeUndefined();
    const document = storedDocument(storage);
    expect(slugsOf(document.saved as { slug: string }[])).toEqual(['heat-1995', 'oldboy-2003', 'ballerina-2023']);
    expect(document.setAside).toEqual([list.setAside[0]]);
    // And it stays set aside through later changes.
    store.unsave('heat-1995');
    expect(storedDocument(storage).setAside).toEqual([list.setAside[0]]);
  });

  it.each([
    ['a read mark with a broken slug', { saved: [], read: [readEntry('Not A Slug'), readEntry('heat-1995')] }, 'read'],
    ['a read mark without a time', { saved: [], read: [{ slug: 'jaws-1975' }, readEntry('heat-1995')] }, 'read'],
    [
      'a card of another review',
      { saved: [savedEntry('jaws-1975', undefined, card('heat-1995')), savedEntry('heat-1995')], read: [] },
      'saved',
    ],
    ['an entry that is not an object', { saved: ['heat-1995', savedEntry('heat-1995')], read: [] }, 'saved'],
  ])('sets aside %s', (_, { saved, read }, list) => {
    const store = storeOver(holding(storedV1(saved, read)));
    const snapshot = store.getSnapshot();
    expect(snapshot.setAside).toHaveLength(1);
    expect(snapshot.setAside[0]).toEqual({
      list,
      entry: (list === 'saved' ? saved : read)[0],
      reason: expect.stringMatching(/^× /) as string,
    });
    expect(slugsOf([...snapshot.saved, ...snapshot.read])).toEqual(['heat-1995']);
  });

  it('sets aside a list that is not a list, whole', () => {
    const text = JSON.stringify({ format: 'reel-notes/reading-list', version: 1, saved: { slug: 'x' }, read: 'none' });
    const store = storeOver(holding(text));
    expect(store.getSnapshot().setAside).toEqual([
      { list: 'saved', entry: { slug: 'x' }, reason: 'not a list' },
      { list: 'read', entry: 'none', reason: 'not a list' },
    ]);
  });

  it('keeps the first of two entries for the same review', () => {
    const store = storeOver(
      holding(storedV1([savedEntry('heat-1995', '2024-06-03T00:00:00.000Z'), savedEntry('heat-1995')], [])),
    );
    expect(store.getSnapshot().saved).toEqual([savedEntry('heat-1995', '2024-06-03T00:00:00.000Z')]);
    expect(store.getSnapshot().setAside).toEqual([]);
  });

  it('keeps entries set aside before as they are, whatever they are', () => {
    const setAside = [
      { list: 'saved', entry: ratedSeven, reason: 'old reason' },
      { list: 'storage', entry: 'garbage', reason: 'not JSON' },
      'a stray string',
    ];
    const text = JSON.stringify({ format: 'reel-notes/reading-list', version: 2, saved: [], read: [], setAside });
    const storage = holding(text);
    const store = storeOver(storage);
    expect(store.getSnapshot().setAside).toEqual(setAside);
    store.markRead('heat-1995');
    expect(storedDocument(storage).setAside).toEqual(setAside);
  });

  it('keeps a set-aside list that is no list, as one entry', () => {
    const text = JSON.stringify({ format: 'reel-notes/reading-list', version: 2, saved: [], read: [], setAside: 7 });
    expect(storeOver(holding(text)).getSnapshot().setAside).toEqual([7]);
  });
});

const NOT_OURS = 'not a Reel Notes reading list';

describe('stored text that is not a reading list', () => {
  it.each([
    ['not JSON', '{"format": "reel-notes/reading-list", "version": 2, "saved": [', 'not JSON'],
    ['JSON of another kind', '[1, 2, 3]', NOT_OURS],
    ['null', 'null', NOT_OURS],
    ['another format', '{"format": "other", "version": 1}', NOT_OURS],
    ['a version that is no version', '{"format": "reel-notes/reading-list", "version": "2"}', NOT_OURS],
    ['version 0', '{"format": "reel-notes/reading-list", "version": 0, "saved": []}', NOT_OURS],
    ['version 1.5', '{"format": "reel-notes/reading-list", "version": 1.5, "saved": []}', NOT_OURS],
  ])('keeps %s: shown as set aside, and kept inside the list from its first change', (_, text, why) => {
    const storage = holding(text);
    const store = storeOver(storage);
    const kept = { list: 'storage', entry: text, reason: `${UNREADABLE} (${why}).` };
    expect(store.getSnapshot()).toEqual({ saved: [], read: [], setAside: [kept], newer: false });
    expect(parseDocument(text)).toEqual({ kind: 'unreadable', reason: why });
    expect(storage.entries()).toEqual({ [STORAGE_KEY]: text });

    expect(store.save(card('heat-1995'))).toBeUndefined();
    expect(storedDocument(storage)).toMatchObject({ version: 2, saved: [{ slug: 'heat-1995' }], setAside: [kept] });
    expect(store.getSnapshot().setAside).toEqual([kept]);
    // Through later changes, and in a tab opened later.
    store.unsave('heat-1995');
    expect(storeOver(storage).getSnapshot().setAside).toEqual([kept]);
  });

  it('changes nothing when the list with the kept text does not fit', () => {
    const text = 'x'.repeat(100);
    const storage = holding(text, 150);
    const store = storeOver(storage);
    expect(store.save(card('heat-1995'))).toBe('full');
    expect(storage.entries()).toEqual({ [STORAGE_KEY]: text });
    expect(store.getSnapshot().saved).toEqual([]);
  });

  it('changes nothing stored for a change that changes nothing', () => {
    const storage = holding('not json');
    expect(storeOver(storage).unsave('heat-1995')).toBeUndefined();
    expect(storage.entries()).toEqual({ [STORAGE_KEY]: 'not json' });
  });
});

describe('storage that cannot keep a change', () => {
  it('refuses a save when storage is full, and keeps what was there', () => {
    const storage = new MemoryStorage(700);
    const store = storeOver(storage);
    expect(store.save(card('oldboy-2003'))).toBeUndefined();
    const before = storage.getItem(STORAGE_KEY);
    const snapshot = store.getSnapshot();
    expect(store.save(card('ballerina-2023', { standfirst: 'x'.repeat(500) }))).toBe('full');
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    expect(slugsOf(store.getSnapshot().saved)).toEqual(['oldboy-2003']);
    expect(store.getSnapshot()).toEqual(snapshot);
    // A smaller change still fits.
    expect(store.markRead('oldboy-2003')).toBeUndefined();
  });

  it.each([
    ['QuotaExceededError', 'full'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'full'],
    ['SecurityError', 'blocked'],
  ] as const)('calls a write that fails with %s "%s"', (name, problem) => {
    const storage = new MemoryStorage();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('No', name);
    });
    const store = storeOver(storage);
    expect(store.markRead('heat-1995')).toBe(problem);
    expect(store.getSnapshot().read).toEqual([]);
  });

  it('calls a write that fails with anything else "blocked"', () => {
    const storage = new MemoryStorage();
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new TypeError('storage is gone');
    });
    expect(storeOver(storage).markRead('heat-1995')).toBe('blocked');
  });

  it('says storage is blocked where the browser refuses it altogether', () => {
    const store = createReadingListStore({
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(store.getSnapshot()).toEqual({ saved: [], read: [], setAside: [], newer: false });
    expect(store.save(card('heat-1995'))).toBe('blocked');
    expect(store.getSnapshot().saved).toEqual([]);
  });
});

describe('two tabs', () => {
  it('lose nothing when both save before hearing of each other', () => {
    const storage = new MemoryStorage();
    const { tabs, deliver } = openTabs(storage, 2);
    const [a, b] = tabs.map((tab) => tab.store) as [ReadingListStore, ReadingListStore];
    expect(a.getSnapshot().saved).toEqual([]);
    expect(b.getSnapshot().saved).toEqual([]);
    a.save(card('oldboy-2003'));
    b.save(card('ballerina-2023'));
    b.markRead('oldboy-2003');
    expect(slugsOf(b.getSnapshot().saved).sort()).toEqual(['ballerina-2023', 'oldboy-2003']);
    // A has not heard yet; then it has.
    expect(slugsOf(a.getSnapshot().saved)).toEqual(['oldboy-2003']);
    const listener = vi.fn();
    a.subscribe(listener);
    deliver();
    expect(listener).toHaveBeenCalled();
    expect(a.getSnapshot()).toEqual(b.getSnapshot());
    expect(slugsOf(storedDocument(storage).saved as { slug: string }[]).sort()).toEqual([
      'ballerina-2023',
      'oldboy-2003',
    ]);
  });

  it('hear of a cleared storage, and ignore other keys', () => {
    const events = new EventTarget();
    const storage = new MemoryStorage();
    const store = storeOver(storage, events);
    store.save(card('oldboy-2003'));
    const snapshot = store.getSnapshot();
    storage.setItem('reel-notes:show-spoilers', 'true');
    events.dispatchEvent(new StorageEvent('storage', { key: 'reel-notes:show-spoilers' }));
    expect(store.getSnapshot()).toBe(snapshot);
    storage.clear();
    events.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(store.getSnapshot().saved).toEqual([]);
  });

  it('read storage afresh when first asked, not when told before', () => {
    const events = new EventTarget();
    const storage = holding(storedV1([savedEntry('oldboy-2003')]));
    const load = vi.spyOn(storage, 'getItem');
    const store = storeOver(storage, events);
    events.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(load).not.toHaveBeenCalled();
    expect(slugsOf(store.getSnapshot().saved)).toEqual(['oldboy-2003']);
  });
});

describe('this device’s reading list', () => {
  afterEach(() => localStorage.clear());

  it('lives in localStorage and hears of other tabs through the window', () => {
    expect(readingList.save(card('heat-1995'))).toBeUndefined();
    expect(storedDocument(localStorage)).toMatchObject({ saved: [{ slug: 'heat-1995' }] });
    localStorage.setItem(STORAGE_KEY, storedV1([savedEntry('jaws-1975')]));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(slugsOf(readingList.getSnapshot().saved)).toEqual(['jaws-1975']);
  });
});
