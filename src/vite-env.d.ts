/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** Base URL of the review API, e.g. https://cdn.example.com/reviews/v1/ */
  readonly VITE_API_BASE_URL?: string;
  /** The site's public address without a trailing slash, from the build setting SITE_URL (vite.config.ts). */
  readonly VITE_SITE_URL: string;
}
