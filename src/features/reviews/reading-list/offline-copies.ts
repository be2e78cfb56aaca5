import { apiUrl } from '@/config/api';
import { BASENAME } from '@/config/basename';
import { paths } from '@/config/paths';
import { apiPaths } from '@/format/archive-layout';

/**
 * A saved review's offline copy: its page and its data, in a cache of their
 * own that the service worker reads when the network cannot answer and that
 * nothing expires (src/service-worker/sw.ts). Best effort: without the Cache
 * API (an old browser, a private window) the review is still saved.
 */
const CACHE = 'saved-reviews';

function copies(slug: string): string[] {
  const page = `${BASENAME === '/' ? '' : BASENAME}${paths.review(slug)}`;
  return [apiUrl(apiPaths.review(slug)), new URL(page, window.location.href).href];
}

export async function keepOfflineCopy(slug: string): Promise<boolean> {
  try {
    await (await caches.open(CACHE)).addAll(copies(slug));
    return true;
  } catch {
    return false;
  }
}

export async function dropOfflineCopy(slug: string): Promise<void> {
  try {
    const cache = await caches.open(CACHE);
    await Promise.all(copies(slug).map((url) => cache.delete(url)));
  } catch {
    // No cache to drop.
  }
}
