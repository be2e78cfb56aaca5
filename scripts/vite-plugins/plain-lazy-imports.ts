import type { Plugin } from 'vite';

/**
 * Vite wraps every lazy import in a helper (1 kB on every page) that preloads
 * the chunk's CSS and imports. With one stylesheet and no modulepreload
 * (below) it has nothing to preload: this plugin makes it a plain call.
 */
export function plainLazyImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'reel-notes:plain-lazy-imports',
    enforce: 'pre',
    apply: 'build',
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
