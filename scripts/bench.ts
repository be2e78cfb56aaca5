/**
 * Benchmarks the list views with the 37-review sample and a generated
 * 20,000-review catalogue, side by side, in headless Chromium.
 *
 *   npm run bench [-- --runs 5 --profiles desktop,cpu4 --no-record]
 *
 * 1. Generates the large catalogue into .bench/large-api (skipped when it is
 *    already there for the same arguments and generator), and builds the app
 *    twice: the sample into .bench/dist-sample, the large one (API at
 *    /large-api/) into .bench/dist-large.
 * 2. Serves each build on 127.0.0.1 (scripts/lib/static-server.ts: gzip, SPA fallback).
 * 3. Measures, per profile (desktop 1280×800; the same with the CPU slowed 4×
 *    through CDP, as a stand-in for a phone): time to the first list on `/` and
 *    `/genres/drama` and the compressed bytes fetched before it; after the whole
 *    catalogue has loaded, filter changes and search keystrokes until the
 *    updated list is painted (the first DOM change in <main> once the URL
 *    holds the new filter, then requestAnimationFrame + a task); and the JS
 *    heap, after a forced GC, from CDP. BENCH_DEBUG=1 logs every interaction.
 * 4. Prints a table, then one line of JSON, and records both in docs/performance.md.
 *
 * Network is loopback and unthrottled: bytes are reported, not simulated.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { FILMS_FILE, writeCatalog } from './lib/generate-catalog';
import { startStaticServer, type StaticServer } from './lib/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';

const root = join(import.meta.dirname, '..');
const benchDir = join(root, '.bench');
const largeApiDir = join(benchDir, 'large-api');
const CATALOG = { count: 20_000, seed: 1 } as const;
const LARGE_API_PATH = '/large-api/';
const VIEWPORT = { width: 1280, height: 800 };
/** The whole run must end within this, whatever happens. */
const DEADLINE_MS = 10 * 60_000;
const LOAD_TIMEOUT_MS = 30_000;
const CHANGE_TIMEOUT_MS = 5_000;
/** After the catalogue has loaded, let the cards' prefetches and idle work finish before interacting. */
const SETTLE_MS = 1_500;

/** How many reviews the sample has: read from its catalogue once built. */
let sampleCount = 0;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    profiles: { type: 'string', default: 'desktop,cpu4' },
    'no-record': { type: 'boolean', default: false },
  },
  strict: true,
});
const RUNS = Math.min(10, Math.max(1, Number(options.runs) || 5));
const PROFILES = [
  { name: 'desktop', label: 'desktop', cpuRate: 1 },
  { name: 'cpu4', label: 'desktop, CPU 4× slower', cpuRate: 4 },
].filter((profile) => options.profiles.split(',').includes(profile.name));

type Action =
  { kind: 'sort'; value: string } | { kind: 'rating'; value: string } | { kind: 'genre'; genre: string; on: boolean };

/** 26 filter changes through the desktop sidebar. Sorts run with no filter on, so each one reorders the list. */
const FILTER_CHANGES: Action[] = [
  { kind: 'sort', value: 'rating' },
  { kind: 'sort', value: 'title' },
  { kind: 'sort', value: 'year' },
  { kind: 'sort', value: 'newest' },
  { kind: 'rating', value: '3' },
  { kind: 'rating', value: '4' },
  { kind: 'rating', value: '4.5' },
  { kind: 'rating', value: '' },
  { kind: 'genre', genre: 'Drama', on: true },
  { kind: 'genre', genre: 'Comedy', on: true },
  { kind: 'genre', genre: 'Comedy', on: false },
  { kind: 'genre', genre: 'Romance', on: true },
  { kind: 'genre', genre: 'Drama', on: false },
  { kind: 'genre', genre: 'Romance', on: false },
  { kind: 'rating', value: '3.5' },
  { kind: 'genre', genre: 'Western', on: true },
  { kind: 'genre', genre: 'Western', on: false },
  { kind: 'rating', value: '' },
  { kind: 'genre', genre: 'Action', on: true },
  { kind: 'genre', genre: 'Action', on: false },
  { kind: 'genre', genre: 'Horror', on: true },
  { kind: 'genre', genre: 'Horror', on: false },
  { kind: 'genre', genre: 'Thriller', on: true },
  { kind: 'genre', genre: 'Thriller', on: false },
  { kind: 'sort', value: 'rating' },
  { kind: 'sort', value: 'newest' },
];
/** Typed one character at a time into Search; the box is cleared between words. */
const SEARCH_WORDS = ['stewart', 'grant', 'wayne'];

/**
 * Runs in the page before its own scripts. Records when the first list is
 * painted and what had been fetched by then, and when the whole catalogue is
 * in (the genre counts appear in the sidebar). Times interactions from the
 * input event's timestamp to the paint after the update: the first DOM change
 * in <main> once the URL holds the new filters (the URL owns the filters, and
 * the router commits the view after updating it), then a requestAnimationFrame
 * and a task. A string, not a function: tsx would compile a function with
 * helpers (__name) that do not exist in the page, and the app's CSP forbids
 * Playwright's string predicates, so waiting happens in here too.
 */
const PROBE = `(() => {
  const b = (window.__bench = {
    firstListDom: 0, firstList: 0, bytesAtFirstList: 0, requestsAtFirstList: 0, catalogReady: 0,
    armed: false, expect: null, start: 0, committed: 0, painted: 0, batches: [],
  });
  const afterPaint = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));
  const transferred = (until) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= until);
    return {
      bytes: (nav ? nav.transferSize : 0) + resources.reduce((sum, e) => sum + e.transferSize, 0),
      requests: 1 + resources.length,
    };
  };
  b.transferred = () => transferred(performance.now());
  const check = () => {
    if (!b.firstListDom) {
      const article = document.querySelector('main ol li article');
      if (article && article.textContent.trim() && article.getBoundingClientRect().height > 0) {
        b.firstListDom = performance.now();
        afterPaint(() => {
          b.firstList = performance.now();
          const t = transferred(b.firstList);
          b.bytesAtFirstList = t.bytes;
          b.requestsAtFirstList = t.requests;
        });
      }
    }
    if (!b.catalogReady) {
      const aside = document.querySelector('main #filters');
      if (aside && /\\(\\d+\\)/.test(aside.textContent)) afterPaint(() => (b.catalogReady ||= performance.now()));
    }
  };
  /** Whether the URL holds the filter the interaction set: { param, value } or { param, value, present }. */
  const urlMatches = () => {
    const e = b.expect;
    const params = new URLSearchParams(location.search);
    if (e.present !== undefined) return params.getAll(e.param).includes(e.value) === e.present;
    return (params.get(e.param) || '') === e.value;
  };
  new MutationObserver((records) => {
    check();
    if (!b.armed || !b.start || b.committed) return;
    const main = document.querySelector('main');
    if (!main || !records.some((r) => main.contains(r.target))) return;
    const now = performance.now();
    b.batches.push(Math.round(now - b.start));
    if (!urlMatches()) return;
    b.committed = now;
    afterPaint(() => (b.painted = performance.now()));
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  for (const type of ['keydown', 'click', 'input', 'change']) {
    window.addEventListener(type, (event) => {
      if (b.armed && !b.start) b.start = event.timeStamp;
    }, true);
  }
  b.waitFor = (key, timeout) => new Promise((resolve, reject) => {
    const began = performance.now();
    const poll = () => {
      if (b[key] > 0) resolve(b[key]);
      else if (performance.now() - began > timeout) reject(new Error('timed out waiting for ' + key));
      else setTimeout(poll, 25);
    };
    poll();
  });
  b.arm = (expect) => Object.assign(b, { armed: true, expect, start: 0, committed: 0, painted: 0, batches: [] });
  b.settle = (timeout) => new Promise((resolve) => {
    const began = performance.now();
    const poll = () => {
      const done = b.painted > 0;
      if (done || performance.now() - began > timeout) {
        b.armed = false;
        resolve({
          ok: done,
          ms: done ? b.painted - b.start : null,
          commitMs: done ? b.committed - b.start : null,
          batches: b.batches,
        });
      } else setTimeout(poll, 10);
    };
    poll();
  });
})();`;

interface LoadSample {
  firstListMs: number;
  bytes: number;
  requests: number;
}

interface CatalogMeasures {
  firstList: Record<string, { ms: number; bytes: number; requests: number; runs: LoadSample[] }>;
  catalogReadyMs: number;
  bytesAtCatalogReady: number;
  filter: { median: number; p95: number; max: number; count: number; failed: number; all: number[] };
  keystroke: { median: number; p95: number; max: number; count: number; failed: number; all: number[] };
  heapMB: { afterLoad: number; afterFilters: number; afterLoadBeforeGc: number; afterFiltersBeforeGc: number };
}

type Results = Record<string, { sample: CatalogMeasures; large: CatalogMeasures }>;

const cleanup: (() => Promise<unknown>)[] = [];
const deadline = setTimeout(() => {
  console.error(`bench: still running after ${DEADLINE_MS / 60_000} minutes; giving up.`);
  void runCleanup().finally(() => process.exit(1));
}, DEADLINE_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void runCleanup().finally(() => process.exit(130)));
}

async function runCleanup() {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
}

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------- preparation

function ensureCatalog() {
  const sources = [
    FILMS_FILE,
    'scripts/lib/generate-catalog.ts',
    'scripts/lib/publish-api.ts',
    'src/features/reviews/review-schema.ts',
    'src/features/reviews/summary-schema.ts',
    'src/features/reviews/catalog.ts',
  ];
  const hash = createHash('sha256');
  for (const file of sources) {
    const path = resolve(root, file);
    hash.update(existsSync(path) ? readFileSync(path) : `${file} is missing`);
  }
  const stamp = JSON.stringify({ ...CATALOG, sources: hash.digest('hex') });
  const stampFile = join(benchDir, 'large-api.stamp.json');
  if (existsSync(join(largeApiDir, 'catalog', 'index.json')) && readIf(stampFile) === stamp) {
    log(`catalogue: ${relative(root, largeApiDir)} is up to date`);
    return;
  }
  const started = performance.now();
  mkdirSync(benchDir, { recursive: true });
  const result = writeCatalog(largeApiDir, CATALOG);
  writeFileSync(stampFile, stamp);
  log(
    `catalogue: ${result.reviews} reviews, ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
}

function readIf(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error(`${label} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  log(`${label}: ${Math.round(performance.now() - started)} ms`);
}

function build() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  run('sample API', [tsx, 'scripts/build-sample-api.ts']);
  const sampleIndex = JSON.parse(readFileSync(join(root, 'public', 'api', 'v1', 'catalog', 'index.json'), 'utf8'));
  sampleCount = (sampleIndex as { total: number }).total;
  const env = { ...process.env };
  delete env.VITE_API_BASE_URL;
  const viteBuild = (outDir: string) => [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  run('build sample', viteBuild('.bench/dist-sample'), env);
  run('build large', viteBuild('.bench/dist-large'), { ...env, VITE_API_BASE_URL: LARGE_API_PATH });
}

// ---------------------------------------------------------------- measuring

async function openPage(
  browser: Browser,
  cpuRate: number,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  page.setDefaultTimeout(LOAD_TIMEOUT_MS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

async function firstList(browser: Browser, base: string, path: string, cpuRate: number): Promise<LoadSample> {
  const { context, page } = await openPage(browser, cpuRate);
  try {
    await page.goto(base + path, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await waitFor(page, 'firstList');
    const probe = (await page.evaluate(
      '({ ms: __bench.firstList, bytes: __bench.bytesAtFirstList, requests: __bench.requestsAtFirstList })',
    )) as { ms: number; bytes: number; requests: number };
    return { firstListMs: probe.ms, bytes: probe.bytes, requests: probe.requests };
  } finally {
    await context.close();
  }
}

/** Waits in the page (CSP forbids Playwright's string predicates) until the probe has recorded `key`. */
async function waitFor(page: Page, key: 'firstList' | 'catalogReady'): Promise<void> {
  // Until the document exists, the probe does not either.
  await page.waitForLoadState('domcontentloaded', { timeout: LOAD_TIMEOUT_MS });
  await page.evaluate(`__bench.waitFor('${key}', ${LOAD_TIMEOUT_MS})`);
}

async function heapMB(cdp: CDPSession): Promise<{ beforeGc: number; afterGc: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const beforeGc = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { beforeGc: beforeGc / 2 ** 20, afterGc: usedSize / 2 ** 20 };
}

interface Change {
  ok: boolean;
  /** Input event to the paint after the update. */
  ms: number | null;
  /** Input event to the DOM update. */
  commitMs: number | null;
  /** When each batch of DOM changes in <main> came, in ms after the input event. */
  batches: number[];
}

/** What the URL says once a change has been applied: `present` for a repeated parameter such as genre. */
interface Expect {
  param: string;
  value: string;
  present?: boolean;
}

async function timed(page: Page, label: string, expect: Expect, act: () => Promise<unknown>): Promise<Change> {
  await page.evaluate(`__bench.arm(${JSON.stringify(expect)})`);
  await act();
  const change = (await page.evaluate(`__bench.settle(${CHANGE_TIMEOUT_MS})`)) as Change;
  if (!change.ok) log(`warning: ${label} did not update the list within ${CHANGE_TIMEOUT_MS} ms`);
  if (process.env.BENCH_DEBUG) {
    log(
      `${label}: painted ${change.ms?.toFixed(1)} ms, DOM updated ${change.commitMs?.toFixed(1)} ms, changes at [${change.batches}]`,
    );
  }
  return change;
}

/** How the URL spells each change (see src/features/reviews/filters.ts). */
function expected(action: Action): Expect {
  if (action.kind === 'sort') return { param: 'sort', value: action.value === 'newest' ? '' : action.value };
  if (action.kind === 'rating') return { param: 'rating', value: action.value };
  return { param: 'genre', value: action.genre.toLowerCase(), present: action.on };
}

async function interactions(browser: Browser, base: string, cpuRate: number) {
  const { context, page, cdp } = await openPage(browser, cpuRate);
  try {
    await page.goto(`${base}/`, { waitUntil: 'commit' });
    await waitFor(page, 'catalogReady');
    const catalogReadyMs = (await page.evaluate('__bench.catalogReady')) as number;
    const bytesAtCatalogReady = ((await page.evaluate('__bench.transferred()')) as { bytes: number }).bytes;
    await page.waitForTimeout(SETTLE_MS);
    const afterLoad = await heapMB(cdp);

    const sidebar = page.getByRole('region', { name: 'Filter and sort' });
    const filterTimes: Change[] = [];
    for (const action of FILTER_CHANGES) {
      const checkbox = sidebar.getByRole('checkbox', {
        name: new RegExp(`^${action.kind === 'genre' ? action.genre : ''}\\b`),
      });
      filterTimes.push(
        await timed(page, JSON.stringify(action), expected(action), async () => {
          if (action.kind === 'sort') await sidebar.getByLabel('Sort by').selectOption({ value: action.value });
          else if (action.kind === 'rating')
            await sidebar.getByLabel('Minimum rating').selectOption({ value: action.value });
          // A click, not check(): the box shows its new state only when the filtered list commits.
          else await checkbox.click();
        }),
      );
      if (action.kind === 'genre' && (await checkbox.isChecked()) !== action.on) {
        log(`warning: after clicking ${action.genre} its box is not ${action.on ? 'ticked' : 'clear'}`);
      }
    }
    const afterFilters = await heapMB(cdp);

    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.focus();
    const keyTimes: Change[] = [];
    for (const word of SEARCH_WORDS) {
      for (let length = 1; length <= word.length; length++) {
        const char = word[length - 1]!;
        const query = { param: 'q', value: word.slice(0, length) };
        keyTimes.push(await timed(page, `key ${char}`, query, () => page.keyboard.press(char)));
      }
      await page.keyboard.press('ControlOrMeta+A');
      await timed(page, 'clear search', { param: 'q', value: '' }, () => page.keyboard.press('Backspace'));
    }
    return {
      catalogReadyMs,
      bytesAtCatalogReady,
      filter: summarise(filterTimes),
      keystroke: summarise(keyTimes),
      heapMB: {
        afterLoad: afterLoad.afterGc,
        afterFilters: afterFilters.afterGc,
        afterLoadBeforeGc: afterLoad.beforeGc,
        afterFiltersBeforeGc: afterFilters.beforeGc,
      },
    };
  } finally {
    await context.close();
  }
}

function summarise(changes: Change[]) {
  const all = changes.filter((change) => change.ok && change.ms !== null).map((change) => change.ms!);
  const sorted = [...all].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    count: all.length,
    failed: changes.length - all.length,
    all: all.map(round1),
  };
}

/** Nearest rank. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

const round1 = (value: number) => Math.round(value * 10) / 10;

async function measure(browser: Browser, base: string, cpuRate: number): Promise<CatalogMeasures> {
  const firstLists: CatalogMeasures['firstList'] = {};
  for (const path of ['/', '/genres/drama']) {
    const runs: LoadSample[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstList(browser, base, path, cpuRate));
    firstLists[path] = {
      ms: median(runs.map((r) => r.firstListMs)),
      bytes: median(runs.map((r) => r.bytes)),
      requests: median(runs.map((r) => r.requests)),
      runs: runs.map((r) => ({ ...r, firstListMs: round1(r.firstListMs) })),
    };
  }
  return { firstList: firstLists, ...(await interactions(browser, base, cpuRate)) };
}

/** One unmeasured visit, so the server has compressed every file before the first measured one. */
async function warmUp(browser: Browser, base: string) {
  const { context, page } = await openPage(browser, 1);
  try {
    await page.goto(`${base}/genres/drama`, { waitUntil: 'commit' });
    await waitFor(page, 'firstList');
    await page.goto(`${base}/`, { waitUntil: 'commit' });
    await waitFor(page, 'catalogReady');
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- reporting

interface Target {
  profile: string;
  name: string;
  sample: number;
  large: number;
  limit: string;
  pass: boolean;
}

function targets(results: Results): Target[] {
  const list: Target[] = [];
  for (const [profile, { sample, large }] of Object.entries(results)) {
    for (const path of Object.keys(large.firstList)) {
      const s = sample.firstList[path]!.ms;
      const l = large.firstList[path]!.ms;
      list.push({
        profile,
        name: `first list ${path}`,
        sample: s,
        large: l,
        limit: '≤ 1.5× sample',
        pass: l <= 1.5 * s,
      });
    }
    const rows: [string, (m: CatalogMeasures) => number, number][] = [
      ['filter change median', (m) => m.filter.median, 50],
      ['filter change p95', (m) => m.filter.p95, 100],
      ['keystroke median', (m) => m.keystroke.median, 50],
      ['heap (after GC, max)', (m) => Math.max(m.heapMB.afterLoad, m.heapMB.afterFilters), 60],
    ];
    for (const [name, value, limit] of rows) {
      const unit = name.startsWith('heap') ? 'MB' : 'ms';
      list.push({
        profile,
        name,
        sample: value(sample),
        large: value(large),
        limit: `≤ ${limit} ${unit}`,
        pass: Number.isFinite(value(large)) && value(large) <= limit,
      });
    }
  }
  return list;
}

function table(results: Results, machine: Machine): string {
  const lines: string[] = [];
  const fmtMs = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
  const fmtKB = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  const fmtMB = (value: number) => `${value.toFixed(1)} MB`;
  const checks = targets(results);
  const verdict = (profile: string, name: string) => {
    const check = checks.find((c) => c.profile === profile && c.name === name);
    return check ? `${check.pass ? 'pass' : 'FAIL'}: 20k ${check.limit}` : '';
  };
  const header = ['Metric', `sample (${sampleCount})`, `large (${CATALOG.count.toLocaleString('en-GB')})`, 'Target'];
  for (const profile of PROFILES) {
    const { sample, large } = results[profile.name]!;
    const rows: string[][] = [];
    for (const path of Object.keys(sample.firstList)) {
      rows.push([
        `First list ${path}`,
        fmtMs(sample.firstList[path]!.ms),
        fmtMs(large.firstList[path]!.ms),
        verdict(profile.name, `first list ${path}`),
      ]);
      rows.push([
        `  bytes before it (requests)`,
        `${fmtKB(sample.firstList[path]!.bytes)} (${sample.firstList[path]!.requests})`,
        `${fmtKB(large.firstList[path]!.bytes)} (${large.firstList[path]!.requests})`,
        '',
      ]);
    }
    rows.push(['Whole catalogue loaded /', fmtMs(sample.catalogReadyMs), fmtMs(large.catalogReadyMs), '']);
    rows.push(['  bytes by then', fmtKB(sample.bytesAtCatalogReady), fmtKB(large.bytesAtCatalogReady), '']);
    rows.push([
      `Filter change median (n=${large.filter.count})`,
      fmtMs(sample.filter.median),
      fmtMs(large.filter.median),
      verdict(profile.name, 'filter change median'),
    ]);
    rows.push([
      'Filter change p95',
      fmtMs(sample.filter.p95),
      fmtMs(large.filter.p95),
      verdict(profile.name, 'filter change p95'),
    ]);
    rows.push(['Filter change max', fmtMs(sample.filter.max), fmtMs(large.filter.max), '']);
    rows.push([
      `Keystroke median (n=${large.keystroke.count})`,
      fmtMs(sample.keystroke.median),
      fmtMs(large.keystroke.median),
      verdict(profile.name, 'keystroke median'),
    ]);
    rows.push(['Keystroke p95', fmtMs(sample.keystroke.p95), fmtMs(large.keystroke.p95), '']);
    rows.push([
      'JS heap after load (after GC)',
      fmtMB(sample.heapMB.afterLoad),
      fmtMB(large.heapMB.afterLoad),
      verdict(profile.name, 'heap (after GC, max)'),
    ]);
    rows.push([
      'JS heap after 26 filter changes',
      fmtMB(sample.heapMB.afterFilters),
      fmtMB(large.heapMB.afterFilters),
      '',
    ]);
    rows.push([
      '  before GC (load / filters)',
      `${fmtMB(sample.heapMB.afterLoadBeforeGc)} / ${fmtMB(sample.heapMB.afterFiltersBeforeGc)}`,
      `${fmtMB(large.heapMB.afterLoadBeforeGc)} / ${fmtMB(large.heapMB.afterFiltersBeforeGc)}`,
      '',
    ]);
    const failed = sample.filter.failed + large.filter.failed + sample.keystroke.failed + large.keystroke.failed;
    if (failed) rows.push([`Interactions with no list update in ${CHANGE_TIMEOUT_MS} ms`, String(failed), '', '']);
    lines.push(`\n${profile.label} (${VIEWPORT.width}×${VIEWPORT.height}, medians of ${RUNS} loads)`);
    lines.push(formatTable([header, ...rows]));
  }
  lines.push(
    `\nMachine: ${machine.nproc} cores, ${machine.memory} RAM, load average ${machine.loadavg}, ${machine.chromium}, ${machine.date}`,
  );
  return lines.join('\n');
}

function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => (cell ?? '').padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

interface Machine {
  nproc: number;
  memory: string;
  loadavg: string;
  chromium: string;
  node: string;
  date: string;
}

function machineInfo(browser: Browser): Machine {
  let memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  try {
    const free = execFileSync('free', ['-h'], { encoding: 'utf8' });
    memory = free.split('\n')[1]?.trim().split(/\s+/)[1] ?? memory;
  } catch {
    // not Linux: os.totalmem() it is
  }
  return {
    nproc: availableParallelism(),
    memory,
    loadavg: loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
    chromium: `Chromium ${browser.version()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

const SECTION = '## Benchmark (npm run bench)';

function record(tableText: string, json: string, machine: Machine) {
  const file = join(root, 'docs', 'performance.md');
  const section = [
    SECTION,
    '',
    `Measured by \`npm run bench\` (scripts/bench.ts) on ${machine.date.slice(0, 10)}: ${machine.nproc} cores ` +
      `(\`nproc\`), ${machine.memory} RAM (\`free -h\`), load average ${machine.loadavg} at the start, ` +
      `${machine.chromium} headless, Node ${machine.node}.`,
    '',
    `The sample is the ${sampleCount} authored reviews (content/reviews); the large catalogue is ${CATALOG.count.toLocaleString('en-GB')} ` +
      `generated reviews (\`npm run catalog -- --count ${CATALOG.count} --seed ${CATALOG.seed}\`). Each build is ` +
      'served gzipped from 127.0.0.1 by scripts/lib/static-server.ts. Times run from navigation start (loads) or ' +
      'from the input event (filters, keystrokes) to the paint after the update (the first DOM change in `<main>` ' +
      'once the URL holds the new filter, then requestAnimationFrame and a task); bytes are ' +
      'compressed transfer sizes (Resource Timing). The network is loopback and unthrottled; "CPU 4× slower" ' +
      'is CDP `Emulation.setCPUThrottlingRate` 4, a stand-in for a mid-range phone. Filter changes and keystrokes ' +
      'start after the whole catalogue has loaded. Other work on the machine (see the load average) adds noise: ' +
      'compare runs made on a quiet machine.',
    '',
    '```text',
    tableText.trim(),
    '```',
    '',
    'All figures (the last line `npm run bench` prints):',
    '',
    '```text',
    json,
    '```',
    '',
  ].join('\n');
  mkdirSync(join(root, 'docs'), { recursive: true });
  const existing = readIf(file);
  let next: string;
  if (existing === null) next = `# Performance\n\n${section}`;
  else if (existing.includes(SECTION)) {
    const start = existing.indexOf(SECTION);
    const after = existing.slice(start + SECTION.length);
    const nextHeading = after.search(/^#{1,2} /m);
    next = existing.slice(0, start) + section + (nextHeading === -1 ? '' : `\n${after.slice(nextHeading).trimStart()}`);
  } else next = `${existing.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
  log(`recorded in ${relative(root, file)}`);
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  ensureCatalog();
  build();

  const servers: Record<'sample' | 'large', StaticServer> = {
    sample: await startStaticServer({ root: join(benchDir, 'dist-sample') }),
    large: await startStaticServer({ root: join(benchDir, 'dist-large'), mounts: { [LARGE_API_PATH]: largeApiDir } }),
  };
  cleanup.push(
    () => servers.sample.close(),
    () => servers.large.close(),
  );

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: LOAD_TIMEOUT_MS,
  });
  cleanup.push(() => browser.close());
  const machine = machineInfo(browser);

  await warmUp(browser, servers.sample.url);
  await warmUp(browser, servers.large.url);

  const results: Results = {};
  for (const profile of PROFILES) {
    log(`${profile.label}: sample`);
    const sample = await measure(browser, servers.sample.url, profile.cpuRate);
    log(`${profile.label}: large`);
    const large = await measure(browser, servers.large.url, profile.cpuRate);
    results[profile.name] = { sample, large };
  }
  await runCleanup();

  const tableText = table(results, machine);
  const json = JSON.stringify(
    {
      date: machine.date,
      machine,
      catalog: { ...CATALOG, sample: sampleCount },
      runs: RUNS,
      viewport: VIEWPORT,
      profiles: Object.fromEntries(
        PROFILES.map((profile) => [profile.name, { cpuThrottlingRate: profile.cpuRate, ...results[profile.name] }]),
      ),
      targets: targets(results),
      durationMs: Math.round(performance.now() - started),
    },
    (_key, value: unknown) => (typeof value === 'number' ? round1(value) : value),
  );
  console.log(tableText);
  console.log(json);
  if (!options['no-record']) record(tableText, json, machine);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await runCleanup();
  clearTimeout(deadline);
}
