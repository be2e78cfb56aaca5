import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/temp-dirs';
import { CONTENT_DIR } from '../lib/project-paths';
import { parseCache } from './parse-cache';
import { parseMissing } from './parse-in-parallel';
import { readReviewFile } from './review-file';

const tempDir = tempDirs('parse-in-parallel-');

/** Some of the sample's review files, by name, with their text. */
const sample = readdirSync(CONTENT_DIR)
  .filter((name) => name.endsWith('.md'))
  .slice(0, 6)
  .map((name): [string, string] => [name, readFileSync(join(CONTENT_DIR, name), 'utf8')]);

describe('reading review files in worker threads', () => {
  it('fills the parse cache with exactly what reading each file on this thread gives', async () => {
    const dir = tempDir();
    const cache = parseCache(dir);
    expect(await parseMissing(cache, sample, { worthWorkers: 2 })).toBe(sample.length);
    for (const [name, source] of sample) {
      expect(cache.has(name, source), name).toBe(true);
      const cached = cache.cached(() => {
        throw new Error(`${name} was read again`);
      }, new Map());
      expect(cached(name, () => source)).toEqual(JSON.parse(JSON.stringify(readReviewFile(name, source))));
    }
    // Nothing left to read: no workers.
    expect(await parseMissing(cache, sample, { worthWorkers: 2 })).toBe(0);
  }, 60_000);

  it('starts no workers for fewer files than are worth them', async () => {
    const dir = tempDir();
    expect(await parseMissing(parseCache(dir), sample, { worthWorkers: 100 })).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
