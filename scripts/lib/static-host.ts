/**
 * The rules of a static host, as this app needs them, in one pure function:
 * the Vite dev and preview servers, the benchmark's server and the browser
 * tests all answer requests with it, and the generated host configurations
 * (docs/deploy.md) spell the same rules for real hosts.
 *
 * - A file that exists is served.
 * - A folder with an index.html is served as that page.
 * - A missing data file (any .json, anything under an API prefix) is a 404,
 *   never the app's HTML: the app must be able to tell "missing" from "here".
 * - Any other missing path with a file extension (a dot and a letter) is a plain 404.
 * - Any other path is a page of the app: 404.html with status 404 where the
 *   build has one (the app then shows its own page for the address), else
 *   index.html.
 * - A path that climbs out of the site (`..`, encoded or not) is answered
 *   exactly as a missing file, so nothing outside the site can be probed.
 */
export type StaticAnswer =
  | { kind: 'file'; path: string }
  | { kind: 'page'; path: string; status: 200 | 404 }
  | { kind: 'missing-data' }
  /** outside: the path climbs out of the site (a dev server must not pass it on). */
  | { kind: 'not-found'; outside: boolean };

export interface StaticHostOptions {
  /** Whether a path inside the site (no leading slash, never containing "..") is a file. */
  isFile: (path: string) => boolean;
  /** URL path prefixes where a missing file is data: `['/api/']`. */
  apiPrefixes?: readonly string[];
}

export function answerStatic(url: string, { isFile, apiPrefixes = ['/api/'] }: StaticHostOptions): StaticAnswer {
  const raw = url.split(/[?#]/)[0] ?? '/';
  let decoded: string | null;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = null; // broken percent-encoding: no file has this name, but it may be a page address
  }
  const segments = (decoded ?? raw).split('/').filter(Boolean);
  const escapes = segments.some((segment) => segment === '..' || segment === '.' || /[\\\0]/.test(segment));
  const path = segments.join('/');
  const lastSegment = segments.at(-1) ?? '';
  const isData = raw.endsWith('.json') || apiPrefixes.some((prefix) => raw.startsWith(prefix));

  if (decoded !== null && !escapes) {
    if (path && isFile(path)) return { kind: 'file', path };
    const index = path ? `${path}/index.html` : 'index.html';
    if (isFile(index)) return { kind: 'page', path: index, status: 200 };
  }
  if (isData) return { kind: 'missing-data' };
  // A file extension has a letter in it: /ratings/4.5 is a page address, /logo.png a file.
  if (escapes) return { kind: 'not-found', outside: true };
  if (/\.[a-z][a-z0-9]{0,7}$/i.test(lastSegment) && decoded !== null) return { kind: 'not-found', outside: false };
  return isFile('404.html')
    ? { kind: 'page', path: '404.html', status: 404 }
    : { kind: 'page', path: 'index.html', status: 200 };
}
