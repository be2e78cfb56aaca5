import type { Plugin } from 'vite';

/**
 * Preloads the body text's font file (Source Serif 4, Latin, 400) on every
 * page, so that it usually arrives before the first paint; the other weights
 * and styles load when text needs them. The file is named by its hash, known
 * only once the CSS is built.
 */
export function fontPreload(): Plugin {
  let base = '/';
  return {
    name: 'reel-notes:font-preload',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const font = Object.keys(ctx.bundle ?? {}).find((file) =>
          /source-serif-4-latin-400-normal-[^/]*\.woff2$/.test(file),
        );
        if (!font) throw new Error('The body font is missing from the build: src/styles/global.css names it');
        return html.replace(
          '<!--app-head-->',
          `<link rel="preload" href="${base}${font}" as="font" type="font/woff2" crossorigin="anonymous" />\n    <!--app-head-->`,
        );
      },
    },
  };
}
