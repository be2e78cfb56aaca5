import type { Plugin } from 'vite';

/**
 * Two copies of the built index.html, the app without a page: `.vite/shell.html`,
 * which the prerenderer fills with each page, and `offline.html`, which the
 * service worker serves for a page never visited while offline (the app then
 * says what it cannot show).
 */
export function appShell(): Plugin {
  return {
    name: 'reel-notes:app-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const html = String(index.source);
      this.emitFile({ type: 'asset', fileName: '.vite/shell.html', source: html });
      this.emitFile({
        type: 'asset',
        fileName: 'offline.html',
        // No preload of the archive's entry: offline, it fails on its own, and the app's request then reuses that failure.
        source: html
          .replace(/\s*<!--app-(head|data)-->/g, '')
          .replace('<!--app-html-->', '')
          .replace(/\s*<link rel="preload" href="[^"]*index\.json"[^>]*>/, ''),
      });
    },
  };
}
