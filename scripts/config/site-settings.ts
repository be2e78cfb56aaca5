/**
 * The site's settings as every step reads them: the defaults of site.config.ts,
 * overridden by Vite's `.env` files and then by the environment, each checked
 * here once. The settings end up in pages, feeds and the generated host
 * configurations (scripts/deploy/), where a quote, a line break, a brace or a
 * semicolon could end the place they were put in and write something of its
 * own: anything of the kind is refused with a message naming the setting.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEnv } from 'vite';
import siteConfig from '../../site.config';
import { ROOT } from '../lib/project-paths';
import { apiOrigin, HTTP_ORIGIN } from '../lib/security-policy';
import type { SiteConfig } from './site-config';

/** The variable (environment or `.env` file) that overrides each setting. */
export const SETTING_VARIABLES = {
  siteUrl: 'SITE_URL',
  basePath: 'BASE_PATH',
  apiBaseUrl: 'VITE_API_BASE_URL',
  contentDir: 'CONTENT_DIR',
  shareImages: 'SHARE_IMAGES',
  includeDrafts: 'INCLUDE_DRAFTS',
} as const satisfies Record<keyof SiteConfig, string>;

/** The settings, checked and in the form the steps use. */
export interface SiteSettings {
  /** Without a trailing slash: `https://reviews.example.com`. */
  siteUrl: string;
  /** With slashes at both ends: `/` or `/repo-name/`. */
  basePath: string;
  /** The configured API address, or undefined for the site's own `api/v2/` (src/config/api-base.ts). */
  apiBaseUrl: string | undefined;
  /** An absolute path: the folder of review files. */
  contentDir: string;
  shareImages: number;
  includeDrafts: boolean;
}

/** `production` for a build, `development` for `npm run dev`: which `.env.[mode]` files are read. */
export type SettingsMode = 'production' | 'development';

/** A URL path of the characters a path needs: no quotes, spaces, semicolons, braces or backslashes. */
const PLAIN_PATH = /^(\/[A-Za-z0-9._~%+-]*)*\/?$/;

/**
 * The settings for a mode. `envDir` is where the `.env` files are (the
 * repository's root); `config` the defaults (site.config.ts).
 */
export function siteSettings(
  mode: SettingsMode = 'production',
  { envDir = ROOT, config = siteConfig }: { envDir?: string; config?: SiteConfig } = {},
): SiteSettings {
  // Vite's own reader, in Vite's order: the environment over .env.[mode].local, .env.[mode], .env.local and .env.
  const variables = loadEnv(mode, envDir, Object.values(SETTING_VARIABLES));
  // An empty value means the default of site.config.ts: a Docker build argument left empty keeps it.
  const read = (key: keyof SiteConfig) => variables[SETTING_VARIABLES[key]]?.trim() || undefined;
  const drafts = read('includeDrafts');
  return {
    siteUrl: checkedSiteUrl(read('siteUrl') ?? config.siteUrl),
    basePath: checkedBasePath(read('basePath') ?? config.basePath),
    apiBaseUrl: checkedApiBaseUrl(read('apiBaseUrl') ?? config.apiBaseUrl),
    contentDir: reviewsFolder(read('contentDir') ?? config.contentDir),
    shareImages: checkedCount('shareImages', read('shareImages') ?? String(config.shareImages)),
    includeDrafts: drafts === undefined ? config.includeDrafts : drafts === '1',
  };
}

function checkedSiteUrl(value: string): string {
  const url = value.trim().replace(/\/+$/, '');
  const origin = /^https?:\/\/[^/]*/.exec(url)?.[0] ?? '';
  if (!HTTP_ORIGIN.test(origin) || !PLAIN_PATH.test(url.slice(origin.length))) {
    throw new Error(
      `SITE_URL must be an http(s) address such as https://reviews.example.com or https://user.github.io/repo-name ` +
        `(a host name, an optional port and path; no quotes, spaces, semicolons, braces or query): ${JSON.stringify(value)}`,
    );
  }
  return url;
}

function checkedBasePath(value: string): string {
  const path = value.trim().replace(/^\/*|\/*$/g, '');
  if (path && (!PLAIN_PATH.test(`/${path}`) || path.split('/').some((segment) => /^\.*$/.test(segment)))) {
    throw new Error(
      `BASE_PATH must be a path such as /repo-name/ (letters, digits, "-", "_", "." and "~" between slashes; ` +
        `no quotes, spaces, semicolons or braces): ${JSON.stringify(value)}`,
    );
  }
  return path ? `/${path}/` : '/';
}

function checkedApiBaseUrl(value: string): string | undefined {
  // apiOrigin refuses anything that could break out of its place in a policy or a config.
  apiOrigin(value);
  return value.trim() || undefined;
}

/** A folder laid out as content/ (reviews/, critics/, lists/) stands for its reviews/. */
function reviewsFolder(value: string): string {
  const dir = resolve(ROOT, value);
  return existsSync(join(dir, 'reviews')) ? join(dir, 'reviews') : dir;
}

function checkedCount(key: 'shareImages', value: string): number {
  if (!/^\d{1,7}$/.test(value.trim())) {
    throw new Error(`${SETTING_VARIABLES[key]} must be a whole number such as 1000: ${JSON.stringify(value)}`);
  }
  return Number(value);
}
