/**
 * What a host sends with the built site, written once: the security headers,
 * the caching of each class of path, CORS on the API, what gets compressed,
 * and which missing paths are data (a JSON 404, never a page). The renderers
 * beside this file spell it for Netlify and Cloudflare Pages (_headers,
 * _redirects), nginx and Caddy; scripts/deploy/write-host-config.ts writes
 * them into the build (docs/deploy.md).
 *
 * Paths are URL paths on the host, as the build lays them out: the site at
 * the root. A pattern is exact (`/api/v2/index.json`) or a prefix ending in
 * `/*` (`/assets/*`), the one form every host understands alike.
 */
import { contentSecurityPolicy } from '../lib/security-policy';
import { DATA_PREFIXES, matchesPattern, MISSING_DATA_BODY, PATH_LIMITS, PRIVATE_PATHS } from '../lib/static-host';
import { API_DIR } from '../../src/config/api-base';

export const CACHE = {
  /** Named by their contents' hash: a new version is a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /** Drawn again only when a review changes; a stale card for a day is fine. */
  day: 'public, max-age=86400',
  /** May be kept, but asked about again (a 304 when unchanged) before each use. */
  revalidate: 'no-cache',
} as const;

export interface CacheClass {
  /** What these paths are, for comments in the generated files. */
  what: string;
  patterns: readonly string[];
  cacheControl: string;
}

export interface HostPolicy {
  /** Sent with every response, whatever its status. */
  security: ReadonlyArray<readonly [name: string, value: string]>;
  /** Cache-Control by path; the first class whose pattern matches wins. */
  caching: readonly CacheClass[];
  /** Cache-Control of every other path: the pages, 404s, icons. */
  defaultCacheControl: string;
  /** Headers for the API's files, which other origins may read. */
  api: { patterns: readonly string[]; headers: ReadonlyArray<readonly [name: string, value: string]> };
  /** URL prefixes where a missing path is missing data (any `.json` path is too). */
  dataPrefixes: readonly string[];
  /** The one body of a missing data file. */
  missingDataBody: string;
  /** Media types worth compressing (HTML is always compressed where compression is on). */
  compressibleTypes: readonly string[];
  /** Below this size, compression costs more than it saves. */
  minimumCompressBytes: number;
  /** Paths of the build that are not part of the site (patterns), answered as missing; dot-files too. */
  privatePaths: readonly string[];
  /** Longer paths, or path segments, as sent, are answered as missing without a look (scripts/lib/static-host.ts). */
  pathLimits: { path: number; segment: number };
}

/** The published API inside the build (scripts/publish-content.ts, prerender). */
export const API_PATH = `/${API_DIR}`;

/**
 * The policy for a build made for `apiBaseUrl`, whose pages carry the inline
 * scripts `scriptHashes` names (scripts/lib/boot-script.ts, pageScriptHashes).
 */
export function hostPolicy(
  options: { apiBaseUrl?: string | undefined; scriptHashes?: readonly string[] } = {},
): HostPolicy {
  return {
    security: [
      ['Content-Security-Policy', contentSecurityPolicy({ ...options, forMeta: false })],
      ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
      ['Cross-Origin-Opener-Policy', 'same-origin'],
    ],
    caching: [
      { what: 'the app’s hashed JavaScript and CSS', patterns: ['/assets/*'], cacheControl: CACHE.immutable },
      {
        what: 'archive builds, named by their content hash',
        patterns: [`${API_PATH}builds/*`],
        cacheControl: CACHE.immutable,
      },
      {
        what: 'lead images, named by their content hash',
        patterns: [`${API_PATH}images/*`],
        cacheControl: CACHE.immutable,
      },
      { what: 'share images', patterns: ['/share/*'], cacheControl: CACHE.day },
      {
        what: 'the archive’s entry (it names the current build) and the reviews',
        patterns: [`${API_PATH}index.json`, `${API_PATH}reviews/*`],
        cacheControl: CACHE.revalidate,
      },
      {
        what: 'the service worker and its offline page (a new worker must be seen at once)',
        patterns: ['/sw.js', '/offline.html'],
        cacheControl: CACHE.revalidate,
      },
      {
        what: 'feeds, sitemap, robots.txt and the web app manifest',
        patterns: ['/feed.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/manifest.webmanifest'],
        cacheControl: CACHE.revalidate,
      },
    ],
    defaultCacheControl: CACHE.revalidate,
    api: { patterns: ['/api/*'], headers: [['Access-Control-Allow-Origin', '*']] },
    dataPrefixes: DATA_PREFIXES,
    missingDataBody: MISSING_DATA_BODY,
    compressibleTypes: [
      'text/css',
      'text/plain',
      'text/xml',
      'text/javascript',
      'application/javascript',
      'application/json',
      'application/manifest+json',
      'application/feed+json',
      'application/xml',
      'application/atom+xml',
      'image/svg+xml',
    ],
    minimumCompressBytes: 256,
    privatePaths: PRIVATE_PATHS,
    pathLimits: PATH_LIMITS,
  };
}

/** The Cache-Control a path gets under the policy. */
export function cacheControlFor(policy: HostPolicy, path: string): string {
  const found = policy.caching.find((entry) => entry.patterns.some((pattern) => matchesPattern(pattern, path)));
  return found?.cacheControl ?? policy.defaultCacheControl;
}

/**
 * `text` as it is, if it is one line of printable text: what goes into a
 * comment or a header value of a generated file. A line break would end the
 * comment or the value and start a directive of its own, so it is refused.
 */
export function oneLine(text: string, what: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\0-\x1f\x7f]/.test(text)) throw new Error(`${what} must be one line of text: ${JSON.stringify(text)}`);
  return text;
}

/** A header's name, checked: a token of letters, digits and hyphens. */
export function headerName(name: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`Not a header name: ${JSON.stringify(name)}`);
  return name;
}

/** A prefix pattern as a regular expression on the path (for nginx and Caddy): `/assets/*` → `^/assets/`. */
export function patternRegex(pattern: string): string {
  const escaped = pattern.replace(/\*$/, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return pattern.endsWith('*') ? `^${escaped}` : `^${escaped}$`;
}
