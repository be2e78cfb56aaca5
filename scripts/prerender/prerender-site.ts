/**
 * Prerenders every public page of a built app to static HTML, with its share
 * tags and data, and writes the share images, sitemap, robots.txt and feeds:
 * the build's step after `vite build` (the app) and `vite build --ssr` (the
 * renderer). A failure stops every worker and names the review that caused
 * it, when one did.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { SITE_NAME } from '../../src/config/site';
import { apiBase } from '../../src/config/api-base';
import { siteSettings, type SiteSettings } from '../config/site-settings';
import { writeDiscovery, FEEDS } from './discovery';
import { PAGE_CHUNKS } from '../lib/route-chunks';
import { apiInFolder, apiInMemory, listPages, NOT_FOUND_PATH, pageFile, type PageSpec } from './pages';
import { noProgress, type Progress, type ShowProgress } from '../build/progress';
import type { StepReport } from '../build/staged-build';
import type { RenderCount, RenderJob, WorkerMessage } from './render-worker';
import { entryName, folderHash, readPageIndex, writePageIndex, type PageIndex } from './page-cache';
import { codeVersion } from '../lib/code-version';
import { ROOT } from '../lib/project-paths';
import { typescriptWorker } from '../lib/start-worker';
import type { Archive } from '../lib/publish-archive';
import type { FileHashes } from '../lib/published-hashes';
import { readSiteReviews, siteReviewsOf } from './site-reviews';
import { DEFAULT_IMAGE, drawShareImages, shareImageAlts, shareImageJobs, sharedCounter } from './share-images';

export interface PrerenderOptions {
  /** The built app (`vite build`), where the pages, images and feeds are written. */
  dist: string;
  /** The built renderer (`vite build --ssr src/entry-server.tsx`). */
  server: string;
  /** The published API the pages are rendered from. */
  apiDir: string;
  /**
   * The same API in memory, as the build's content step published it: the
   * reviews and the list of pages come from it rather than being read back
   * from `apiDir` (which only the renderer, fetching as the app does, reads).
   */
  archive?: Pick<Archive, 'slugs' | 'directoryFiles' | 'reviews'>;
  /**
   * The hash of each file of `apiDir` (scripts/lib/published-hashes.ts), when
   * the content step has them: the page cache then knows what a page would
   * read without reading it.
   */
  apiHashes?: FileHashes;
  /** How many of the newest reviews get a share image of their own (the rest use the site's). */
  images: number;
  /** The site's settings (address, base path, API, content folder): by default as configured. */
  settings?: SiteSettings;
  /** How the long parts (share images, pages) show their progress: by default they don't. */
  progress?: ShowProgress;
  /** The page cache kept between builds (page-cache.ts), or null to render every page afresh. */
  cacheDir?: string | null;
  /**
   * Which files of `dist` (by path inside it) may be hard links to the caches'
   * files rather than copies: those nothing writes through (staged-build.ts,
   * `linkable`). None by default.
   */
  linkable?: (path: string) => boolean;
}

/** Where the pages of the last builds are kept: beside the lead images' cache, and gone with node_modules. */
export const PAGE_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'pages');

/** Prerenders the site into `dist`; returns a one-line summary of what it did and its figures. */
export async function prerenderSite({
  dist,
  server,
  apiDir,
  archive,
  apiHashes,
  images: imageCount,
  settings = siteSettings(),
  progress = noProgress,
  cacheDir = PAGE_CACHE_DIR,
  linkable = () => false,
}: PrerenderOptions): Promise<StepReport> {
  const { basePath: base, contentDir } = settings;
  const site = {
    name: SITE_NAME,
    url: settings.siteUrl,
    feeds: { atom: `${base}${FEEDS.atom.slice(1)}`, json: `${base}${FEEDS.json.slice(1)}` },
  };
  const started = performance.now();
  const reviews = archive ? siteReviewsOf(archive.reviews) : readSiteReviews(apiDir, contentDir);
  const pages = listPages(archive ? apiInMemory(archive) : apiInFolder(apiDir), reviews);
  const cards = pages.flatMap((page) => (page.card ? [page.card] : []));
  // Drawn by this thread while the workers render the pages, and by each worker once its pages are done.
  const imageJobs = shareImageJobs(reviews, imageCount, cards);
  const images = shareImageAlts(imageJobs);
  const nextImage = sharedCounter();
  const imageFiles = {
    outDir: join(dist, 'share'),
    apiDir,
    contentDir,
    link: linkable(`share/${DEFAULT_IMAGE}.png`),
  };

  const everyPage = [...pages, { path: NOT_FOUND_PATH, chunk: PAGE_CHUNKS['*'] } satisfies PageSpec];
  // The renderer as built, and the prerenderer's own code (which puts each page's HTML together).
  const renderer = `${folderHash(server)}.${codeVersion()}`;
  // What the page cache knows, read once and shared out with the pages.
  const index: PageIndex = cacheDir === null ? new Map() : readPageIndex(cacheDir);
  // One worker per core, each given every n-th page, so large and small pages spread evenly.
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(everyPage.length / 50)));
  const shares = Array.from({ length: workers }, (_, worker) => everyPage.filter((_, at) => at % workers === worker));
  const jobs = shares.map((share): RenderJob => ({
    pages: share.map((page) => ({ ...page, linkable: linkable(pageFile(page.path)) })),
    dist,
    server,
    apiDir,
    base,
    api: apiBase(settings.apiBaseUrl, base),
    contentDir,
    site,
    images: [...images],
    published: reviews.map((review) => [review.slug, review.published]),
    leadImages: reviews.flatMap((review) => (review.image ? [[review.slug, review.image] as const] : [])),
    cacheDir,
    cached: share.flatMap((page) => {
      const entry = index.get(entryName(page.path));
      return entry ? [[entryName(page.path), entry] as const] : [];
    }),
    renderer,
    apiHashes: apiHashes ? [...apiHashes] : null,
    shareImages: { jobs: imageJobs, counter: nextImage.buffer, ...imageFiles },
  }));
  // The share images are drawn on this thread while the workers render the pages, which only name them, and
  // by the workers too once their pages are done: at 20,000 reviews, 2,001 images took this thread 80 s while
  // the workers were done in 60. The first failure stops the other half, and the step ends only when both have.
  const bar = progress('pages, images', everyPage.length + imageJobs.length);
  const stopped = new AbortController();
  const timed = async <T>(work: Promise<T>) => {
    const workStarted = performance.now();
    try {
      return { ...(await work), seconds: (performance.now() - workStarted) / 1000 };
    } catch (error) {
      stopped.abort(error);
      throw error;
    }
  };
  const [drawing, rendering] = await Promise.allSettled([
    timed(
      drawShareImages(imageJobs, nextImage.next, {
        ...imageFiles,
        onImage: () => bar.advance(),
        signal: stopped.signal,
      }),
    ),
    timed(renderInWorkers(jobs, bar, stopped.signal)),
  ]);
  bar.stop();
  // Either failed: the first failure, which stopped the other half, is the reason.
  if (drawing.status === 'rejected' || rendering.status === 'rejected') throw stopped.signal.reason;
  const { pages: rendered, reused, written, stored, pagesSeconds, images: byWorkers } = rendering.value;
  const drawn = drawing.value.drawn + byWorkers.drawn;
  const imagesWritten = drawing.value.written + byWorkers.written;
  const imagesSeconds = Math.max(drawing.value.seconds, rendering.value.seconds);
  if (cacheDir !== null)
    writePageIndex(
      cacheDir,
      everyPage.map((page) => page.path),
      index,
      stored,
    );

  const discovery = writeDiscovery(dist, site.url, pages, reviews);
  const total = (performance.now() - started) / 1000;
  const summary =
    `Prerendered ${rendered} pages (${reused} unchanged, from the cache) in ${pagesSeconds.toFixed(1)} s with ${workers} worker(s) (${Math.round(everyPage.length / pagesSeconds)} pages/s); ` +
    `${imageJobs.length} share images (${drawn} drawn, ${byWorkers.drawn} of them by the workers after their pages; the rest from the cache) in ${imagesSeconds.toFixed(1)} s; ` +
    `${discovery.sitemaps} sitemap file(s), feeds of ${discovery.feedItems} reviews and of ${discovery.criticFeeds} critics; ${total.toFixed(1)} s in all.`;
  return {
    summary,
    figures: {
      pages: rendered,
      'pages reused': reused,
      'images drawn': drawn,
      'images reused': imageJobs.length - drawn,
      'files written': written + imagesWritten + discovery.written,
    },
  };
}

/** Runs each job in a worker thread; the first failure (or `signal`) stops the others, so nothing writes after it. */
async function renderInWorkers(jobs: RenderJob[], bar: Progress, signal: AbortSignal): Promise<RenderCount> {
  const threads = jobs.map((job) => typescriptWorker(join(import.meta.dirname, 'render-worker.ts'), job));
  try {
    const counts = await Promise.all(
      threads.map(
        (thread) =>
          new Promise<RenderCount>((done, fail) => {
            thread.on('message', (message: WorkerMessage) =>
              'done' in message ? done(message.done) : bar.advance(message.rendered),
            );
            thread.once('error', fail);
            thread.once('exit', (code) => fail(new Error(`a prerender worker stopped with code ${code}`)));
            // Stopped from outside (the share images failed): the finally below ends the threads.
            signal.addEventListener('abort', () => fail(signal.reason), { once: true });
          }),
      ),
    );
    const sum = (figure: (count: RenderCount) => number) => counts.reduce((total, count) => total + figure(count), 0);
    return {
      pages: sum((count) => count.pages),
      reused: sum((count) => count.reused),
      written: sum((count) => count.written),
      stored: counts.flatMap((count) => count.stored),
      // The workers run side by side: the pages took as long as the slowest.
      pagesSeconds: Math.max(...counts.map((count) => count.pagesSeconds)),
      images: { drawn: sum((count) => count.images.drawn), written: sum((count) => count.images.written) },
    };
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}
