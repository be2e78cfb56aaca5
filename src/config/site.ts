/** The site's name, as readers see it. */
export const SITE_NAME = 'Reel Notes';

/**
 * The absolute URL of a page of the site, from its path: canonical URLs and
 * share images are absolute. The address comes from the build setting
 * SITE_URL (README, "Settings"; scripts/config/site-settings.ts).
 */
export function siteUrl(path: string): string {
  return `${import.meta.env.VITE_SITE_URL}${path}`;
}
