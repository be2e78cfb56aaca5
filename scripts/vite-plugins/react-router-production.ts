import { join } from 'node:path';
import { ROOT } from '../lib/project-paths';

/** React Router's production files, in place of the development ones its package exports name. */
export function reactRouterProductionBuild() {
  const dist = join(ROOT, 'node_modules', 'react-router', 'dist', 'production', '/');
  return [
    { find: /^react-router$/, replacement: `${dist}index.mjs` },
    { find: /^react-router\/dom$/, replacement: `${dist}dom-export.mjs` },
  ];
}
