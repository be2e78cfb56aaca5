import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../../tests/temp-dirs';
import { parseCache } from './parse-cache';

const tempDir = tempDirs('parse-cache-');

/** The files in the cache's folder: its shards, and nothing else. */
const shards = (dir: string) => {
  const names = readdirSync(dir);
  expect(
    names.every((name) => /^readings-\d\d\.json$/.test(name)),
    names.join(),
  ).toBe(true);
  return names;
};

/** A reader that says what it read, and counts how often it was asked. */
const counting = () =>
  vi.fn((fileName: string, source: string) => ({ fileName, words: source.split(' '), image: undefined }));

/** A stamp as the disk gives it: modified an hour ago, so to be trusted. */
const HOUR_AGO = Date.now() - 3_600_000;
const stamp = (size: number, inode = 7) => `${size}:${HOUR_AGO}:${HOUR_AGO}:${inode}`;

/** One run: opens the cache, reads these files (name, text, stamp), saves it; returns the readings. */
function run(dir: string, read: ReturnType<typeof counting>, files: [name: string, text: string, stamp?: string][]) {
  const cache = parseCache(dir);
  const stamps = new Map(files.flatMap(([name, , fileStamp]) => (fileStamp ? [[name, fileStamp] as const] : [])));
  const sources: string[] = [];
  const readings = files.map(([name, text]) =>
    cache.cached(read, stamps)(name, () => {
      sources.push(name);
      return text;
    }),
  );
  cache.save();
  return { readings, sources };
}

describe('the parse cache', () => {
  it('reads a file once, and gives the same reading to a later run', () => {
    const dir = tempDir();
    const read = counting();
    const first = run(dir, read, [['alien-1979.md', 'a haunted house']]).readings[0];
    const later = run(dir, read, [['alien-1979.md', 'a haunted house']]).readings[0];
    expect(read).toHaveBeenCalledTimes(1);
    expect(later).toEqual(first);
    expect(first).toEqual({ fileName: 'alien-1979.md', words: ['a', 'haunted', 'house'] });
    expect(shards(dir)).toHaveLength(1);
  });

  it('gives what JSON keeps on the first run too, so both runs publish the same bytes', () => {
    const { readings } = run(tempDir(), counting(), [['alien-1979.md', 'text']]);
    expect(Object.keys(readings[0]!)).toEqual(['fileName', 'words']);
  });

  it('reads a file again once its text or its name has changed', () => {
    const dir = tempDir();
    const read = counting();
    run(dir, read, [['alien-1979.md', 'a haunted house']]);
    expect(run(dir, read, [['alien-1979.md', 'a haunted house in space']]).readings[0]!.words).toHaveLength(5);
    run(dir, read, [['aliens-1986.md', 'a haunted house']]);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('does not read the text of a file whose stamp is the same, and reads it when the stamp changes', () => {
    const dir = tempDir();
    const read = counting();
    run(dir, read, [['alien-1979.md', 'a haunted house', stamp(15)]]);
    const same = run(dir, read, [['alien-1979.md', 'never read', stamp(15)]]);
    expect(same.sources).toEqual([]);
    expect(same.readings[0]!.words).toEqual(['a', 'haunted', 'house']);
    // Another stamp: the text is read, and parsed again only if it differs.
    const touched = run(dir, read, [['alien-1979.md', 'a haunted house', stamp(15, 8)]]);
    expect(touched.sources).toEqual(['alien-1979.md']);
    expect(read).toHaveBeenCalledTimes(1);
    expect(run(dir, read, [['alien-1979.md', 'in space', stamp(8)]]).readings[0]!.words).toEqual(['in', 'space']);
  });

  it('does not trust the stamp of a file written just before it was read', () => {
    const dir = tempDir();
    const read = counting();
    const now = `15:${Date.now()}:${Date.now()}:7`;
    run(dir, read, [['alien-1979.md', 'a haunted house', now]]);
    // Written again in the same instant, the same size: only its text can tell.
    const again = run(dir, read, [['alien-1979.md', 'a haunted hotel', now]]);
    expect(again.sources).toEqual(['alien-1979.md']);
    expect(again.readings[0]!.words).toEqual(['a', 'haunted', 'hotel']);
  });

  it('reads the files themselves when its file cannot be read, or was written by other code', () => {
    const dir = tempDir();
    const read = counting();
    run(dir, read, [['alien-1979.md', 'text', stamp(4)]]);
    for (const name of shards(dir)) writeFileSync(join(dir, name), '{"code":');
    expect(run(dir, read, [['alien-1979.md', 'text', stamp(4)]]).readings[0]!.words).toEqual(['text']);
    for (const name of shards(dir)) writeFileSync(join(dir, name), '{"code":"older","entries":{}}');
    run(dir, read, [['alien-1979.md', 'text', stamp(4)]]);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('writes again only the shards whose readings changed', () => {
    const dir = tempDir();
    const read = counting();
    const files = Array.from({ length: 200 }, (_, index): [string, string, string] => [
      `r${index}.md`,
      `text ${index}`,
      stamp(6 + index),
    ]);
    run(dir, read, files);
    expect(shards(dir).length).toBeGreaterThan(32);
    const before = new Map(shards(dir).map((name) => [name, statSync(join(dir, name)).ino]));
    files[0] = ['r0.md', 'edited', stamp(6, 99)];
    run(dir, read, files);
    const rewritten = shards(dir).filter((name) => statSync(join(dir, name)).ino !== before.get(name));
    expect(rewritten).toHaveLength(1);
    expect(read).toHaveBeenCalledTimes(201);
  });

  it('forgets the readings no file of this run needed, and an older layout’s files', () => {
    const dir = tempDir();
    const read = counting();
    writeFileSync(join(dir, 'an-entry-of-the-older-layout.json'), '{}');
    run(dir, read, [
      ['a.md', 'one'],
      ['b.md', 'two'],
    ]);
    run(dir, read, [['a.md', 'one']]);
    expect(readdirSync(dir)).not.toContain('an-entry-of-the-older-layout.json');
    shards(dir);
    run(dir, read, [['b.md', 'two']]);
    expect(read).toHaveBeenCalledTimes(3);
  });
});
