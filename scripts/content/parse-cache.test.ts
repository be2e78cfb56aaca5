import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../../tests/temp-dirs';
import { parseCache } from './parse-cache';

const tempDir = tempDirs('parse-cache-');

/** A reader that says what it read, and counts how often it was asked. */
const counting = () =>
  vi.fn((fileName: string, source: string) => ({ fileName, words: source.split(' '), image: undefined }));

describe('the parse cache', () => {
  it('reads a file once, and gives the same reading to a later run', () => {
    const dir = tempDir();
    const read = counting();
    const first = parseCache(dir).cached(read)('alien-1979.md', 'a haunted house');
    const later = parseCache(dir).cached(read)('alien-1979.md', 'a haunted house');
    expect(read).toHaveBeenCalledTimes(1);
    expect(later).toEqual(first);
    expect(first).toEqual({ fileName: 'alien-1979.md', words: ['a', 'haunted', 'house'] });
  });

  it('gives what JSON keeps on the first run too, so both runs publish the same bytes', () => {
    const reading = parseCache(tempDir()).cached(counting())('alien-1979.md', 'text');
    expect(Object.keys(reading)).toEqual(['fileName', 'words']);
  });

  it('reads a file again once its text or its name has changed', () => {
    const dir = tempDir();
    const read = counting();
    parseCache(dir).cached(read)('alien-1979.md', 'a haunted house');
    expect(parseCache(dir).cached(read)('alien-1979.md', 'a haunted house in space').words).toHaveLength(5);
    parseCache(dir).cached(read)('aliens-1986.md', 'a haunted house');
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('reads the file itself when an entry cannot be read', () => {
    const dir = tempDir();
    const read = counting();
    parseCache(dir).cached(read)('alien-1979.md', 'text');
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"fileName":');
    expect(parseCache(dir).cached(read)('alien-1979.md', 'text').words).toEqual(['text']);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('forgets the readings no file of this run needed', () => {
    const dir = tempDir();
    const read = counting();
    const before = parseCache(dir);
    before.cached(read)('a.md', 'one');
    before.cached(read)('b.md', 'two');
    const now = parseCache(dir);
    now.cached(read)('a.md', 'one');
    now.prune();
    expect(readdirSync(dir)).toHaveLength(1);
    parseCache(dir).cached(read)('a.md', 'one');
    expect(read).toHaveBeenCalledTimes(2);
  });
});
