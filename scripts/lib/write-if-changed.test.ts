import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyIfChanged, linkIfChanged, linkTree, listFiles, removeLeftovers, writeIfChanged } from './write-if-changed';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'write-if-changed-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const minuteAgo = () => new Date(Date.now() - 60_000);

/** A file as an older build left it: written a minute ago. */
function olderFile(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, minuteAgo(), minuteAgo());
  return file;
}

describe('writeIfChanged', () => {
  it('writes a new file, and its folders', () => {
    expect(writeIfChanged(join(dir, 'reviews', 'a', 'index.html'), 'A')).toBe(true);
    expect(readFileSync(join(dir, 'reviews', 'a', 'index.html'), 'utf8')).toBe('A');
  });

  it('leaves a file with the same bytes unwritten, marked as this build’s by its time', () => {
    const file = olderFile('index.html', 'same');
    const inode = statSync(file).ino;
    const started = Date.now();
    expect(writeIfChanged(file, Buffer.from('same'))).toBe(false);
    expect(statSync(file).ino).toBe(inode);
    // To the millisecond: a time set in seconds comes back a hair under (1796633972815.999).
    expect(statSync(file).mtimeMs).toBeGreaterThan(started - 1);
  });

  it('writes a file whose bytes differ, even at the same length', () => {
    const file = olderFile('feed.xml', 'abc');
    expect(writeIfChanged(file, 'abd')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('abd');
  });

  it('copies only what differs', () => {
    const from = olderFile('cache/a.png', 'png bytes');
    expect(copyIfChanged(from, join(dir, 'share', 'a.png'))).toBe(true);
    expect(copyIfChanged(from, join(dir, 'share', 'a.png'))).toBe(false);
  });
});

describe('linkIfChanged', () => {
  it('links a cache’s file into the build, then finds it linked and only marks it', () => {
    const kept = olderFile('cache/page.html', 'page');
    const file = join(dir, 'site', 'reviews', 'a', 'index.html');
    const started = Date.now();
    expect(linkIfChanged(kept, file)).toBe(true);
    expect(statSync(file).ino).toBe(statSync(kept).ino);
    // Marked as this build's, or the leftovers' sweep would take it for an older build's.
    expect(statSync(file).mtimeMs).toBeGreaterThan(started - 1);
    expect(linkIfChanged(kept, file)).toBe(false);
  });

  it('replaces an older build’s file with the link, counted as written only when its bytes differ', () => {
    const kept = olderFile('cache/page.html', 'page');
    const same = olderFile('site/same/index.html', 'page');
    const changed = olderFile('site/changed/index.html', 'older page');
    expect(linkIfChanged(kept, same)).toBe(false);
    expect(linkIfChanged(kept, changed)).toBe(true);
    expect(statSync(same).ino).toBe(statSync(kept).ino);
    expect(readFileSync(changed, 'utf8')).toBe('page');
  });

  it('leaves the cache’s file as it was when the build’s file is written over', () => {
    const kept = olderFile('cache/page.html', 'page');
    const file = join(dir, 'site', 'index.html');
    linkIfChanged(kept, file);
    writeIfChanged(file, 'a new page');
    expect(readFileSync(kept, 'utf8')).toBe('page');
    expect(readFileSync(file, 'utf8')).toBe('a new page');
  });
});

describe('removeLeftovers', () => {
  it('removes what was neither written nor marked since the build started, and the folders it empties', () => {
    const kept = olderFile('reviews/a/index.html', 'a');
    const gone = olderFile('reviews/b/index.html', 'b');
    const goneDeep = olderFile('builds/0123/cards/7.json', '{}');
    const started = Date.now();
    writeIfChanged(kept, 'a');
    writeIfChanged(join(dir, 'reviews', 'c', 'index.html'), 'c');
    expect(removeLeftovers(dir, started)).toBe(2);
    expect([kept, join(dir, 'reviews', 'c', 'index.html')].every((file) => existsSync(file))).toBe(true);
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(dirname(gone)), 'an emptied folder').toBe(false);
    expect(existsSync(join(dir, 'builds')), 'a folder emptied by its emptied children').toBe(false);
    expect(existsSync(goneDeep)).toBe(false);
    expect(existsSync(dir), 'never the folder itself').toBe(true);
  });

  it('leaves out the folders swept already, and finds the same leftovers elsewhere', () => {
    const inSwept = olderFile('api/v2/reviews/a.json', '{}');
    const elsewhere = olderFile('reviews/b/index.html', 'b');
    const started = Date.now();
    expect(removeLeftovers(dir, started, [join(dir, 'api', 'v2/')])).toBe(1);
    expect(existsSync(inSwept), 'not walked').toBe(true);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('takes the files from a listing made at the start: one a step removed, or made, since is no leftover', async () => {
    const kept = olderFile('reviews/a/index.html', 'a');
    const gone = olderFile('reviews/b/index.html', 'b');
    const removedByStep = olderFile('reviews/c/index.html', 'c');
    const inSwept = olderFile('api/v2/reviews/a.json', '{}');
    const listed = await listFiles(dir);
    expect(listed.map((file) => relative(dir, file).split(sep).join('/')).sort()).toEqual([
      'api/v2/reviews/a.json',
      'reviews/a/index.html',
      'reviews/b/index.html',
      'reviews/c/index.html',
    ]);
    const started = Date.now();
    writeIfChanged(kept, 'a');
    rmSync(removedByStep);
    // Never listed, so never a leftover: even one that looks older (a link to a cache's file, say).
    const unlisted = olderFile('reviews/d/index.html', 'd');
    expect(removeLeftovers(dir, started, [join(dir, 'api', 'v2')], listed)).toBe(1);
    expect(existsSync(gone)).toBe(false);
    expect([kept, unlisted, inSwept].every((file) => existsSync(file))).toBe(true);
  });
});

describe('linkTree and writing over a link', () => {
  it('links the files allowed, and a write through writeIfChanged replaces a link, never the file linked', () => {
    const served = olderFile('site/reviews/a/index.html', 'served');
    olderFile('site/index.html', 'home');
    const start = join(dir, 'start');
    expect(linkTree(join(dir, 'site'), start, (path) => path.startsWith('reviews/'))).toBe(1);
    const linked = join(start, 'reviews', 'a', 'index.html');
    expect(statSync(linked).ino).toBe(statSync(served).ino);
    expect(existsSync(join(start, 'index.html')), 'a file not allowed').toBe(false);

    expect(writeIfChanged(linked, 'served')).toBe(false);
    expect(statSync(linked).ino, 'the same bytes: still the link').toBe(statSync(served).ino);
    expect(writeIfChanged(linked, 'the next build')).toBe(true);
    expect(readFileSync(served, 'utf8'), 'the site being served').toBe('served');
    expect(readFileSync(linked, 'utf8')).toBe('the next build');
  });
});
