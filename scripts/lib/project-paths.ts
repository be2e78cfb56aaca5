import { join } from 'node:path';
import { API_DIR } from '../../src/config/api-base';

/** Where things are in this repository, for scripts and tests. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The authored reviews, published as the app's built-in API. */
export const CONTENT_DIR = join(ROOT, 'content', 'reviews');
/** The built-in API, served by Vite from public/. */
export const SAMPLE_API_DIR = join(ROOT, 'public', API_DIR);
