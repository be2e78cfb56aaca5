import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/temp-dirs';
import { textHash } from '../lib/published-hashes';
import { entryName, folderHash, pageCache, prunePageCache } from './page-cache';

const tempDir = tempDirs('page-cache-');

const PARTS = { modules: ['/assets/review.js'], share: { type: 'article' } };

/** The text of the page a lookup found, or null. */
const pageText = (file: string | null) => (file === null ? null : readFileSync(file, 'utf8'));

/** An API of files in memory, answered as the prerenderer's reader answers: the text's hash, or null for none. */
function api(files: Record<string, string>) {
  return (path: string) => (files[path] === undefined ? null : textHash(files[path]));
}

describe('the page cache', () => {
  it('gives a page back while everything it was made from is the same', () => {
    const cache = pageCache(tempDir(), 'renderer-1');
    const kept = cache.store(
      '/reviews/alien-1979',
      PARTS,
      { '/reviews/alien-1979.json': '{"a":1}' },
      '<html>alien</html>',
    );
    const found = cache.lookup('/reviews/alien-1979', PARTS, api({ '/reviews/alien-1979.json': '{"a":1}' }));
    expect(found).toBe(kept);
    expect(pageText(found)).toBe('<html>alien</html>');
  });

  it('has nothing for a page it never stored', () => {
    expect(pageCache(tempDir(), 'renderer-1').lookup('/genres', PARTS, api({}))).toBeNull();
  });

  it('renders again when a file the page read has changed or gone', () => {
    const cache = pageCache(tempDir(), 'renderer-1');
    cache.store('/', PARTS, { '/index.json': '{"build":"a"}' }, '<html>home</html>');
    expect(cache.lookup('/', PARTS, api({ '/index.json': '{"build":"b"}' }))).toBeNull();
    expect(cache.lookup('/', PARTS, api({}))).toBeNull();
  });

  it('renders again when a file the page asked for and did not find is there now', () => {
    const cache = pageCache(tempDir(), 'renderer-1');
    cache.store('/people/x', PARTS, { '/people/x.json': null }, '<html>nobody</html>');
    expect(pageText(cache.lookup('/people/x', PARTS, api({})))).toBe('<html>nobody</html>');
    expect(cache.lookup('/people/x', PARTS, api({ '/people/x.json': '{}' }))).toBeNull();
  });

  it('renders again when what the page is made with besides the API has changed', () => {
    const dir = tempDir();
    pageCache(dir, 'renderer-1').store('/', PARTS, {}, '<html>home</html>');
    expect(pageCache(dir, 'renderer-1').lookup('/', { ...PARTS, modules: ['/assets/other.js'] }, api({}))).toBeNull();
    expect(pageCache(dir, 'renderer-2').lookup('/', PARTS, api({}))).toBeNull();
  });

  it('treats an entry cut short, or without its page, as none', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${entryName('/')}.json`), '{"key":"');
    expect(pageCache(dir, 'renderer-1').lookup('/', PARTS, api({}))).toBeNull();
    pageCache(dir, 'renderer-1').store('/', PARTS, {}, '<html>home</html>');
    rmSync(join(dir, `${entryName('/')}.html`));
    expect(pageCache(dir, 'renderer-1').lookup('/', PARTS, api({}))).toBeNull();
  });

  it('forgets the pages the site no longer has', () => {
    const dir = tempDir();
    const cache = pageCache(dir, 'renderer-1');
    for (const path of ['/', '/reviews/a', '/reviews/b']) cache.store(path, PARTS, {}, path);
    expect(prunePageCache(dir, ['/', '/reviews/b'])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(
      ['/', '/reviews/b'].flatMap((path) => [`${entryName(path)}.html`, `${entryName(path)}.json`]).sort(),
    );
  });
});

describe('a folder’s hash', () => {
  it('changes with any file’s name or bytes, and only then', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'entry-server.js'), 'export {}');
    const first = folderHash(dir);
    expect(folderHash(dir)).toBe(first);
    writeFileSync(join(dir, 'entry-server.js'), 'export { x }');
    expect(folderHash(dir)).not.toBe(first);
    writeFileSync(join(dir, 'chunk.js'), '');
    expect(folderHash(dir)).not.toBe(folderHash(tempDir()));
  });
});
