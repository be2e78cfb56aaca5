/**
 * The one Content-Security-Policy, used by the <meta> in index.html (build) and
 * by the headers the build generates for static hosts (scripts/deploy/headers.ts).
 * Scripts only from this site; data only from this site and the configured API origin.
 */
export function contentSecurityPolicy(options: { apiBaseUrl?: string; forMeta: boolean }): string {
  const connect = ["'self'"];
  const apiOrigin = originOf(options.apiBaseUrl);
  if (apiOrigin) connect.push(apiOrigin);
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
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

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined; // a path on this site, covered by 'self'
  }
}
