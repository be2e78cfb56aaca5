import { join, resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { writtenSince } from '../lib/write-if-changed';

/**
 * The service worker (src/service-worker/sw.ts), built by vite-plugin-pwa with
 * the list of files it precaches, and the web app manifest: what lets a
 * reader install the site and read saved reviews offline.
 */
export function offlineWorker(): PluginOption[] {
  // Where this build writes, and when it started: the folder may hold an older build's files until the end.
  let outDir = '';
  let started = 0;
  const buildTimes: Plugin = {
    name: 'reel-notes:offline-worker-build-times',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    buildStart: () => void (started = Date.now()),
  };
  return [
    buildTimes,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      // The app registers the worker itself, after the page has loaded (src/features/offline).
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // The app's code, styles, icons, the Latin font files (saved reviews read offline in their own type) and
        // the offline page; pages, data and share images are cached as they are read.
        globPatterns: [
          'assets/**/*.{js,css}',
          'assets/source-serif-4-latin-[0-9]*.woff2',
          'offline.html',
          'favicon.svg',
          'icons/*.png',
        ],
        // Only this build's files: the glob also finds an older build's, left in the staging folder the build
        // started from (scripts/build/staged-build.ts) until its end; a worker told to precache one would fail.
        manifestTransforms: [
          (entries) => ({ manifest: entries.filter((entry) => writtenSince(join(outDir, entry.url), started)) }),
        ],
        // The worker's own build, nested in the app's, reports only what needs attention.
        buildPlugins: { vite: [quietWorkerBuild] },
      },
      manifest: {
        name: 'Reel Notes — film reviews',
        short_name: 'Reel Notes',
        description: 'Film reviews: the latest, by genre and by star rating, with the facts about each film.',
        lang: 'en-GB',
        display: 'standalone',
        background_color: '#fbf8f3',
        theme_color: '#a4161a',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      devOptions: { enabled: false },
    }),
  ];
}

/**
 * The worker's build prints only warnings, and none of its own making: the
 * plugin asks the bundler for one file with Rollup's name for it, which
 * Rolldown still takes but warns about on every build.
 */
const quietWorkerBuild: Plugin = {
  name: 'reel-notes:quiet-worker-build',
  config(config) {
    const output = config.build?.rollupOptions?.output;
    if (output && !Array.isArray(output) && 'inlineDynamicImports' in output) {
      delete output.inlineDynamicImports;
      Object.assign(output, { codeSplitting: false });
    }
    return { logLevel: 'warn' };
  },
};
