import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerStatic, type StaticAnswer } from './lib/static-host';

/** A built site: these files exist, nothing else does. */
const SITE = new Set([
  'index.html',
  '404.html',
  'assets/app-1a2b3c.js',
  'favicon.svg',
  'reviews/ballerina-2023/index.html',
  'genres/index.html',
  'api/v2/index.json',
  'api/v2/reviews/ballerina-2023.json',
  'api/v2/reviews/amélie-2001.json',
  'etc/passwd',
]);
const site = { isFile: (path: string) => SITE.has(path) };
const withoutNotFoundPage = { isFile: (path: string) => path !== '404.html' && SITE.has(path) };
const answer = (url: string, host = site) => answerStatic(url, host);

const APP_404: StaticAnswer = { kind: 'page', path: '404.html', status: 404 };

describe('answerStatic', () => {
  it.each([
    ['/assets/app-1a2b3c.js', 'assets/app-1a2b3c.js'],
    ['/favicon.svg', 'favicon.svg'],
    ['/api/v2/index.json', 'api/v2/index.json'],
    ['/api/v2/index.json?v=3#x', 'api/v2/index.json'],
    ['/api/v2/reviews/am%C3%A9lie-2001.json', 'api/v2/reviews/amélie-2001.json'],
    ['//api//v2/index.json', 'api/v2/index.json'],
  ])('serves the file %s', (url, path) => {
    expect(answer(url)).toEqual({ kind: 'file', path });
  });

  it.each([
    ['/', 'index.html'],
    ['/?genre=action', 'index.html'],
    ['/reviews/ballerina-2023', 'reviews/ballerina-2023/index.html'],
    ['/reviews/ballerina-2023/', 'reviews/ballerina-2023/index.html'],
    ['/genres', 'genres/index.html'],
  ])('serves the folder %s as its page', (url, path) => {
    expect(answer(url)).toEqual({ kind: 'page', path, status: 200 });
  });

  it.each([
    '/api/v2/reviews/no-such-review.json',
    '/api/v2/builds/0123456789abcdef/pages/all.json',
    '/api/v2/missing',
    '/api/',
    '/anywhere/else.json',
    '/index.json',
  ])('answers the missing data %s as missing data, never with a page', (url) => {
    expect(answer(url)).toEqual({ kind: 'missing-data' });
  });

  it('counts a path as data under any API prefix it is given', () => {
    expect(answerStatic('/data/x', { ...site, apiPrefixes: ['/data/'] })).toEqual({ kind: 'missing-data' });
    expect(answerStatic('/api/x', { ...site, apiPrefixes: ['/data/'] })).toEqual(APP_404);
    expect(answerStatic('/x', { ...site, apiPrefixes: ['/'] })).toEqual({ kind: 'missing-data' });
  });

  it.each(['/assets/gone-000000.js', '/favicon.ico', '/robots.txt', '/reviews/ballerina-2023/poster.webp'])(
    'answers the missing file %s with a plain 404',
    (url) => {
      expect(answer(url)).toEqual({ kind: 'not-found', outside: false });
    },
  );

  it.each(['/reviews/no-such-review', '/genres/noir', '/nope', '/genres/Action', '/reviews/100%25'])(
    'answers the page address %s with the app’s 404 page, which shows the right page for it',
    (url) => {
      expect(answer(url)).toEqual(APP_404);
    },
  );

  it.each(['/ratings/4.5', '/ratings/3.5?genre=war', '/reviews/blade-runner-2049.2017'])(
    'answers %s, a page address with a dot in it, with the app (it redirects /ratings/4.5 to /ratings/4)',
    (url) => {
      expect(answer(url)).toEqual(APP_404);
    },
  );

  it('falls back to index.html, status 200, where the build has no 404.html', () => {
    expect(answer('/reviews/no-such-review', withoutNotFoundPage)).toEqual({
      kind: 'page',
      path: 'index.html',
      status: 200,
    });
    expect(answer('/favicon.ico', withoutNotFoundPage)).toEqual({ kind: 'not-found', outside: false });
    expect(answer('/api/v2/x.json', withoutNotFoundPage)).toEqual({ kind: 'missing-data' });
  });

  it.each(['/genres/%E0%A4%A', '/%', '/reviews/%zz', '/x%ZZ.js'])(
    'answers the address %s, whose percent-encoding is broken, with the app (it may be a page)',
    (url) => {
      expect(answer(url)).toEqual(APP_404);
    },
  );

  it.each(['/api/v2/%E0%A4%A', '/api/v2/reviews/%zz.json', '/x/%.json'])(
    'answers the data address %s, whose percent-encoding is broken, as missing data',
    (url) => {
      expect(answer(url)).toEqual({ kind: 'missing-data' });
    },
  );
});

describe('answerStatic and paths that climb out of the site', () => {
  // etc/passwd exists inside this site, so an answer of "file" or "page" would show a climb that worked.
  it.each([
    ['/api/%2e%2e/%2e%2e/etc/passwd', '/api/v2/no-such-file'],
    ['/api/v2/../../etc/passwd', '/api/v2/no-such-file'],
    ['/api/v2/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/api/v2/no-such-file'],
    ['/../etc/passwd.json', '/no-such-file.json'],
    ['/../x', '/no-such-file.txt'],
    ['/%2e%2e/etc/passwd', '/no-such-file.txt'],
    ['/./etc/passwd', '/no-such-file.txt'],
    ['/assets/..%5C..%5Cetc%5Cpasswd', '/no-such-file.txt'],
    ['/assets/..\\..\\etc\\passwd', '/no-such-file.txt'],
    ['/etc/passwd%00.js', '/no-such-file.txt'],
    ['/genres/%00', '/no-such-file.txt'],
  ])('answers %s as the missing %s, marked as outside the site', (url, missing) => {
    const climb = answer(url);
    expect(climb.kind).toBe(answer(missing).kind);
    expect(climb).toEqual(climb.kind === 'not-found' ? { kind: 'not-found', outside: true } : { kind: 'missing-data' });
  });

  it('answers them the same whether or not any file exists: nothing outside can be probed', () => {
    const everything = { isFile: () => true };
    const nothing = { isFile: () => false };
    for (const url of ['/../x', '/api/%2e%2e/%2e%2e/etc/passwd', '/a/%2e%2e/%2e%2e/b.js', '/a\\..\\b', '/a%00b'])
      expect(answerStatic(url, everything)).toEqual(answerStatic(url, nothing));
  });
});

describe('answerStatic on any address', () => {
  const pieces = fc.constantFrom(
    '/',
    '//',
    '..',
    '.',
    '%2e',
    '%2E%2e',
    '%2f',
    '%5c',
    '\\',
    '%00',
    '\0',
    '%',
    '%e0%a4',
    'api',
    'v2',
    'index.json',
    '.json',
    'etc',
    'passwd',
    '?',
    '#',
    'é',
    '%C3%A9',
  );
  const addresses = fc.oneof(
    fc.array(pieces, { maxLength: 12 }).map((parts) => `/${parts.join('')}`),
    fc.array(fc.oneof(pieces, fc.webSegment()), { maxLength: 8 }).map((parts) => `/${parts.join('/')}`),
    fc.webPath(),
    fc.string({ unit: 'binary' }),
  );

  /** Every path the host asks about, and every path it answers with, stays inside the site. */
  function expectInside(path: string) {
    expect(path).not.toMatch(/^\/|\\|\0/);
    expect(path.split('/')).not.toContain('..');
    expect(path.split('/')).not.toContain('.');
    expect(posix.normalize(`/site/${path}`).startsWith('/site/')).toBe(true);
  }

  it('never throws, and never asks about or answers with a path outside the site', () => {
    fc.assert(
      fc.property(addresses, fc.boolean(), (url, everythingExists) => {
        const asked: string[] = [];
        const result = answerStatic(url, {
          isFile: (path) => {
            asked.push(path);
            return everythingExists || SITE.has(path);
          },
        });
        for (const path of asked) expectInside(path);
        if ('path' in result) expectInside(result.path);
      }),
      { numRuns: 2_000 },
    );
  });
});
