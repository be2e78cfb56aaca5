/**
 * The prerendering step of `npm run build` on its own (scripts/build.ts runs
 * it into a staging folder): every page of the built app in dist/ to HTML,
 * share images, sitemap, robots.txt and feeds. Writes into the folder in
 * place: for running the step again on a finished build, such as with more
 * share images.
 *
 * Usage: npx tsx scripts/prerender.ts [--dist dist] [--server dist-server] [--api <published API folder>] [--images 1000]
 *   --images  how many of the newest reviews get a share image of their own (the rest use the site's)
 * SITE_URL sets the site's public address (README, "Publishing").
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/project-paths';
import { prerenderSite } from './prerender/prerender-site';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    server: { type: 'string', default: 'dist-server' },
    api: { type: 'string' },
    images: { type: 'string', default: '1000' },
  },
});
const dist = resolve(ROOT, values.dist);
console.log(
  await prerenderSite({
    dist,
    server: resolve(ROOT, values.server),
    apiDir: resolve(values.api ?? join(dist, 'api', 'v2')),
    images: Number(values.images),
  }),
);
