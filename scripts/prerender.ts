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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { apiBase } from '../src/config/api-base';
import { SITE_NAME } from '../src/config/site';
import type { RenderedPage } from '../src/entry-server';
import { ROOT } from './lib/project-paths';
import { apiFiles } from './prerender/api-files';
import { writeDiscovery, FEEDS } from './prerender/discovery';
import { pageHtml } from './prerender/page-html';
import { listPages, NOT_FOUND_PATH, type PageSpec } from './prerender/pages';
import { readSiteReviews } from './prerender/site-reviews';
import { DEFAULT_IMAGE, writeShareImages } from './prerender/share-images';
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

const { renderPage } = (await import(pathToFileURL(resolve(ROOT, values.server, 'entry-server.js')).href)) as {
  renderPage: (path: string) => Promise<RenderedPage>;
};
const api = apiFiles(apiDir, new URL(apiBase(process.env.VITE_API_BASE_URL, base), 'http://localhost/').href);
globalThis.fetch = api.fetch;
// The app without a page, as built (vite.config.ts, appShell): index.html itself is the home page's file.
const template = readFileSync(join(dist, '.vite', 'shell.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  { file: string; name?: string }
>;
const chunkFile = (name: string) =>
  Object.values(manifest).find((chunk) => chunk.name === name && chunk.file.endsWith('.js'))?.file;

const pages = listPages(apiDir);
const reviews = readSiteReviews(apiDir);
const published = new Map(reviews.map((review) => [review.slug, review.published]));
const imagesStarted = performance.now();
const images = await writeShareImages(join(dist, 'share'), reviews, Number(values.images));
const imagesSeconds = (performance.now() - imagesStarted) / 1000;

const pagesStarted = performance.now();
for (const page of [...pages, { path: NOT_FOUND_PATH, chunk: 'problems' } satisfies PageSpec]) {
  const stop = api.record();
  const rendered = await renderPage(page.path);
  const documents = stop();
  if (rendered.redirect || (rendered.status !== 200 && page.path !== NOT_FOUND_PATH)) {
    throw new Error(
      `${page.path} rendered with status ${rendered.status}${rendered.redirect ? ` → ${rendered.redirect}` : ''}`,
    );
  }
  const chunk = chunkFile(page.chunk);
  const html = pageHtml(template, {
    html: rendered.html,
    path: page.path,
    documents,
    modules: chunk ? [`${base}${chunk}`] : [],
    share: {
      type: page.slug ? 'article' : 'website',
      image: `${site.url}/share/${page.slug && images.has(page.slug) ? page.slug : DEFAULT_IMAGE}.png`,
      imageAlt: page.slug ? (images.get(page.slug) ?? `${SITE_NAME}: film reviews`) : `${SITE_NAME}: film reviews`,
      ...(page.slug && { published: published.get(page.slug) }),
    },
    site,
  });
  const file = page.path === NOT_FOUND_PATH ? join(dist, '404.html') : join(dist, page.path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}
const pagesSeconds = (performance.now() - pagesStarted) / 1000;

const discovery = writeDiscovery(dist, site.url, pages, reviews);
const total = (performance.now() - started) / 1000;
console.log(
  `Prerendered ${pages.length + 1} pages in ${pagesSeconds.toFixed(1)} s (${Math.round((pages.length + 1) / pagesSeconds)} pages/s); ` +
    `${images.size} share images drawn or reused in ${imagesSeconds.toFixed(1)} s; ` +
    `${discovery.sitemaps} sitemap file(s), feeds of ${discovery.feedItems} reviews; ${total.toFixed(1)} s in all.`,
);
