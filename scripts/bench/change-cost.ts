/**
 * npm run bench:cost [-- --app DIR …] [--rounds N] [--cpu N]
 *
 * What one sort change costs the main thread at 20,000 reviews on the desktop, in two parts, timed inside the
 * page with no frame between them: the JavaScript from the change event to React's commit (the list's first DOM
 * change, seen by a MutationObserver: the commit is one synchronous block), then the style and layout that commit
 * needs (forced by reading the page's height). The median of 40 changes, per round. No wait for a frame and no
 * paint, so it is quieter than `npm run bench` and tells two builds apart by a millisecond or two.
 *
 * Each --app is a build made with `VITE_API_BASE_URL=/large-api/ APP_ONLY=1 npx vite build --outDir DIR`; the
 * builds are measured in turn, --rounds times (default 2), so that the machine's drift falls on each alike.
 * Without --app: .bench/app, built first if missing (as is the archive).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../lib/project-paths';
import { launchBrowser, openSession } from './browser';
import { APP_DIR, LOAD_PATH, SETTLE_MS, TIMEOUTS, UNTHROTTLED } from './config';
import { cleanupAll, log } from './lifecycle';
import { buildApp, ensureArchive } from './prepare';
import { waitForMark } from './probe-calls';
import { serveArchive } from './serve';
import { median, round1 } from './stats';

const CHANGES = 40;

const { values } = parseArgs({
  options: {
    app: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '2' },
    cpu: { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
const cpuRate = Number(values.cpu);
if (!Number.isInteger(rounds) || rounds < 1 || !(cpuRate >= 1)) {
  throw new Error('Usage: npm run bench:cost -- [--app DIR …] [--rounds N] [--cpu N]');
}
const apps = values.app?.map((dir) => join(ROOT, dir)) ?? [APP_DIR];

/** In the page: `count` changes of the Sort select, each timed from its change event to its commit, then its layout. */
async function timeSortChanges(count: number): Promise<{ script: number[]; layout: number[] }> {
  const select = [...document.querySelectorAll('select')].find((box) => box.querySelector('option[value=rating]'));
  const list = document.querySelector('main ol');
  if (!select || !list) throw new Error('no list with a Sort select on this page');
  const sorts = [...select.options].map((option) => option.value);
  const script: number[] = [];
  const layout: number[] = [];
  for (let index = 0; index < count; index++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    let committed = NaN;
    let laidOut = NaN;
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        committed = performance.now();
        void document.body.offsetHeight;
        laidOut = performance.now();
        stop();
      });
      // A sort that leaves the first page as it was changes nothing: that change is not counted.
      const timer = setTimeout(() => stop(), 1_000);
      const stop = () => {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      };
      observer.observe(list, { subtree: true, childList: true, characterData: true });
    });
    const start = performance.now();
    select.value = sorts[(sorts.indexOf(select.value) + 1) % sorts.length]!;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    if (Number.isNaN(committed)) continue;
    script.push(committed - start);
    layout.push(laidOut - committed);
  }
  return { script, layout };
}

try {
  await ensureArchive(20_000);
  if (!values.app && !existsSync(join(APP_DIR, 'index.html'))) await buildApp();
  const browser = await launchBrowser();
  const results = new Map(apps.map((app) => [app, [] as string[]]));
  for (let round = 0; round < rounds; round++) {
    for (const app of apps) {
      const origin = await serveArchive(20_000, app);
      const session = await openSession(browser, { device: 'desktop', network: UNTHROTTLED, cpuRate });
      await session.page.goto(origin + LOAD_PATH);
      if ((await waitForMark(session.page, 'indexLoaded', TIMEOUTS.firstPageMs)) === null) {
        throw new Error(`${relative(ROOT, app)}: the filter index never loaded`);
      }
      await session.page.waitForTimeout(SETTLE_MS);
      const { script, layout } = await session.page.evaluate(timeSortChanges, CHANGES);
      const line = `script ${round1(median(script))} ms, style and layout ${round1(median(layout))} ms (${script.length} changes)`;
      log(`${relative(ROOT, app)}, round ${round + 1}: ${line}`);
      results.get(app)!.push(line);
      await session.close();
    }
  }
  const cpu = cpuRate === 1 ? 'CPU unthrottled' : `CPU ${cpuRate}× slower`;
  console.log(`A sort change at 20,000 reviews, desktop 1280×800, ${cpu}: medians of ${CHANGES} changes`);
  for (const [app, lines] of results) console.log(`${relative(ROOT, app)}\n  ${lines.join('\n  ')}`);
} finally {
  await cleanupAll();
}
