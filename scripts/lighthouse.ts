/**
 * Lighthouse (mobile, default simulated throttling) on the built app, one row
 * per view. Scores depend on the machine, so they are reported, not asserted
 * in `npm test`; the figures go in docs/performance.md.
 *
 * The build is served as a deployed site is (scripts/deploy/serve-headers-file.ts):
 * compressed, with its generated headers. `vite preview` sends pages
 * uncompressed, and Lighthouse's throttling then times bytes no host sends.
 * Usage: npm run build && npm run lighthouse [-- --desktop]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const PORT = 4180;
const VIEWS = ['/', '/reviews/ballerina-2023', '/genres/action'];
const desktop = process.argv.includes('--desktop');

const server = spawn('npx', ['tsx', 'scripts/deploy/serve-headers-file.ts', '--port', String(PORT)], {
  stdio: 'ignore',
});
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'lighthouse-'))}`],
  });
  const rows = [];
  mkdirSync('.lighthouse', { recursive: true });
  try {
    for (const view of VIEWS) {
      const result = await lighthouse(
        `http://127.0.0.1:${PORT}${view}`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        desktop ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${view}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({
        view,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      });
      const name = view === '/' ? 'home' : view.replace(/\W+/g, '-').replace(/^-|-$/g, '');
      writeFileSync(`.lighthouse/${desktop ? 'desktop' : 'mobile'}-${name}.json`, result.report as string);
    }
  } finally {
    await chrome.kill();
  }
  console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} (${new Date().toISOString().slice(0, 10)})`);
  console.log('view                          perf  a11y  best  seo   LCP ms  CLS    TBT ms');
  for (const row of rows) {
    console.log(
      `${row.view.padEnd(30)}${String(row.performance).padStart(4)}  ${String(row.accessibility).padStart(4)}  ${String(row.bestPractices).padStart(4)}  ${String(row.seo).padStart(3)}  ${String(row.lcpMs).padStart(7)}  ${row.cls.toFixed(3)}  ${String(row.tbtMs).padStart(6)}`,
    );
  }
  console.log(JSON.stringify(rows));
} finally {
  server.kill();
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not start at ${url}`);
}
