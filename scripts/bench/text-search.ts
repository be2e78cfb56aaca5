/**
 * Search inside reviews (/search), timed: a phone on regular 3G and a desktop
 * unthrottled type each query of text-index-size.ts into the search box, one
 * key every 25 ms, on a freshly loaded page each run (the median is
 * reported); measured from the last key to the first results painted
 * (a list of the query's results with a marked passage, not the previous
 * query's greyed list), to all of the first page's results, and the bytes
 * downloaded from the first key until then.
 */
import type { Browser, Page } from 'playwright-core';
import { openSession } from './browser';
import { NETWORKS, TIMEOUTS, UNTHROTTLED, type NetworkName } from './config';
import { log } from './lifecycle';
import { median } from './stats';
import { benchQueries, textIndexSize, type BenchQuery, type TextIndexSize } from './text-index-size';

/** One query typed once, on a freshly loaded page. */
export interface QueryRun {
  /** Last key → first results painted, ms; null when none came. */
  firstResultsMs: number | null;
  /** Last key → the first page's results all in, ms. */
  completeMs: number | null;
  /** Received from the first key until complete: compressed bodies plus headers. */
  bytes: number;
  requests: number;
  /** The count line, and the first result's link. */
  count: string;
  first: string;
  /** Set when the first result is not the one review the query names. */
  unexpected?: string;
  error?: string;
}

/** A query's runs, and their medians (nearest rank, over the runs that showed results). */
export interface QueryCase extends BenchQuery {
  firstResultsMs: number;
  completeMs: number;
  bytes: number;
  requests: number;
  runs: QueryRun[];
}

export interface TextSearchCase {
  device: 'phone' | 'desktop';
  network: NetworkName;
  queries: QueryCase[];
  /** Why a page could not be measured, when one could not. */
  errors: string[];
}

export interface TextSearchResult {
  index: TextIndexSize;
  cases: TextSearchCase[];
  /** Why no query could be chosen, if none could. */
  error?: string;
}

const REGULAR_3G = NETWORKS.find((network) => network.name === 'regular-3g')!;
const CASES = [
  { device: 'desktop', network: UNTHROTTLED },
  { device: 'phone', network: REGULAR_3G },
] as const;
const KEY_DELAY_MS = 25;

/** Each query typed `runs` times per device, each time on a freshly loaded page (nothing in memory). */
export async function measureTextSearch(
  browser: Browser,
  origin: string,
  archive: string,
  runs: number,
): Promise<TextSearchResult> {
  const index = textIndexSize(archive);
  let queries: BenchQuery[];
  try {
    queries = benchQueries(archive);
  } catch (caught) {
    return { index, cases: [], error: caught instanceof Error ? caught.message : String(caught) };
  }
  const cases: TextSearchCase[] = [];
  for (const { device, network } of CASES) {
    log(` search inside reviews, ${device}, ${network.label}`);
    const results = queries.map((): QueryRun[] => []);
    const errors: string[] = [];
    for (let run = 0; run < runs; run++) {
      const session = await openSession(browser, { device, network, cpuRate: 1 });
      try {
        await session.page.goto(`${origin}/search`, { waitUntil: 'commit' });
        await searchBox(session.page).waitFor({ timeout: TIMEOUTS.firstPageMs });
        // The engine's code and the list of chunks arrive with the page: a query downloads only its own.
        await session.page.waitForLoadState('networkidle', { timeout: TIMEOUTS.firstPageMs });
        const navigationStart = await session.navigationStart();
        for (const [position, query] of queries.entries()) {
          const result = await typeQuery(session.page, query, (from, to) => {
            const before = session.network.summarise(navigationStart, from);
            const after = session.network.summarise(navigationStart, to);
            return { bytes: after.bytes - before.bytes, requests: after.requests - before.requests };
          });
          log(
            `  ${query.query}: first ${ms(result.firstResultsMs)}, all ${ms(result.completeMs)}, ${kB(result.bytes)}`,
          );
          results[position]!.push(result);
        }
      } catch (caught) {
        // Reported as a result, not a reason to stop the benchmark.
        errors.push(caught instanceof Error ? caught.message.split('\n')[0]! : String(caught));
        log(`  error: ${errors.at(-1)}`);
      } finally {
        await session.close();
      }
    }
    cases.push({
      device,
      network: network.name,
      queries: queries.map((query, i) => summarise(query, results[i]!)),
      errors,
    });
  }
  return { index, cases };
}

function summarise(query: BenchQuery, runs: QueryRun[]): QueryCase {
  const shown = runs.filter((run) => run.firstResultsMs !== null && run.completeMs !== null);
  return {
    ...query,
    firstResultsMs: median(shown.map((run) => run.firstResultsMs!)),
    completeMs: median(shown.map((run) => run.completeMs!)),
    bytes: median(shown.map((run) => run.bytes)),
    requests: median(shown.map((run) => run.requests)),
    runs,
  };
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search inside reviews' });

async function typeQuery(
  page: Page,
  { query, expectFirst }: BenchQuery,
  transfer: (fromMs: number, toMs: number) => { bytes: number; requests: number },
): Promise<QueryRun> {
  const run: QueryRun = {
    firstResultsMs: null,
    completeMs: null,
    bytes: 0,
    requests: 0,
    count: '',
    first: '',
  };
  try {
    await emptyTheBox(page);
    const start = await page.evaluate(() => {
      const page = window as { __searchKeys?: number[] };
      if (!page.__searchKeys) {
        window.addEventListener('keydown', () => page.__searchKeys!.push(performance.now()), { capture: true });
      }
      page.__searchKeys = [];
      return performance.now();
    });
    await searchBox(page).focus();
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    const expected = query.replace(/\s+/g, ' ').trim();
    // Checked at each animation frame in the page, so the time is that of the frame after the DOM changed.
    const shown = ({ wanted, all }: { wanted: string; all: boolean }) => {
      const list = document.querySelector('main ol');
      const ready =
        new URLSearchParams(location.search).get('q') === wanted &&
        list?.getAttribute('aria-busy') !== 'true' &&
        list?.querySelector('article mark') &&
        (!all || ![...document.querySelectorAll('main button')].some((button) => /^Loading/.test(button.textContent!)));
      return ready ? performance.now() : 0;
    };
    const options = { polling: 'raf' as const, timeout: TIMEOUTS.changeMs * 2 };
    const first = await (await page.waitForFunction(shown, { wanted: expected, all: false }, options)).jsonValue();
    const complete = await (await page.waitForFunction(shown, { wanted: expected, all: true }, options)).jsonValue();
    const lastKey = await page.evaluate(() => Math.max(...(window as { __searchKeys?: number[] }).__searchKeys!));
    run.firstResultsMs = first - lastKey;
    run.completeMs = complete - lastKey;
    // Requests for the query that finish just after its results are painted still count.
    await page.waitForTimeout(300);
    Object.assign(run, transfer(start, complete + 300));
    run.count = await page.evaluate(
      () =>
        [...document.querySelectorAll('main p')]
          .map((p) => p.textContent ?? '')
          .find((text) => /^(Showing \d|[\d,]+ reviews?\b|up to)/.test(text)) ?? '',
    );
    run.first = (await page.locator('main ol article h2 a').first().innerText()).trim();
    if (expectFirst && run.first !== expectFirst) run.unexpected = `expected ${expectFirst} first`;
  } catch (caught) {
    run.error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
    log(`  ${query}: ${run.error}`);
  }
  return run;
}

/** Empties the search box and waits for the page to settle on no query. */
async function emptyTheBox(page: Page): Promise<void> {
  const box = searchBox(page);
  if (!(await box.inputValue())) return;
  await box.fill('');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'), undefined, {
    timeout: TIMEOUTS.changeMs,
  });
  await page.waitForLoadState('networkidle', { timeout: TIMEOUTS.changeMs });
}

const ms = (value: number | null) => (value === null ? '-' : `${Math.round(value)} ms`);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
