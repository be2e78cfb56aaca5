import { apiBase } from './api-base';

/** Where the review API lives: see api-base.ts. */
export const API_BASE_URL = apiBase(import.meta.env.VITE_API_BASE_URL, import.meta.env.BASE_URL);

/** An absolute URL for a path inside the API, e.g. `reviews/ballerina-2023.json`. */
export function apiUrl(path: string): string {
  // When prerendering there is no window: page URLs are then relative to the site's origin.
  const page = typeof window === 'undefined' ? 'http://localhost/' : window.location.href;
  return new URL(path, new URL(API_BASE_URL, page)).href;
}
