import { describe, expect, it } from 'vitest';
import { card, savedEntry, storedV1 } from '../../../../tests/reading-list-helpers';
import { emptyList, parseDocument, writeDocument, type SavedEntry } from './reading-list-document';

describe('parseDocument', () => {
  it('reads nothing stored as an empty list', () => {
    expect(parseDocument(null)).toEqual({ kind: 'list', list: emptyList() });
  });

  it('says why it sets aside a saved entry whose card is another review’s', () => {
    const parsed = parseDocument(storedV1([savedEntry('jaws-1975', undefined, card('heat-1995'))]));
    expect(parsed).toMatchObject({ kind: 'list', list: { saved: [], setAside: [{ list: 'saved' }] } });
    const [kept] = (parsed as { list: { setAside: { reason: string }[] } }).list.setAside;
    expect(kept!.reason).toContain('Invalid card: another review’s');
  });

  it('writes what it reads back the same', () => {
    const text = writeDocument({ saved: [savedEntry('heat-1995') as SavedEntry], read: [], setAside: ['kept'] });
    expect(JSON.parse(text)).toEqual({
      format: 'reel-notes/reading-list',
      version: 2,
      saved: [savedEntry('heat-1995')],
      read: [],
      setAside: ['kept'],
    });
    expect(parseDocument(text)).toEqual({
      kind: 'list',
      list: { saved: [savedEntry('heat-1995')], read: [], setAside: ['kept'] },
    });
  });
});
