/**
 * The one Content-Security-Policy, used by the <meta> in index.html (build) and
 * by the headers the build generates for static hosts (scripts/deploy/headers.ts).
 * Scripts only from this site, and the inline ones named by their hash (the
 * boot script, scripts/lib/boot-script.ts); data only from this site and the
 * configured API origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An http(s) origin: a plain (ASCII) host name or address and an optional port, nothing else. */
export const HTTP_ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

export function contentSecurityPolicy(options: {
  apiBaseUrl?: string | undefined;
  forMeta: boolean;
  /** CSP sources of the inline scripts every page carries: 'sha256-…'. */
  scriptHashes?: readonly string[];
}): string {
  const connect = ["'self'"];
  const origin = apiOrigin(options.apiBaseUrl);
  if (origin) connect.push(origin);
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...(options.scriptHashes ?? []).map(scriptHash)].join(' '),
    "style-src 'self'",
    "img-src 'self' https:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  // frame-ancestors is ignored (and warned about) in a <meta>; only headers can carry it.
  if (!options.forMeta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/**
 * The origin of the API's base URL (the build setting VITE_API_BASE_URL),
 * which the policy names in every page and host configuration: undefined for
 * a path on this site ("/api/v2/", covered by 'self'). Anything but a path or
 * an http(s) URL of plain characters is refused, with a message.
 */
export function apiOrigin(apiBaseUrl: string | undefined): string | undefined {
  const url = apiBaseUrl?.trim();
  if (!url) return undefined;
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(url)?.[0];
  const path = url.slice(origin?.length ?? 0);
  if ((origin !== undefined && !HTTP_ORIGIN.test(origin)) || !/^\/(?!\/)[A-Za-z0-9._~%+/-]*$/.test(path || '/')) {
    throw new Error(
      'VITE_API_BASE_URL must be a path on the site (/api/v2/) or an http(s) address such as ' +
        'https://cdn.example.com/reviews/v2/ (a host name, an optional port and path; no quotes, spaces, semicolons, ' +
        `braces or query): ${JSON.stringify(apiBaseUrl)}`,
    );
  }
  return origin && new URL(origin).origin;
}

/** A hash source as the policy spells it, checked: nothing else can reach the policy through it. */
function scriptHash(source: string): string {
  if (!/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(source)) throw new Error(`Not a CSP hash source: ${source}`);
  return source;
}

/**
 * The CSP sources ('sha256-…') of a built page's inline scripts (`<script>` without attributes: the boot
 * script), which its policy must name: what the preview server and the host configurations send is read
 * from the build they serve, never from a source that may have changed since.
 */
export function inlineScriptHashes(html: string): string[] {
  return Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/g), ([, code]) => scriptHashOf(code!));
}

/** The CSP sources of the inline scripts a build's pages carry (the boot script), read from its index.html. */
export function builtScriptHashes(dist: string): string[] {
  return inlineScriptHashes(readFileSync(join(dist, 'index.html'), 'utf8'));
}

/** The CSP source that allows one inline script. */
export function scriptHashOf(code: string): string {
  return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}
