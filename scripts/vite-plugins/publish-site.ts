import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { SiteSettings } from '../config/site-settings';
import { ROOT } from '../lib/project-paths';
import { APP_STEP, siteSteps, type SiteFolder } from '../build/site-steps';
import { openStaging, stagingFolder, type Staging, type StepReport } from '../build/staged-build';
import { summaryTable, type StepRow } from '../build/summary-table';
import { republishOnSave } from './republish-on-save';
import { API_DIR } from '../../src/config/api-base';
import { HASHES_FILE } from '../lib/published-hashes';

/**
 * `npm run build` is this `vite build`: the whole site, Vite's bundling of the
 * app one step of it (scripts/build/site-steps.ts). Before the app is
 * bundled, the reviews are checked and published into the output's API
 * folder; once it is written, the server renderer is built, every page
 * prerendered with its share image, sitemap and feeds, and the hosts'
 * configurations written. All of it goes into staging folders, swapped in
 * only when every step has succeeded, so a failed build leaves the last one
 * as it was. Each step says what it did; a table of them ends the build.
 *
 * `npm run dev` (`vite`) runs the same content step, with drafts, into the
 * dev server's own folder, and again each time a review is saved
 * (./republish-on-save.ts).
 *
 * `shareImages` (SHARE_IMAGES) sets how many reviews get a share image of
 * their own; FRESH_BUILD=1 starts from nothing: every file written, every page
 * rendered afresh, without the page cache. APP_ONLY=1 builds the app alone
 * (the benchmark and some tests do).
 */
export function publishSite(settings: Pick<SiteSettings, 'shareImages' | 'contentDir'>): Plugin {
  let outputs: Record<SiteFolder, string>;
  let staging: Staging<SiteFolder> | undefined;
  let app: { built: Promise<void>; done: (report: StepReport) => void; failed: (error: unknown) => void } | undefined;
  // The files Vite wrote for the app: its bundle's, then public/'s.
  let appFiles = 0;
  let publicDir = '';
  let bundleFailed = false;
  const fresh = process.env.FRESH_BUILD === '1';
  const steps = siteSteps({ images: settings.shareImages, fresh });
  const rows: StepRow[] = [];
  let started = 0;

  const log = (step: string, { summary, figures }: Required<StepReport>, seconds: number) => {
    console.log(`✓ ${step.padEnd(8)} ${summary} (${seconds.toFixed(1)} s)`);
    rows.push({ step, seconds, figures });
  };
  /** The outputs as they were: said when the build stops. */
  const untouched = () =>
    `${Object.values(outputs)
      .map((folder) => `${relative(ROOT, folder)}/`)
      .join(' and ')} are as they were.`;
  /**
   * A step failed: its staging folders are put aside (as the next build's
   * start, never as the site), and Vite is given the reason as it
   * prints it ("error during build:" and the stack), so it reads as two plain
   * lines, not a trace: which step, and why (a review's problems are above it).
   */
  const stop = (error: unknown): never => {
    staging?.abandon();
    const stopped = new Error(`${error instanceof Error ? error.message : String(error)}\n${untouched()}`);
    stopped.name = 'The build stopped';
    stopped.stack = `${stopped.name}: ${stopped.message}`;
    throw stopped;
  };

  return {
    name: 'reel-notes:publish-site',
    // Not in Vitest, whose server must read the published sample as it is.
    apply: (_config, { command, isSsrBuild, isPreview }) =>
      !process.env.VITEST && (command === 'build' ? !isSsrBuild && !process.env.APP_ONLY : !isPreview),
    configureServer(server) {
      republishOnSave(server, settings);
    },
    config(config, { command }) {
      if (command !== 'build') return;
      const root = resolve(config.root ?? process.cwd());
      // The server renderer stays in the project, wherever the site goes: its imports resolve from node_modules/.
      outputs = { dist: resolve(root, config.build?.outDir ?? 'dist'), server: resolve(root, 'dist-server') };
      return {
        build: {
          // The app is written beside the published reviews, into a fresh staging folder: nothing to empty.
          outDir: stagingFolder(outputs.dist),
          emptyOutDir: false,
          // The site's steps run in this plugin's hooks and take longer than the bundling, by design: no warning.
          rollupOptions: { checks: { bundlerTimings: false } },
        },
      };
    },
    // Before Vite starts bundling: a mistake in a review stops the build before anything else runs.
    async configResolved(config) {
      if (config.command !== 'build') return;
      publicDir = config.publicDir;
      started = performance.now();
      staging = openStaging(outputs, log, {
        fresh,
        linkable: { dist: linkableIn(publicDir) },
        // The content step sweeps the API it publishes (site-steps.ts).
        sweptBySteps: { dist: [API_DIR] },
      });
      await staging.run(steps.content).catch(stop);
    },
    buildStart() {
      if (!staging) return;
      // Vite's own step, timed and counted like the others: from here to the app written.
      let done!: (report: StepReport) => void;
      let failed!: (error: unknown) => void;
      const result = new Promise<StepReport>((resolveApp, rejectApp) => ((done = resolveApp), (failed = rejectApp)));
      app = { built: staging.run({ name: APP_STEP, run: () => result }), done, failed };
      // Awaited in closeBundle; a failure is reported there, or by Vite's own error.
      app.built.catch(() => undefined);
    },
    writeBundle(_options, bundle) {
      appFiles += Object.keys(bundle).length;
    },
    buildEnd(error) {
      if (!error) return;
      // Vite reports the error itself.
      bundleFailed = true;
      app?.failed(error);
    },
    closeBundle: {
      // After every other plugin has written its files (the service worker among them).
      order: 'post',
      sequential: true,
      async handler() {
        if (!staging || !app) return;
        if (bundleFailed) {
          // Vite has reported why; what other plugins wrote since goes too.
          staging.abandon();
          return console.error(`The build stopped: ${untouched()}`);
        }
        app.done({
          summary: `the app into ${relative(ROOT, staging.folders.dist)}`,
          figures: { 'files written': appFiles + filesIn(publicDir) },
        });
        try {
          await app.built;
          for (const step of steps.afterApp) await staging.run(step);
          await staging.commit();
        } catch (error) {
          stop(error);
        }
        console.log(`\n${summaryTable(rows)}\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`Built the site into ${relative(ROOT, outputs.dist)}/ in ${seconds} s.`);
      },
    },
  };
}

/** How many files a folder holds, at any depth (none if it is not there). */
function filesIn(folder: string): number {
  if (!folder || !existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/**
 * Which files of a built site the next build may start from as hard links:
 * those only the site's own steps write, always by replacing a file, never
 * writing through it (writeIfChanged, writeWhole): the published API and its
 * hashes, the share images, the pages below the home page. Never what Vite
 * writes in place (the app, public/'s files, the home page's
 * index.html, which it writes first).
 */
function linkableIn(publicDir: string): (path: string) => boolean {
  const fromPublic = new Set(existsSync(publicDir) ? readdirSync(publicDir) : []);
  return (path) =>
    path === HASHES_FILE ||
    (!fromPublic.has(path.split('/')[0]!) &&
      (path.startsWith(API_DIR) || path.startsWith('share/') || (path.includes('/') && path.endsWith('/index.html'))));
}
