import type { Plugin } from 'vite';

/**
 * Names the body text's font file (Source Serif 4, Latin, 400) in
 * `<meta name="body-font">`, ahead of the boot script, which preloads it on
 * every page unless the reader saves data or is on 3G (src/boot-script.ts):
 * there the page keeps its local serif and the words arrive sooner. The file
 * is named by its hash, known only once the CSS is built.
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
        if (!html.includes('<!--body-font-->')) throw new Error('index.html has no <!--body-font--> before its head');
        return html.replace('<!--body-font-->', `<meta name="body-font" content="${base}${font}" />`);
      },
    },
  };
}
