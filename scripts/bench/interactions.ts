/**
 * The desktop session: load the list, wait for the whole filter index, then
 * time filter changes and search keystrokes, and read the JS heap.
 */
import type { Browser, Page } from 'playwright-core';
import { openSession, type HeapUse, type Session } from './browser';
import { LOAD_PATH, SETTLE_MS, TIMEOUTS, UNTHROTTLED } from './config';
import { log } from './lifecycle';
import type { ChangeOutcome } from './page-probe';
import { timeChange, waitForMark } from './probe-calls';
import {
  apply,
  describe,
  expectation,
  FACET_SELECTS,
  FILTER_CHANGES,
  NEW_FILTER_CHANGES,
  SEARCH_WORDS,
  START,
  type FilterState,
} from './scenario';
import { summariseChanges, type ChangeRecord, type ChangeSummary } from './summaries';

export interface DesktopCase {
  cpuRate: number;
  /** Navigation start → the whole filter index loaded (count line exact, genre counts shown), ms. */
  indexLoadedMs: number | null;
  /** Received by then (compressed bodies plus headers), and requests finished. */
  bytesAtIndexLoaded: number;
  requestsAtIndexLoaded: number;
  /** Everything the session had received once its background downloads were over (index and cards). */
  bytesAtDataLoaded: number;
  requestsAtDataLoaded: number;
  /** After the index has loaded and settled, and after all the changes. */
  heap: { afterLoad: HeapUse; afterChanges: HeapUse };
  filter: ChangeSummary;
  /** Changes of the decade, country, language and service filters (NEW_FILTER_CHANGES). */
  newFilter: ChangeSummary;
  search: ChangeSummary;
  /** Requests that failed during the session. */
  failedRequests: string[];
  error?: string;
}

/** A pause between changes, as a reader's would be, so one change's tail does not run into the next. */
const GAP_MS = 200;
const NO_HEAP: HeapUse = { usedMB: NaN, backingMB: NaN };

export async function measureDesktop(browser: Browser, origin: string, cpuRate: number): Promise<DesktopCase> {
  const session = await openSession(browser, { device: 'desktop', network: UNTHROTTLED, cpuRate });
  const filterRecords: ChangeRecord[] = [];
  const newFilterRecords: ChangeRecord[] = [];
  const searchRecords: ChangeRecord[] = [];
  const result: DesktopCase = {
    cpuRate,
    indexLoadedMs: null,
    bytesAtIndexLoaded: 0,
    requestsAtIndexLoaded: 0,
    bytesAtDataLoaded: 0,
    requestsAtDataLoaded: 0,
    heap: { afterLoad: NO_HEAP, afterChanges: NO_HEAP },
    filter: summariseChanges([]),
    newFilter: summariseChanges([]),
    search: summariseChanges([]),
    failedRequests: [],
  };
  try {
    const { page } = session;
    await page.goto(origin + LOAD_PATH, { waitUntil: 'commit' });
    result.indexLoadedMs = await waitForMark(page, 'indexLoaded', TIMEOUTS.firstPageMs + TIMEOUTS.indexMs);
    if (result.indexLoadedMs === null) throw new Error('the filter index did not load');
    const transfer = session.network.summarise(await session.navigationStart(), result.indexLoadedMs);
    result.bytesAtIndexLoaded = transfer.bytes;
    result.requestsAtIndexLoaded = transfer.requests;
    // The cards follow the index in the background: the changes are timed once the list data is all in.
    if (!(await session.network.settled(SETTLE_MS, TIMEOUTS.indexMs))) throw new Error('the list data never finished');
    const loaded = session.network.summarise(0);
    result.bytesAtDataLoaded = loaded.bytes;
    result.requestsAtDataLoaded = loaded.requests;
    result.heap.afterLoad = await session.heapAfterGc();

    let state = START;
    for (const change of FILTER_CHANGES) {
      const label = describe(change, state);
      state = apply(change, state);
      filterRecords.push(await timed(session, label, state, () => act(page, change)));
    }
    for (const change of NEW_FILTER_CHANGES) {
      const label = describe(change, state);
      state = apply(change, state);
      newFilterRecords.push(await timed(session, label, state, () => act(page, change)));
    }
    state = await clearFilters(session, state);
    const quietMs = TIMEOUTS.quietMs * cpuRate;
    for (const word of SEARCH_WORDS) {
      const search = page.getByRole('searchbox', { name: 'Search', exact: true });
      await search.focus();
      for (const key of word) {
        state = { ...state, query: state.query + key };
        const press = () => page.keyboard.press(key);
        searchRecords.push(await timed(session, `type "${state.query}"`, state, press, quietMs));
      }
      state = { ...state, query: '' };
      await page.keyboard.press('ControlOrMeta+A');
      await timed(session, 'empty the search box', state, () => page.keyboard.press('Backspace'));
    }
    result.heap.afterChanges = await session.heapAfterGc();
  } catch (caught) {
    // Report what was measured, and why the rest was not.
    result.error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
    log(`  error: ${result.error}`);
  } finally {
    result.filter = summariseChanges(filterRecords);
    result.newFilter = summariseChanges(newFilterRecords);
    result.search = summariseChanges(searchRecords);
    result.failedRequests = session.network.failures();
    await session.close();
  }
  return result;
}

function act(page: Page, change: (typeof FILTER_CHANGES)[number]): Promise<unknown> {
  const panel = page.getByRole('region', { name: 'Filter and sort' });
  if (change.kind === 'sort') return panel.getByLabel('Sort by').selectOption({ value: change.value });
  if (change.kind === 'rating') return panel.getByLabel('Minimum rating').selectOption({ value: change.value });
  if (change.kind === 'facet')
    return panel.getByLabel(FACET_SELECTS[change.facet]).selectOption({ value: change.value });
  // A click, as a reader would: the box shows its new state when the app commits it.
  return panel.getByRole('checkbox', { name: new RegExp(`^${change.label}\\b`) }).click();
}

/** Untimed: "Clear all", so the search runs over every review. */
async function clearFilters(session: Session, state: FilterState): Promise<FilterState> {
  const cleared = { ...state, genres: [], rating: '' };
  const button = session.page.getByRole('button', { name: 'Clear all' });
  await timed(session, 'clear all filters', cleared, () => button.click());
  return cleared;
}

async function timed(
  session: Session,
  label: string,
  state: FilterState,
  action: () => Promise<unknown>,
  /** For a change that may leave the list as it was: how long a calm means it has. */
  quietMs: number | null = null,
): Promise<ChangeRecord> {
  let outcome: ChangeOutcome | 'error';
  let nextPaintMs: number | null = null;
  let changedMs: number | null = null;
  let completeMs: number | null = null;
  let completeDomMs: number | null = null;
  const requestsBefore = session.network.startedCount('data');
  const imagesBefore = session.network.startedCount('images');
  try {
    ({ outcome, nextPaintMs, changedMs, completeMs, completeDomMs } = await timeChange(
      session.page,
      expectation(state),
      action,
      quietMs,
    ));
  } catch (caught) {
    outcome = 'error';
    log(`  ${label}: ${caught instanceof Error ? caught.message.split('\n')[0] : String(caught)}`);
  }
  const requests = session.network.startedCount('data') - requestsBefore;
  const imageRequests = session.network.startedCount('images') - imagesBefore;
  if (process.env.BENCH_DEBUG) {
    const times = `next paint ${ms(nextPaintMs)}, list changed ${ms(changedMs)}, complete ${ms(completeMs)} (in the DOM ${ms(completeDomMs)})`;
    log(`  ${label}: ${outcome}, ${times}, ${requests} data requests, ${imageRequests} images`);
  }
  await session.page.waitForTimeout(GAP_MS);
  return { label, outcome, nextPaintMs, changedMs, completeMs, completeDomMs, requests, imageRequests };
}

const ms = (value: number | null) => (value === null ? '-' : `${value.toFixed(1)} ms`);
