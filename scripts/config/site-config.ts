/**
 * The shape of site.config.ts: the settings as a publisher writes them, each
 * a default that a variable can override (site-settings.ts reads and checks
 * them). A file of its own, so that site.config.ts is typed without importing
 * the module that imports it.
 */
export interface SiteConfig {
  siteUrl: string;
  basePath: string;
  apiBaseUrl: string;
  contentDir: string;
  shareImages: number;
  includeDrafts: boolean;
}
