import type { SiteConfig } from './scripts/config/site-config.ts';

/**
 * The site's settings, each with its default: every step of `npm run build`
 * (the content, the app, the prerendered pages, the hosts' configurations)
 * and `npm run dev` read them through scripts/config/site-settings.ts (their
 * shape: scripts/config/site-config.ts).
 *
 * Each one can be overridden without editing this file by the variable named
 * beside it, from (highest first) the environment, `.env.[mode].local`,
 * `.env.[mode]`, `.env.local` or `.env` (mode: `production` for a build,
 * `development` for `npm run dev`). README, "Settings".
 */
export default {
  /** SITE_URL: the public address, without a trailing slash: canonical URLs, share images, sitemap and feeds. */
  siteUrl: 'http://127.0.0.1:4173',
  /** BASE_PATH: the path the site lives under, such as `/repo-name/` for a GitHub Pages project site. */
  basePath: '/',
  /** VITE_API_BASE_URL: where the app reads the reviews, if not from the site itself (empty: `<basePath>api/v2/`). */
  apiBaseUrl: '',
  /** CONTENT_DIR: the folder of review files (critics, lists and people.yml beside it), or one laid out as content/. */
  contentDir: 'content/reviews',
  /** SHARE_IMAGES: how many of the newest reviews get a share image of their own (the rest use the site's). */
  shareImages: 1000,
  /** INCLUDE_DRAFTS: `1` publishes drafts too: for a private preview, never for the real site. */
  includeDrafts: false,
} satisfies SiteConfig;
