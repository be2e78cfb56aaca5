import { expect, test } from '@playwright/test';
import { rawRequest } from '../raw-request';
import { SECURITY_HEADERS } from './host-helpers';

/**
 * What no host serves, asked of every one (nginx, Caddy, the _headers
 * server, vite preview) with the request line written as given, as
 * `curl --path-as-is` does: a URL parser would resolve most of these before
 * sending. Each is answered exactly as a missing path of that name
 * (scripts/lib/static-host.ts): the not-found page, the JSON 404 of missing
 * data, or the plain 404 of a missing file; with status 404 and the
 * site's headers; never a server's own error page, a redirect or a 500.
 */
type Missing = 'page' | 'data' | 'file';

interface Case {
  what: string;
  path: string;
  answer: Missing;
  /** Go's HTTP server refuses the request line before Caddy sees it (docs/deploy.md). */
  goRefuses?: boolean;
}

const CASES: Case[] = [
  // The build's files that are not part of the site.
  { what: 'the Netlify headers file', path: '/_headers', answer: 'page' },
  { what: 'the Netlify redirects file', path: '/_redirects', answer: 'page' },
  { what: 'the headers file as a folder', path: '/_headers/', answer: 'page' },
  { what: 'the headers file, encoded', path: '/%5fheaders', answer: 'page' },
  { what: 'the nginx config', path: '/deploy/nginx.conf', answer: 'file' },
  { what: 'the Caddyfile', path: '/deploy/Caddyfile', answer: 'page' },
  { what: 'the config folder', path: '/deploy/', answer: 'page' },
  { what: 'the nginx config behind an encoded slash', path: '/deploy%2fnginx.conf', answer: 'file' },
  { what: 'Vite’s manifest', path: '/.vite/manifest.json', answer: 'data' },
  { what: 'Vite’s app shell', path: '/.vite/shell.html', answer: 'file' },
  { what: 'a dot-file', path: '/.git/config', answer: 'page' },
  { what: 'the headers file behind a dot segment', path: '/reviews/../_headers', answer: 'page' },
  // Folders and names that are no page.
  { what: 'a folder without a page', path: '/share', answer: 'page' },
  { what: 'a file’s name as a folder', path: '/index.html/', answer: 'page' },
  { what: 'a folder of the API', path: '/api/v2', answer: 'data' },
  // Malformed paths.
  { what: 'broken percent-encoding', path: '/%zz', answer: 'page', goRefuses: true },
  { what: 'a lone percent sign', path: '/%', answer: 'page', goRefuses: true },
  { what: 'broken percent-encoding in the API', path: '/api/v2/%zz', answer: 'data', goRefuses: true },
  { what: 'an encoded NUL', path: '/reviews/x%00', answer: 'page' },
  { what: 'an encoded NUL in a data file', path: '/api/v2/x%00.json', answer: 'data' },
  { what: 'a NUL', path: '/reviews/x\0y', answer: 'page', goRefuses: true },
  { what: 'a tab', path: '/reviews/x\ty', answer: 'page', goRefuses: true },
  { what: 'an encoded line break', path: '/reviews/x%0d%0aSet-Cookie:%20a=b', answer: 'page' },
  { what: 'a climb with an encoded slash', path: '/..%2f', answer: 'page' },
  { what: 'a climb to /etc/passwd', path: '/..%2f..%2f..%2fetc%2fpasswd', answer: 'page' },
  { what: 'an encoded climb', path: '/%2e%2e/', answer: 'page' },
  { what: 'a climb in the API', path: '/api/%2e%2e/%2e%2e/etc/passwd', answer: 'data' },
  { what: 'a dot segment', path: '/genres/./action', answer: 'page' },
  { what: 'an empty path', path: '//', answer: 'page' },
  { what: 'an empty segment before a page', path: '//reviews/alien-1979', answer: 'page' },
  { what: 'an empty segment before a data file', path: '//api/v2/index.json', answer: 'data' },
  { what: 'a backslash', path: '/\\', answer: 'page' },
  { what: 'a backslash for a slash', path: '/reviews\\alien-1979', answer: 'page' },
  { what: 'encoded backslashes', path: '/%5c..%5c..%5cetc%5cpasswd', answer: 'page' },
  { what: 'an overlong UTF-8 slash', path: '/%c0%af', answer: 'page' },
  { what: 'overlong UTF-8 dots', path: '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', answer: 'page' },
  { what: 'a path over 1,024 characters', path: `/${'x/'.repeat(600)}`, answer: 'page' },
  { what: 'a segment over 255 characters', path: `/reviews/${'x'.repeat(300)}`, answer: 'page' },
  {
    what: 'a data path over 1,024 characters',
    path: `/api/v2/${`${'x'.repeat(200)}/`.repeat(6)}x.json`,
    answer: 'data',
  },
  { what: 'a path over nginx’s 8 kB request line', path: `/${'x/'.repeat(5_000)}`, answer: 'page' },
  { what: 'a path over Node’s 16 kB of headers', path: `/${'x/'.repeat(40_000)}`, answer: 'page' },
];

/** What servers say in their own error pages. */
const SERVER_PAGES =
  /nginx|caddy|<center>|Bad Request|Internal Server Error|Request-URI Too Large|Header Fields Too Large/i;

for (const { what, path, answer, goRefuses } of CASES) {
  test(`${what} (${JSON.stringify(path.slice(0, 40))}): missing, with the site’s headers`, async ({
    baseURL,
  }, info) => {
    test.skip(goRefuses === true && info.project.name === 'caddy', 'Go’s own 400: the next test');
    const response = await rawRequest(baseURL!, path);
    const body = response.body.toString('utf8');
    expect(response.status).toBe(404);
    expect(response.headers).toMatchObject(SECURITY_HEADERS);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.location).toBeUndefined();
    expect(body).not.toMatch(SERVER_PAGES);
    if (answer === 'page') {
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(body).toContain('<h1>We couldn’t find that page');
    } else if (answer === 'data') {
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(body)).toEqual({ error: 'not found' });
    } else {
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(body.trim()).toBe('Not found');
    }
  });
}

// Go's HTTP server answers a request line it cannot parse before any handler: no Caddyfile can change
// that answer (docs/deploy.md). Pinned here, so that a Caddy that does better shows.
test('Caddy: a request line Go cannot parse gets Go’s own bare 400, without the site’s headers', async ({
  baseURL,
}, info) => {
  test.skip(info.project.name !== 'caddy', 'only Caddy runs on Go’s HTTP server');
  for (const { path } of CASES.filter((entry) => entry.goRefuses)) {
    const response = await rawRequest(baseURL!, path);
    expect(response.status, path).toBe(400);
    expect(response.body.toString(), path).toBe('400 Bad Request');
    expect(response.headers['content-security-policy'], path).toBeUndefined();
  }
});
