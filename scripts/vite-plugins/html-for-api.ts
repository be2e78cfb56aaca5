import type { Plugin } from 'vite';
import { bootScript } from '../lib/boot-script';
import { contentSecurityPolicy } from '../lib/security-policy';

/**
 * Finishes index.html for the configured API: the Content-Security-Policy with
 * the API origin in connect-src and the boot script's hash in script-src (the
 * dev server gets none: its React refresh preamble is an inline script), and a
 * preload of the archive's entry file, which every list needs first, so it
 * downloads alongside the JavaScript.
 */
export function htmlForApi(configuredApi: string | undefined, api: string): Plugin {
  let base = '/';
  return {
    name: 'reel-notes:html-for-api',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const withPreload = html.replace(
          '<!--app-head-->',
          `<link rel="preload" href="${api}index.json" as="fetch" crossorigin="anonymous" />\n    <!--app-head-->`,
        );
        if (ctx.server) return withPreload.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        const policy = contentSecurityPolicy({
          apiBaseUrl: configuredApi,
          forMeta: true,
          scriptHashes: [(await bootScript(base)).hash],
        });
        return withPreload.replace('%CSP%', () => policy);
      },
    },
  };
}
