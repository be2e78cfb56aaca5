import { join } from 'node:path';
import { ROOT } from '../lib/project-paths';

/**
 * Packages' production builds for today's browsers, in place of the files
 * their packages name: React Router's exports name its development build
 * (warnings and all, 0.5 kB more on every first load), and workbox-window's
 * name its ES5 build (1.0 kB more gzip than its modern one, for the service
 * worker's registration).
 */
export function productionBuilds() {
  const modules = join(ROOT, 'node_modules');
  const reactRouter = join(modules, 'react-router', 'dist', 'production', '/');
  return [
    { find: /^react-router$/, replacement: `${reactRouter}index.mjs` },
    { find: /^react-router\/dom$/, replacement: `${reactRouter}dom-export.mjs` },
    { find: /^workbox-window$/, replacement: join(modules, 'workbox-window', 'build', 'workbox-window.prod.mjs') },
  ];
}
