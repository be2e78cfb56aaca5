import { join, resolve } from 'node:path';

/** Where things are in this repository, for scripts and tests. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The authored reviews, published as the app's built-in API. */
export const CONTENT_DIR = join(ROOT, 'content', 'reviews');
/** The reviews a build publishes: CONTENT_DIR in the environment names another folder (README, "Settings"). */
export function contentDir(): string {
  return process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : CONTENT_DIR;
}
/** The built-in API, served by Vite from public/. */
export const SAMPLE_API_DIR = join(ROOT, 'public', 'api', 'v2');
