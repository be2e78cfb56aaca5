/**
 * Where the review API lives. By default the files in public/api/v1 served with
 * the app; `VITE_API_BASE_URL` at build time points at any other static host or CDN.
 */
const base = import.meta.env.VITE_API_BASE_URL || `${import.meta.env.BASE_URL}api/v1/`;
export const API_BASE_URL = base.endsWith('/') ? base : `${base}/`;

/** An absolute URL for a path inside the API, e.g. `reviews/ballerina-2023.json`. */
export function apiUrl(path: string): string {
  return new URL(path, new URL(API_BASE_URL, window.location.href)).href;
}
