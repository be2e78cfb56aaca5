import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../tests/temp-dirs';
import { textHash } from '../lib/published-hashes';
import { entryName, folderHash, INDEX_FILE, pageCache, readPageIndex, writePageIndex } from './page-cache';

const tempDir = tempDirs('page-cache-');

const PARTS = { modules: ['/assets/review.js'], share: { type: 'article' } };

/** The text of the page a lookup found, or null. */
const pageText = (file: string | null) => (file === null ? null : readFileSync(file, 'utf8'));

/** An API of files in memory, answered as the prerenderer's reader answers: the text's hash, or null for none. */
function api(files: Record<string, string>) {
  return (path: string) => (files[path] === undefined ? null : textHash(files[path]));
}

/**
 * A cache as a build opens it: with the index the last build wrote. `close`
 * writes the index as the prerenderer does after its workers, for `paths`.
 */
function openCache(dir: string, renderer = 'renderer-1') {
  const cache = pageCache(dir, renderer, readPageIndex(dir));
  const close = (paths: string[]) => writePageIndex(dir, paths, readPageIndex(dir), cache.stored());
  return { ...cache, close };
}

describe('the page cache', () => {
  it('gives a page back while everything it was made from is the same, in this build and the next', () => {
    const dir = tempDir();
    const cache = openCache(dir);
    const kept = cache.store(
      '/reviews/alien-1979',
      PARTS,
      { '/reviews/alien-1979.json': '{"a":1}' },
      '<html>alien</html>',
    );
    cache.close(['/reviews/alien-1979']);
    const next = openCache(dir);
    const found = next.lookup('/reviews/alien-1979', PARTS, api({ '/reviews/alien-1979.json': '{"a":1}' }));
    expect(found).toBe(kept);
    expect(pageText(found)).toBe('<html>alien</html>');
  });

  it('has nothing for a page it never stored', () => {
    expect(openCache(tempDir()).lookup('/genres', PARTS, api({}))).toBeNull();
  });

  it('renders again when a file the page read has changed or gone', () => {
    const dir = tempDir();
    const first = openCache(dir);
    first.store('/', PARTS, { '/index.json': '{"build":"a"}' }, '<html>home</html>');
    first.close(['/']);
    const cache = openCache(dir);
    expect(cache.lookup('/', PARTS, api({ '/index.json': '{"build":"b"}' }))).toBeNull();
    expect(cache.lookup('/', PARTS, api({}))).toBeNull();
  });

  it('renders again when a file the page asked for and did not find is there now', () => {
    const dir = tempDir();
    const first = openCache(dir);
    first.store('/people/x', PARTS, { '/people/x.json': null }, '<html>nobody</html>');
    first.close(['/people/x']);
    const cache = openCache(dir);
    expect(pageText(cache.lookup('/people/x', PARTS, api({})))).toBe('<html>nobody</html>');
    expect(cache.lookup('/people/x', PARTS, api({ '/people/x.json': '{}' }))).toBeNull();
  });

  it('renders again when what the page is made with besides the API has changed', () => {
    const dir = tempDir();
    const first = openCache(dir);
    first.store('/', PARTS, {}, '<html>home</html>');
    first.close(['/']);
    expect(openCache(dir).lookup('/', { ...PARTS, modules: ['/assets/other.js'] }, api({}))).toBeNull();
    expect(openCache(dir, 'renderer-2').lookup('/', PARTS, api({}))).toBeNull();
  });

  it('treats an index cut short as none, and an entry without its page as none', () => {
    const dir = tempDir();
    writeFileSync(join(dir, INDEX_FILE), '{"key":"');
    expect(openCache(dir).lookup('/', PARTS, api({}))).toBeNull();
    const first = openCache(dir);
    const kept = first.store('/', PARTS, {}, '<html>home</html>');
    first.close(['/']);
    rmSync(kept);
    expect(openCache(dir).lookup('/', PARTS, api({}))).toBeNull();
  });

  it('never gives back a page rendered for other inputs by a build that stopped before writing its index', () => {
    const dir = tempDir();
    const first = openCache(dir);
    first.store('/', PARTS, { '/index.json': 'a' }, '<html>from a</html>');
    first.close(['/']);
    // The next build renders the page for other answers, then stops: its index is never written.
    openCache(dir).store('/', PARTS, { '/index.json': 'b' }, '<html>from b</html>');
    // The answers are back as they were: the page made from them, not the newer one.
    expect(pageText(openCache(dir).lookup('/', PARTS, api({ '/index.json': 'a' })))).toBe('<html>from a</html>');
  });

  it('forgets the pages the site no longer has, pages replaced, and pages no index names', () => {
    const dir = tempDir();
    const first = openCache(dir);
    for (const path of ['/', '/reviews/a', '/reviews/b']) first.store(path, PARTS, {}, path);
    first.close(['/', '/reviews/a', '/reviews/b']);
    const second = openCache(dir);
    second.store('/', PARTS, { '/index.json': 'new' }, 'home, again');
    writeFileSync(join(dir, 'left-by-a-stopped-build.html'), '');
    expect(second.close(['/', '/reviews/b'])).toBe(3);
    const index = readPageIndex(dir);
    expect([...index.keys()].sort()).toEqual(['/', '/reviews/b'].map(entryName).sort());
    expect(readdirSync(dir).sort()).toEqual([INDEX_FILE, ...[...index.values()].map((entry) => entry.page)].sort());
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
