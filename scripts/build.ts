/**
 * `npm run build`: the whole site into dist/ (and the server renderer into
 * dist-server/), from the steps in scripts/build/site-steps.ts. Every step
 * writes into staging folders; dist/ is replaced only when all have
 * succeeded, so a failure leaves the previous build as it was and says which
 * step failed and, when a review is the cause, which file. Long steps show
 * their progress (scripts/build/progress.ts); a table of every step's time
 * and figures ends the build.
 *
 * Usage: npx tsx scripts/build.ts [--images N] [--fresh]
 *   --images  how many of the newest reviews get a share image of their own (the rest use the site's);
 *             by default the setting shareImages (site.config.ts, SHARE_IMAGES)
 *   --fresh   render every page afresh: by default a page nothing has changed for comes from the page
 *             cache of earlier builds (scripts/prerender/page-cache.ts), byte for byte the same
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { siteSettings } from './config/site-settings';
import { ROOT } from './lib/project-paths';
import { siteSteps } from './build/site-steps';
import { stagedBuild } from './build/staged-build';
import { summaryTable, type StepRow } from './build/summary-table';

const { values } = parseArgs({ options: { images: { type: 'string' }, fresh: { type: 'boolean', default: false } } });
const outputs = { dist: join(ROOT, 'dist'), server: join(ROOT, 'dist-server') };
const started = performance.now();
const rows: StepRow[] = [];
try {
  await stagedBuild(
    outputs,
    siteSteps({
      images: values.images === undefined ? siteSettings().shareImages : Number(values.images),
      fresh: values.fresh,
    }),
    (step, { summary, figures }, seconds) => {
      console.log(`✓ ${step.padEnd(8)} ${summary} (${seconds.toFixed(1)} s)`);
      rows.push({ step, seconds, figures });
    },
  );
  console.log(`\n${summaryTable(rows)}\n`);
  console.log(`Built the site into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  console.error(
    `The build stopped: ${Object.values(outputs)
      .map((folder) => `${relative(ROOT, folder)}/`)
      .join(' and ')} are as they were.`,
  );
  process.exitCode = 1;
}
