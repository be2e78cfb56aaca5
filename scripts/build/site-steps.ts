/**
 * The steps of `npm run build` around Vite's own (the app), each a function
 * of the folders it writes: the reviews checked and published, then, once the
 * app is written, the server renderer, every page prerendered with its share
 * image, sitemap and feeds, and the hosts' configurations. The plugin
 * scripts/vite-plugins/publish-site.ts runs them into staging folders.
 */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { API_DIR } from '../../src/config/api-base';
import { siteSettings } from '../config/site-settings';
import { ContentProblems, publishContent } from '../content/publish-content';
import { writeHostConfig } from '../deploy/write-host-config';
import { LEGACY_API_DIR, ROOT } from '../lib/project-paths';
import type { Archive } from '../lib/publish-archive';
import { HASHES_FILE, type FileHashes } from '../lib/published-hashes';
import { prerenderSite } from '../prerender/prerender-site';
import { progressBar } from './progress';
import type { BuildStep, StepReport } from './staged-build';

/** The folders a build writes: the site (`dist/`) and the server renderer the prerenderer runs (`dist-server/`). */
export type SiteFolder = 'dist' | 'server';

export interface SiteBuildOptions {
  /** How many of the newest reviews get a share image of their own. */
  images: number;
  /** Every page rendered afresh, without the page cache of earlier builds. */
  fresh?: boolean;
}

/** The steps of one build: the content before Vite bundles the app, the rest once it has written it. */
export interface SiteSteps {
  content: BuildStep<SiteFolder>;
  afterApp: BuildStep<SiteFolder>[];
}

/** The step Vite itself runs between the two: the app, bundled into the same folder as the API. */
export const APP_STEP = 'app';

/**
 * The steps of one build. What the content step publishes is handed to the
 * pages step in memory (the reviews, the list of pages): only the renderer
 * reads the published files, fetching them as the app does.
 */
export function siteSteps({ images, fresh = false }: SiteBuildOptions): SiteSteps {
  let published: Archive | undefined;
  let publishedHashes: FileHashes | undefined;
  return {
    // The reviews, checked and published into the build's own API folder, first: a mistake in one stops the
    // build at once, naming each file.
    content: {
      name: 'content',
      run: async ({ dist }, { removeLeftovers }) => {
        // Where the API was published before: the app's build would copy a leftover of it from public/.
        rmSync(LEGACY_API_DIR, { recursive: true, force: true });
        const { contentDir, includeDrafts: drafts } = siteSettings();
        const api = join(dist, API_DIR);
        try {
          const inBuild = { hashes: join(dist, HASHES_FILE) };
          const result = await publishContent({ contentDir, out: api, drafts, inBuild });
          published = result.archive;
          publishedHashes = result.hashes;
          // What an older build published and this one did not: gone before the pages are rendered from the API.
          const removed = removeLeftovers(api);
          return { summary: result.summary, figures: { 'files written': result.written, 'files removed': removed } };
        } catch (error) {
          // Every problem, at its file:line:column; the step's error says how many.
          if (error instanceof ContentProblems) console.error(error.report);
          throw error;
        }
      },
    },
    afterApp: [
      {
        name: 'renderer',
        run: async ({ server }, { removeLeftovers }) => {
          const { summary, figures } = await viteBuild(server, 'src/entry-server.tsx');
          // An older renderer's chunks go before the pages step hashes the folder to know which pages it may reuse.
          return { summary, figures: { ...figures, 'files removed': removeLeftovers(server) } };
        },
      },
      {
        name: 'pages',
        run: ({ dist, server }, { linkable }) =>
          prerenderSite({
            dist,
            server,
            apiDir: join(dist, API_DIR),
            archive: published,
            apiHashes: publishedHashes,
            images,
            progress: progressBar,
            ...(fresh && { cacheDir: null }),
            linkable: (path) => linkable('dist', path),
          }),
      },
      {
        name: 'hosts',
        // Made from the list of the site's files: an older build's pages must be gone first.
        readsWholeFolders: true,
        run: ({ dist }) => {
          const { summary, written } = writeHostConfig(dist);
          return Promise.resolve({ summary, figures: { 'files written': written } });
        },
      },
    ],
  };
}

/**
 * `vite build --ssr <entry>` into a folder, printing only warnings: one file.
 * Split into chunks, every page's render imported its route's chunk again, and
 * each `import()` in a worker with TypeScript's loader hooks waits on the hooks'
 * thread: an eighth of a worker's time at 20,000 reviews.
 */
async function viteBuild(outDir: string, ssr: string): Promise<StepReport> {
  const output = await build({
    root: ROOT,
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: false, ssr, rollupOptions: { output: { codeSplitting: false } } },
  });
  const files = [output]
    .flat()
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter((file) => !file.fileName.startsWith('.vite/')).length;
  return { summary: `${files} files into ${relative(ROOT, outDir)}`, figures: { 'files written': files } };
}
