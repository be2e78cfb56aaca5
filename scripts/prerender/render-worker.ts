/**
 * Renders pages to HTML files, then draws share images beside the prerenderer's
 * own thread until none is left: one of the prerenderer's workers (one per core;
 * scripts/prerender.ts shares the pages out). Each has its own renderer, its
 * own reader of the published API and its own copy of the app shell.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { imageFiles, LEAD_IMAGE_SIZES } from '../../src/format/image-files';
import type { Image } from '../../src/format/lead-image-schema';
import { SITE_NAME } from '../../src/config/site';
import type { RenderedPage } from '../../src/entry-server';
import { copyIfChanged, linkIfChanged, writeIfChanged } from '../lib/write-if-changed';
import { apiFiles } from './api-files';
import { pageHtml, type PageParts } from './page-html';
import { hashOf, pageCache, type PageEntry } from './page-cache';
import { FILTERED_LIST_CHUNKS } from '../lib/route-chunks';
import { NOT_FOUND_PATH, pageFile, type PageSpec } from './pages';
import { reasonOf, ReviewError } from './review-error';
import { DEFAULT_IMAGE, drawShareImages, sharedCounter, type DrawOptions, type ShareImageJob } from './share-images';

export interface RenderJob {
  /** `linkable`: the page's file may be a hard link to the page cache's (prerender-site.ts). */
  pages: (PageSpec & { linkable: boolean })[];
  dist: string;
  server: string;
  apiDir: string;
  base: string;
  /** The API's base URL the pages read (src/config/api-base.ts). */
  api: string;
  /** The folder of review files, to name one in an error. */
  contentDir: string;
  site: PageParts['site'];
  /** Share image descriptions, by the slug of each review (or the card image of each page) that has its own image. */
  images: [slug: string, alt: string][];
  published: [slug: string, date: string][];
  /** The lead image of each review that has one. */
  leadImages: [slug: string, image: Image][];
  /** The page cache's folder (scripts/prerender/page-cache.ts), or null to render every page. */
  cacheDir: string | null;
  /** The cache's entries of this worker's pages, by name (page-cache.ts, PageIndex). */
  cached: [name: string, entry: PageEntry][];
  /** A hash of the renderer as built and of the project's code: a new one makes every cached page stale. */
  renderer: string;
  /** The hash of each file of the API, by path inside it, when the content step kept them (published-hashes.ts). */
  apiHashes: [path: string, hash: string][] | null;
  /** The share images, drawn by this worker too once its pages are done: `counter` says which is next (sharedCounter). */
  shareImages: Required<Omit<DrawOptions, 'onImage' | 'signal'>> & {
    jobs: ShareImageJob[];
    counter: SharedArrayBuffer;
  };
}

/** What a worker tells the prerenderer: how many more pages it has written, then, once, that it is done. */
export type WorkerMessage = { rendered: number } | { done: RenderCount };

export interface RenderCount {
  pages: number;
  /** Of those, how many came from the page cache. */
  reused: number;
  /** How many files were written: the others were in the staging folder already, byte for byte. */
  written: number;
  /** The cache's entries of the pages rendered afresh, for its index (page-cache.ts, writePageIndex). */
  stored: [name: string, entry: PageEntry][];
  /** How long the pages took this worker. */
  pagesSeconds: number;
  /** The share images this worker drew after its pages (drawn: not found in the cache). */
  images: { drawn: number; written: number };
}

const PROGRESS_BATCH = 25;

async function render(job: RenderJob): Promise<RenderCount> {
  const { renderPage } = (await import(pathToFileURL(resolve(job.server, 'entry-server.js')).href)) as {
    renderPage: (path: string) => Promise<RenderedPage>;
  };
  const api = apiFiles(job.apiDir, new URL(job.api, 'http://localhost/').href, new Map(job.apiHashes ?? []));
  globalThis.fetch = api.fetch;
  // The app without a page, as built (vite.config.ts, appShell): index.html itself is the home page's file.
  const template = readFileSync(join(job.dist, '.vite', 'shell.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(job.dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; name?: string }
  >;
  const chunkFile = (name: string) =>
    Object.values(manifest).find((chunk) => chunk.name === name && chunk.file.endsWith('.js'))?.file;
  const images = new Map(job.images);
  const published = new Map(job.published);
  const leadImages = new Map(job.leadImages);
  // Everything every page is made with: a change to any makes every cached page stale.
  const cache =
    job.cacheDir === null
      ? null
      : pageCache(
          job.cacheDir,
          hashOf(JSON.stringify([job.renderer, hashOf(template), job.site, job.base, job.api])),
          new Map(job.cached),
        );

  /** What a page is made of besides its render: known before rendering it. */
  const partsOf = (page: PageSpec): Omit<PageParts, 'html' | 'documents'> => {
    const chunk = chunkFile(page.chunk);
    // A review's image is named by its slug, a person's, critic's or list's by its card.
    const image = page.slug ?? page.card?.image;
    return {
      path: page.path,
      modules: chunk ? [`${job.base}${chunk}`] : [],
      filteredModules:
        page.chunk === 'list'
          ? FILTERED_LIST_CHUNKS.flatMap((name) => chunkFile(name) ?? []).map((file) => `${job.base}${file}`)
          : [],
      share: {
        type: page.slug ? 'article' : 'website',
        image: `${job.site.url}/share/${image && images.has(image) ? image : DEFAULT_IMAGE}.png`,
        imageAlt: (image && images.get(image)) ?? `${SITE_NAME}: film reviews`,
        ...(page.slug && { published: published.get(page.slug) }),
      },
      site: job.site,
      preloadImage: page.slug ? preloadOf(leadImages.get(page.slug), job.api) : undefined,
    };
  };

  const renderAfresh = async (page: PageSpec, parts: Omit<PageParts, 'html' | 'documents'>) => {
    const stop = api.record();
    const rendered = await renderPage(page.path).catch((error: unknown) => {
      throw failure(job, page, `it could not be rendered: ${reasonOf(error)}`, error);
    });
    const { documents, reads } = stop();
    if (rendered.redirect) throw failure(job, page, `it redirects to ${rendered.redirect}`);
    if (rendered.status !== 200 && page.path !== NOT_FOUND_PATH) {
      throw failure(
        job,
        page,
        `it rendered with status ${rendered.status}${rendered.error ? `: ${rendered.error}` : ''}`,
      );
    }
    const html = pageHtml(template, { ...parts, html: rendered.html, documents });
    return { html, kept: cache?.store(page.path, parts, reads, html) ?? null };
  };

  /** Writes a page, from the cache's file or rendered afresh; true when its bytes changed. */
  const writePage = async (
    page: RenderJob['pages'][number],
    parts: Omit<PageParts, 'html' | 'documents'>,
    file: string,
    cached: string | null,
  ) => {
    if (cached !== null) return page.linkable ? linkIfChanged(cached, file) : copyIfChanged(cached, file);
    const { html, kept } = await renderAfresh(page, parts);
    return kept !== null && page.linkable ? linkIfChanged(kept, file) : writeIfChanged(file, html);
  };

  let unreported = 0;
  // For the build's progress bar: a message per batch of pages, not per page; each image is one.
  const flush = () => {
    if (unreported) parentPort?.postMessage({ rendered: unreported } satisfies WorkerMessage);
    unreported = 0;
  };
  const report = (batch: number) => {
    if (++unreported >= batch) flush();
  };
  let reused = 0;
  let written = 0;
  const started = performance.now();
  for (const page of job.pages) {
    const parts = partsOf(page);
    const file = join(job.dist, pageFile(page.path));
    const cached = cache?.lookup(page.path, parts, api.answerHash) ?? null;
    if (cached !== null) reused++;
    if (await writePage(page, parts, file, cached)) written++;
    report(PROGRESS_BATCH);
  }
  const pagesSeconds = (performance.now() - started) / 1000;
  flush();
  const { jobs, counter, ...drawing } = job.shareImages;
  const drawn = await drawShareImages(jobs, sharedCounter(counter).next, { ...drawing, onImage: () => report(1) });
  return { pages: job.pages.length, reused, written, stored: cache?.stored() ?? [], pagesSeconds, images: drawn };
}

/** The preload of a lead image: its AVIF files (a browser that cannot show AVIF skips it), or the one at its address. */
function preloadOf(image: Image | undefined, base: string): PageParts['preloadImage'] {
  if (!image) return undefined;
  const { src, srcSet } = imageFiles(image, base);
  return srcSet ? { href: src, srcSet: srcSet.avif, sizes: LEAD_IMAGE_SIZES, type: 'image/avif' } : { href: src };
}

/** A page that could not be prerendered: a review's names its file. */
function failure(job: RenderJob, page: PageSpec, reason: string, cause?: unknown): Error {
  const message = `${page.path} could not be prerendered: ${reason}`;
  return page.slug ? new ReviewError(job.contentDir, page.slug, message, { cause }) : new Error(message, { cause });
}

if (parentPort) parentPort.postMessage({ done: await render(workerData as RenderJob) } satisfies WorkerMessage);
