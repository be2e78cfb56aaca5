import { join } from 'node:path';
import { API_DIR } from '../../src/config/api-base';

/** Where things are in this repository, for scripts and tests. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The authored reviews, published as the app's built-in API. */
export const CONTENT_DIR = join(ROOT, 'content', 'reviews');
/**
 * Where `npm run dev` and `npm run content` publish the reviews, as the site's
 * folder holds them (api/v2/…): outside public/, so no build ever copies it,
 * and gone with node_modules. A build publishes into its own output instead.
 */
export const DEV_SITE_DIR = join(ROOT, 'node_modules', '.cache', 'dev-site');
export const DEV_API_DIR = join(DEV_SITE_DIR, API_DIR);
/** Where the API was published before it moved out of public/: a leftover there is removed by the build. */
export const LEGACY_API_DIR = join(ROOT, 'public', API_DIR.split('/')[0]!);
