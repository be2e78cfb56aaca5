/**
 * The rules of a static host, as this app needs them, in pure functions:
 * the Vite dev and preview servers, the servers of the benchmark and the host
 * checks, and the browser tests all answer requests with them, and the
 * generated host configurations (scripts/deploy/, docs/deploy.md) spell the
 * same rules for nginx, Caddy, Netlify and Cloudflare Pages.
 *
 * - A file that exists is served, unless the path ends in "/" (a folder's address).
 * - A folder with an index.html is served as that page.
 * - A malformed path (see `malformedPath`) and a private one (`isPrivatePath`)
 *   are never looked up: they are answered exactly as a missing path, so
 *   nothing outside the site, or not part of it, can be read or probed.
 * - A missing data file (any .json, anything under an API prefix) is a 404,
 *   never the app's HTML: the app must be able to tell "missing" from "here".
 * - Any other missing path with a file extension (a dot and a letter) is a plain 404.
 * - Any other path is a page of the app: 404.html with status 404 where the
 *   build has one (the app then shows its own page for the address), else
 *   index.html (a refused path: a plain 404).
 */
export type StaticAnswer =
  | { kind: 'file'; path: string }
  | { kind: 'page'; path: string; status: 200 | 404 }
  | { kind: 'missing-data' }
  /** A plain 404. */
  | { kind: 'not-found' };

export interface StaticHostOptions {
  /** Whether a path inside the site (no leading slash, never containing "..") is a file. */
  isFile: (path: string) => boolean;
  /** URL path prefixes where a missing file is data: `['/api/']`. */
  apiPrefixes?: readonly string[];
  /** Whether a (decoded) URL path is not part of the site; `isPrivatePath` unless told otherwise. */
  isPrivate?: (path: string) => boolean;
}

/** Where the build publishes its API: a missing path under it is missing data. */
export const DATA_PREFIXES: readonly string[] = ['/api/'];

/** The one body of a missing data file. */
export const MISSING_DATA_BODY = '{"error":"not found"}';

/**
 * The build's files that are not part of the site: what only Netlify and
 * Cloudflare Pages read, the server configs, Vite's own folder. Patterns as
 * `matchesPattern` reads them; a folder's own address too, which would serve
 * its index.html. Dot-files are private too (`isPrivatePath`).
 */
export const PRIVATE_PATHS: readonly string[] = [
  '/_headers',
  '/_redirects',
  '/deploy',
  '/deploy/*',
  '/.vite',
  '/.vite/*',
];

/**
 * The longest path, and path segment, a host looks up, in characters as
 * sent. The site's longest address is under 100 characters; file systems
 * refuse a name over 255 bytes (Caddy answered that with a 500).
 */
export const PATH_LIMITS = { path: 1024, segment: 255 } as const;

/** Whether a pattern (`/x` exact, `/x/*` prefix) matches a URL path. */
export function matchesPattern(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * Whether a URL path as sent (no query) is one no host looks up: one that
 * does not start with "/", is over `PATH_LIMITS`, does not decode (broken
 * percent-encoding or UTF-8), or, decoded, holds a control character or a
 * backslash, an empty segment (`//`) or a `.` or `..` segment. Servers would
 * each make something else of these (nginx and Caddy resolve `..` and merge
 * slashes, Windows reads a backslash as a separator): every host refuses them.
 */
export function malformedPath(raw: string): boolean {
  if (!raw.startsWith('/') || raw.length > PATH_LIMITS.path) return true;
  if (raw.split('/').some((segment) => segment.length > PATH_LIMITS.segment)) return true;
  const decoded = decodePath(raw);
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  return decoded === null || /[\0-\x1f\x7f\\]|\/\/|\/\.\.?(\/|$)/.test(decoded);
}

/** Whether a decoded URL path is not part of the site: `PRIVATE_PATHS`, and dot-files but /.well-known/. */
export function isPrivatePath(path: string): boolean {
  if (PRIVATE_PATHS.some((pattern) => matchesPattern(pattern, path))) return true;
  return !path.startsWith('/.well-known/') && path.includes('/.');
}

export function answerStatic(
  url: string,
  { isFile, apiPrefixes = DATA_PREFIXES, isPrivate = isPrivatePath }: StaticHostOptions,
): StaticAnswer {
  const raw = url.split(/[?#]/)[0] ?? '';
  const decoded = decodePath(raw);
  const refused = decoded === null || malformedPath(raw) || isPrivate(decoded);

  if (!refused && decoded !== null) {
    const inSite = decoded.slice(1);
    if (inSite && !inSite.endsWith('/') && isFile(inSite)) return { kind: 'file', path: inSite };
    const index = `${inSite}${inSite && !inSite.endsWith('/') ? '/' : ''}index.html`;
    if (isFile(index)) return { kind: 'page', path: index, status: 200 };
  }
  // Missing, or answered as missing: by what was asked for.
  const asked = decoded ?? raw;
  if (asked.endsWith('.json') || apiPrefixes.some((prefix) => asked.startsWith(prefix)))
    return { kind: 'missing-data' };
  // A file extension has a letter in it: /ratings/4.5 is a page address, /logo.png a file.
  if (/\.[a-z][a-z0-9]{0,7}$/i.test(asked.slice(asked.lastIndexOf('/') + 1))) return { kind: 'not-found' };
  if (isFile('404.html')) return { kind: 'page', path: '404.html', status: 404 };
  return refused ? { kind: 'not-found' } : { kind: 'page', path: 'index.html', status: 200 };
}

/**
 * How a request that may get nothing of the site (one that could not be
 * read) is answered: as a missing path, whatever the path names.
 */
export function answerMissing(url: string, options: StaticHostOptions): Exclude<StaticAnswer, { kind: 'file' }> {
  const answer = answerStatic(url, { ...options, isFile: (path) => path === '404.html' && options.isFile(path) });
  return answer.kind === 'file' || (answer.kind === 'page' && answer.status === 200) ? { kind: 'not-found' } : answer;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The media type a file is served with, by its extension. */
export function contentTypeOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return (dot > path.lastIndexOf('/') && CONTENT_TYPES[path.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** A response that is not a file: its status, media type and body (a page's body from `readPage`). */
export function answerBody(
  answer: Exclude<StaticAnswer, { kind: 'file' }>,
  readPage: (path: string) => Buffer,
): { status: number; type: string; body: Buffer } {
  if (answer.kind === 'missing-data') {
    return { status: 404, type: 'application/json; charset=utf-8', body: Buffer.from(MISSING_DATA_BODY) };
  }
  if (answer.kind === 'not-found')
    return { status: 404, type: 'text/plain; charset=utf-8', body: Buffer.from('Not found') };
  return { status: answer.status, type: 'text/html; charset=utf-8', body: readPage(answer.path) };
}

function decodePath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
