/**
 * The steps of `npm run build` around Vite's own (the app), each a function
 * of the folders it writes: the reviews checked and published, then, once the
 * app is written, the server renderer, every page prerendered with its share
 * image, sitemap and feeds, and the hosts' configurations. The plugin
 * scripts/vite-plugins/publish-site.ts runs them into staging folders.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { API_DIR } from '../../src/config/api-base';
import { LEGACY_API_DIR, ROOT } from '../lib/project-paths';
import { prerenderSite } from '../prerender/prerender-site';
import { progressBar } from './progress';
import type { BuildStep } from './staged-build';

/** The folders a build writes: the site (`dist/`) and the server renderer the prerenderer runs (`dist-server/`). */
export type SiteFolder = 'dist' | 'server';

export interface SiteBuildOptions {
  /** How many of the newest reviews get a share image of their own. */
  images: number;
  /** Every page rendered afresh, without the page cache of earlier builds. */
  fresh?: boolean;
}

/**
 * Before Vite bundles the app: the reviews, checked and published into the
 * build's own API folder. First, so that a mistake in one stops the build at
 * once, naming each file.
 */
export const contentStep: BuildStep<SiteFolder> = {
  name: 'content',
  run: ({ dist }) => {
    // Where the API was published before: the app's build would copy a leftover of it from public/.
    rmSync(LEGACY_API_DIR, { recursive: true, force: true });
    return runScript('scripts/publish-content.ts', '--out', join(dist, API_DIR));
  },
};

/** The step Vite itself runs between the two: the app, bundled into the same folder as the API. */
export const APP_STEP = 'app';

/** After Vite has written the app: the server renderer, every page with its share image, and the hosts' files. */
export function stepsAfterApp({ images, fresh = false }: SiteBuildOptions): BuildStep<SiteFolder>[] {
  return [
    { name: 'renderer', run: ({ server }) => viteBuild(server, 'src/entry-server.tsx') },
    {
      name: 'pages',
      run: ({ dist, server }) =>
        prerenderSite({
          dist,
          server,
          apiDir: join(dist, API_DIR),
          images,
          progress: progressBar,
          ...(fresh && { cacheDir: null }),
        }),
    },
    { name: 'hosts', run: ({ dist }) => runScript('scripts/deploy/write-host-config.ts', '--dist', dist) },
  ];
}

/** `vite build --ssr <entry>` into a folder, printing only warnings. */
async function viteBuild(outDir: string, ssr: string): Promise<string> {
  const output = await build({
    root: ROOT,
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: false, ssr },
  });
  const files = [output]
    .flat()
    .flatMap((result) => ('output' in result ? result.output : []))
    .filter((file) => !file.fileName.startsWith('.vite/')).length;
  return `${files} files into ${relative(ROOT, outDir)}`;
}

/** Runs one of the project's TypeScript scripts; its output is the summary, its errors pass through. */
async function runScript(script: string, ...args: string[]): Promise<string> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${script} failed${run.stdout ? `:\n${run.stdout.trim()}` : ''}`);
  return run.stdout.trim();
}
