import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where things are in this repository, for scripts and tests. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The authored reviews, published as the app's built-in API. */
export const CONTENT_DIR = join(ROOT, 'content', 'reviews');
/**
 * The reviews a build publishes: CONTENT_DIR in the environment names another
 * folder (README, "Settings"), of review files or of a whole site's content
 * laid out as content/ is (reviews/, critics/, lists/). Critics, lists and
 * people.yml are read from beside the reviews' folder.
 */
export function contentDir(): string {
  if (!process.env.CONTENT_DIR) return CONTENT_DIR;
  const dir = resolve(process.env.CONTENT_DIR);
  return existsSync(join(dir, 'reviews')) ? join(dir, 'reviews') : dir;
}
/** The built-in API, served by Vite from public/. */
export const SAMPLE_API_DIR = join(ROOT, 'public', 'api', 'v2');
