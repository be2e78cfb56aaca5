/**
 * The prerendering step of `npm run build` on its own (`vite build` runs it
 * into a staging folder: scripts/vite-plugins/publish-site.ts): every page of the built app in dist/ to HTML,
 * share images, sitemap, robots.txt and feeds. Writes into the folder in
 * place: for running the step again on a finished build, such as with more
 * share images.
 *
 * Usage: npx tsx scripts/prerender.ts [--dist dist] [--server dist-server] [--api <published API folder>] [--images N]
 *   --images  how many of the newest reviews get a share image of their own (the rest use the site's);
 *             by default the setting shareImages
 * The site's address and the rest come from its settings (site.config.ts; README, "Settings").
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_DIR } from '../src/config/api-base';
import { siteSettings } from './config/site-settings';
import { ROOT } from './lib/project-paths';
import { progressBar } from './build/progress';
import { prerenderSite } from './prerender/prerender-site';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    server: { type: 'string', default: 'dist-server' },
    api: { type: 'string' },
    images: { type: 'string' },
  },
});
const dist = resolve(ROOT, values.dist);
const settings = siteSettings();
const { summary } = await prerenderSite({
  dist,
  server: resolve(ROOT, values.server),
  apiDir: resolve(values.api ?? join(dist, API_DIR)),
  images: values.images === undefined ? settings.shareImages : Number(values.images),
  settings,
  progress: progressBar,
});
console.log(summary);
