import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerBody,
  answerMissing,
  answerStatic,
  isPrivatePath,
  malformedPath,
  PATH_LIMITS,
  type StaticAnswer,
} from './lib/static-host';

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
  '_headers',
  '_redirects',
  'deploy/nginx.conf',
  'deploy/Caddyfile',
  '.vite/manifest.json',
  '.well-known/security.txt',
  'assets/.secret',
]);
const site = { isFile: (path: string) => SITE.has(path) };
const withoutNotFoundPage = { isFile: (path: string) => path !== '404.html' && SITE.has(path) };
const answer = (url: string, host = site) => answerStatic(url, host);

const APP_404: StaticAnswer = { kind: 'page', path: '404.html', status: 404 };
const DATA_404: StaticAnswer = { kind: 'missing-data' };
const PLAIN_404: StaticAnswer = { kind: 'not-found' };

describe('answerStatic', () => {
  it.each([
    ['/assets/app-1a2b3c.js', 'assets/app-1a2b3c.js'],
    ['/favicon.svg', 'favicon.svg'],
    ['/api/v2/index.json', 'api/v2/index.json'],
    ['/api/v2/index.json?v=3#x', 'api/v2/index.json'],
    ['/api/v2/reviews/am%C3%A9lie-2001.json', 'api/v2/reviews/amélie-2001.json'],
    ['/.well-known/security.txt', '.well-known/security.txt'],
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
    '/api/v2/index.json/',
  ])('answers the missing data %s as missing data, never with a page', (url) => {
    expect(answer(url)).toEqual(DATA_404);
  });

  it('counts a path as data under any API prefix it is given', () => {
    expect(answerStatic('/data/x', { ...site, apiPrefixes: ['/data/'] })).toEqual(DATA_404);
    expect(answerStatic('/api/x', { ...site, apiPrefixes: ['/data/'] })).toEqual(APP_404);
    expect(answerStatic('/x', { ...site, apiPrefixes: ['/'] })).toEqual(DATA_404);
  });

  it.each(['/assets/gone-000000.js', '/favicon.ico', '/robots.txt', '/reviews/ballerina-2023/poster.webp'])(
    'answers the missing file %s with a plain 404',
    (url) => {
      expect(answer(url)).toEqual(PLAIN_404);
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

  it.each(['/favicon.svg/', '/assets/app-1a2b3c.js/'])(
    'answers %s, a file’s name as a folder, as a missing page (as nginx and Caddy do)',
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
    expect(answer('/favicon.ico', withoutNotFoundPage)).toEqual(PLAIN_404);
    expect(answer('/api/v2/x.json', withoutNotFoundPage)).toEqual(DATA_404);
    // Never the app for a path it refuses.
    expect(answer('/_headers', withoutNotFoundPage)).toEqual(PLAIN_404);
    expect(answer('//', withoutNotFoundPage)).toEqual(PLAIN_404);
  });
});

describe('answerStatic and the build’s files that are not part of the site', () => {
  it.each([
    ['/_headers', APP_404],
    ['/_redirects', APP_404],
    ['/_headers/', APP_404],
    ['/deploy/nginx.conf', PLAIN_404],
    ['/deploy/Caddyfile', APP_404],
    ['/deploy/', APP_404],
    ['/deploy%2fnginx.conf', PLAIN_404],
    ['/.vite/manifest.json', DATA_404],
    ['/%2evite/manifest.json', DATA_404],
    ['/assets/.secret', PLAIN_404],
  ])('answers %s exactly as a missing path of that name', (url, expected) => {
    expect(answer(url)).toEqual(expected);
    expect(answer(url)).toEqual(answerStatic(url, { isFile: (path) => path === '404.html' }));
  });

  it('knows them by path, and dot-files anywhere but under /.well-known/', () => {
    for (const path of ['/_headers', '/deploy', '/deploy/x', '/.vite/x', '/.env', '/a/.git/HEAD', '/.well-known']) {
      expect(isPrivatePath(path), path).toBe(true);
    }
    for (const path of ['/_headers.txt', '/deployment', '/.well-known/x', '/a.b/c', '/']) {
      expect(isPrivatePath(path), path).toBe(false);
    }
  });

  it('serves them to a host told that nothing is private (the dev server)', () => {
    expect(answerStatic('/_headers', { ...site, isPrivate: () => false })).toEqual({ kind: 'file', path: '_headers' });
  });
});

describe('answerStatic and malformed paths', () => {
  const long = `/${'x/'.repeat(PATH_LIMITS.path / 2)}`;
  const longSegment = `/reviews/${'x'.repeat(PATH_LIMITS.segment + 1)}`;

  it.each([
    ['//', APP_404],
    ['//api//v2/index.json', DATA_404],
    ['/genres//', APP_404],
    ['/%2fgenres', APP_404],
    ['/.', APP_404],
    ['/./', APP_404],
    ['/genres/./', APP_404],
    ['/genres/%2e', APP_404],
    ['/reviews/x%00', APP_404],
    ['/reviews/x%0a', APP_404],
    ['/reviews\\ballerina-2023', APP_404],
    ['/assets\\app-1a2b3c.js', PLAIN_404],
    ['/%', APP_404],
    ['/%zz', APP_404],
    ['/x%ZZ.js', PLAIN_404],
    ['/api/v2/%zz', DATA_404],
    ['/%c0%af', APP_404],
    ['reviews/ballerina-2023', APP_404],
    [long, APP_404],
    [`${long}x.json`, DATA_404],
    [longSegment, APP_404],
  ])('never looks up %s: it is answered as a missing path of that name', (url, expected) => {
    expect(malformedPath(url.split('?')[0]!)).toBe(true);
    const asked: string[] = [];
    expect(answerStatic(url, { isFile: (path) => (asked.push(path), true) })).toEqual(expected);
    expect(asked.filter((path) => path !== '404.html')).toEqual([]);
  });

  it('looks up paths up to the limits, and names with dots that are not segments of their own', () => {
    for (const url of [
      `/${'x'.repeat(15)}`.repeat(PATH_LIMITS.path / 16),
      `/${'x'.repeat(PATH_LIMITS.segment)}`,
      '/a..b/.../c.d',
      '/.well-known/x',
      '/genres/',
    ]) {
      expect(malformedPath(url), url).toBe(false);
    }
  });

  it.each([
    ['/api/%2e%2e/%2e%2e/etc/passwd', DATA_404],
    ['/api/v2/../../etc/passwd', DATA_404],
    ['/api/v2/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', DATA_404],
    ['/../etc/passwd.json', DATA_404],
    ['/../x', APP_404],
    ['/%2e%2e/etc/passwd', APP_404],
    ['/./etc/passwd', APP_404],
    ['/assets/..%5C..%5Cetc%5Cpasswd', APP_404],
    ['/assets/..\\..\\etc\\passwd', APP_404],
    ['/etc/passwd%00.js', PLAIN_404],
    ['/genres/%00', APP_404],
  ])('answers %s, which climbs out of the site, as missing whatever exists', (url, expected) => {
    // etc/passwd exists inside this site, so an answer of "file" or "page" would show a climb that worked.
    expect(answer(url)).toEqual(expected);
    expect(answerStatic(url, { isFile: () => true })).toEqual(expected);
  });
});

describe('answerMissing', () => {
  it('answers a request that may get nothing as missing, whatever its path names', () => {
    expect(answerMissing('/genres', site)).toEqual(APP_404);
    expect(answerMissing('/favicon.svg', site)).toEqual(PLAIN_404);
    expect(answerMissing('/api/v2/index.json', site)).toEqual(DATA_404);
    expect(answerMissing('/genres', withoutNotFoundPage)).toEqual(PLAIN_404);
  });
});

describe('answerBody', () => {
  it('gives missing data its JSON, a missing file its plain text, and a page its file', () => {
    const read = (path: string) => Buffer.from(`<h1>${path}</h1>`);
    const text = (result: ReturnType<typeof answerBody>) => ({ ...result, body: result.body.toString() });
    expect(text(answerBody(DATA_404, read))).toEqual({
      status: 404,
      type: 'application/json; charset=utf-8',
      body: '{"error":"not found"}',
    });
    expect(text(answerBody(PLAIN_404, read))).toEqual({
      status: 404,
      type: 'text/plain; charset=utf-8',
      body: 'Not found',
    });
    expect(text(answerBody(APP_404, read))).toEqual({
      status: 404,
      type: 'text/html; charset=utf-8',
      body: '<h1>404.html</h1>',
    });
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
    '_headers',
    'deploy',
    '.vite',
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

  it('never throws, and never asks about or answers with a path outside the site, or a private one', () => {
    fc.assert(
      fc.property(addresses, fc.boolean(), (url, everythingExists) => {
        const asked: string[] = [];
        const result = answerStatic(url, {
          isFile: (path) => {
            asked.push(path);
            return everythingExists || SITE.has(path);
          },
        });
        for (const path of asked) {
          expectInside(path);
          expect(isPrivatePath(`/${path}`), path).toBe(false);
        }
        if ('path' in result) expectInside(result.path);
      }),
      { numRuns: 2_000 },
    );
    // 2,000 addresses take half a second alone, and several times that on a machine shared with other tests.
  }, 30_000);
});
