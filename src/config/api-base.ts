/** The API's folder under the site's base path, when the site serves its own reviews: its version is in its name. */
export const API_DIR = 'api/v2/';

/**
 * The API's base URL, from the build setting VITE_API_BASE_URL (any static
 * host or CDN) or, by default, the api/v2/ folder under the app's own base
 * path. Used by the app (config/api.ts) and by the build (vite.config.ts), so
 * both agree on where the data is.
 */
export function apiBase(configured: string | undefined, appBase: string): string {
  const base = configured?.trim() || `${withTrailingSlash(appBase)}${API_DIR}`;
  return withTrailingSlash(base);
}

/** "a/b" → "a/b/"; "a/b/" stays. */
export function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}
