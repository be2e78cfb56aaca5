/**
 * Prerenders every public page of the built app to static HTML, with its share
 * tags and data, then writes the share images, sitemap, robots.txt and feeds.
 * Runs after `vite build` (the app, into dist/) and `vite build --ssr` (the
 * renderer, into dist-server/): `npm run build` does all three.
 *
 * Usage: npx tsx scripts/prerender.ts [--dist dist] [--api <published API folder>] [--images 1000]
 *   --images  how many of the newest reviews get a share image of their own (the rest use the site's)
 * SITE_URL sets the site's public address (README, "Publishing").
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { SITE_NAME } from '../src/config/site';
import { ROOT } from './lib/project-paths';
import { writeDiscovery, FEEDS } from './prerender/discovery';
import { listPages, NOT_FOUND_PATH, type PageSpec } from './prerender/pages';
import type { RenderJob } from './prerender/render-worker';
import { readSiteReviews } from './prerender/site-reviews';
import { writeShareImages } from './prerender/share-images';
import { basePath, siteUrl } from './lib/site-url';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    server: { type: 'string', default: 'dist-server' },
    api: { type: 'string' },
    images: { type: 'string', default: '1000' },
  },
});
const dist = resolve(ROOT, values.dist);
const apiDir = resolve(values.api ?? join(dist, 'api', 'v2'));
const base = basePath();
const site = {
  name: SITE_NAME,
  url: siteUrl(),
  feeds: { atom: `${base}${FEEDS.atom.slice(1)}`, json: `${base}${FEEDS.json.slice(1)}` },
};
const started = performance.now();

const pages = listPages(apiDir);
const reviews = readSiteReviews(apiDir);
const imagesStarted = performance.now();
const images = await writeShareImages(join(dist, 'share'), reviews, Number(values.images));
const imagesSeconds = (performance.now() - imagesStarted) / 1000;

const pagesStarted = performance.now();
const everyPage = [...pages, { path: NOT_FOUND_PATH, chunk: 'problems' } satisfies PageSpec];
// One worker per core, each given every n-th page, so large and small pages spread evenly.
const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(everyPage.length / 50)));
const rendered = await Promise.all(
  Array.from({ length: workers }, (_, worker) => {
    const job: RenderJob = {
      pages: everyPage.filter((_, index) => index % workers === worker),
      dist,
      server: resolve(ROOT, values.server),
      apiDir,
      base,
      site,
      images: [...images],
      published: reviews.map((review) => [review.slug, review.published]),
    };
    return new Promise<number>((done, fail) => {
      const thread = new Worker(new URL('./lib/typescript-worker.mjs', import.meta.url), {
        argv: [new URL('./prerender/render-worker.ts', import.meta.url).href],
        workerData: job,
      });
      thread.once('message', done);
      thread.once('error', fail);
      thread.once('exit', (code) => code !== 0 && fail(new Error(`A prerender worker stopped with code ${code}`)));
    });
  }),
);
const pagesSeconds = (performance.now() - pagesStarted) / 1000;

const discovery = writeDiscovery(dist, site.url, pages, reviews);
const total = (performance.now() - started) / 1000;
console.log(
  `Prerendered ${rendered.reduce((sum, count) => sum + count, 0)} pages in ${pagesSeconds.toFixed(1)} s with ${workers} worker(s) (${Math.round(everyPage.length / pagesSeconds)} pages/s); ` +
    `${images.size} share images drawn or reused in ${imagesSeconds.toFixed(1)} s; ` +
    `${discovery.sitemaps} sitemap file(s), feeds of ${discovery.feedItems} reviews; ${total.toFixed(1)} s in all.`,
);
