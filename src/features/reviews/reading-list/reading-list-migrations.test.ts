import { describe, expect, it } from 'vitest';
import { savedEntry, readEntry } from '../../../../tests/reading-list-helpers';
import { parseDocument, VERSION } from './reading-list-document';
import { migrate, MIGRATIONS } from './reading-list-migrations';

const v1 = {
  format: 'reel-notes/reading-list',
  version: 1,
  saved: [savedEntry('heat-1995')],
  read: [readEntry('jaws-1975')],
};

describe('reading list migrations', () => {
  it('have one step from every version before the current one, each to the next version', () => {
    for (let version = 1; version < VERSION; version++) {
      const step = MIGRATIONS[version];
      expect(step, `a migration from version ${version}`).toBeTypeOf('function');
      expect(step!({ format: 'reel-notes/reading-list', version }).version).toBe(version + 1);
    }
    expect(Object.keys(MIGRATIONS).map(Number).sort()).toEqual(Array.from({ length: VERSION - 1 }, (_, i) => i + 1));
  });

  it('bring a version 1 list to the current version with every entry and nothing set aside', () => {
    const migrated = migrate(v1, 1, VERSION);
    expect(migrated).toEqual({ ...v1, version: VERSION, setAside: [] });
    // The input is left as it was.
    expect(v1.version).toBe(1);
    const parsed = parseDocument(JSON.stringify(v1));
    expect(parsed).toMatchObject({
      kind: 'list',
      list: { saved: [savedEntry('heat-1995')], read: [readEntry('jaws-1975')], setAside: [] },
    });
  });

  it('leave a current document as it is', () => {
    const current = { ...v1, version: VERSION, setAside: [] };
    expect(migrate(current, VERSION, VERSION)).toBe(current);
  });

  it('say so when a step is missing, instead of passing an old document off as new', () => {
    expect(() => migrate({ version: 0 }, 0, VERSION)).toThrow(TypeError);
  });
});
