/**
 * The rows of the report: each figure with its target where the issue sets
 * one (and pass or FAIL), or reported as it is. The targets apply at 20,000
 * reviews; at 100,000 only the first page on regular 3G has one.
 */
import { NETWORKS, type CpuRate, type NetworkName } from './config';
import type { LoadCase } from './first-page';
import type { DesktopCase } from './interactions';
import type { SizeResult } from './run';
import type { ChangeSummary } from './summaries';

type Limits<K extends string | number> = Partial<Record<number, Partial<Record<K, number>>>>;

/** Reviews → network → the longest the first page may take, ms. */
const FIRST_PAGE_MS: Limits<NetworkName> = {
  20_000: { 'slow-3g': 6_000, 'regular-3g': 4_000 },
  100_000: { 'regular-3g': 4_000 },
};
/** Reviews → bytes before the first page (kB of 1,000 bytes). */
const FIRST_PAGE_BYTES: Partial<Record<number, number>> = { 20_000: 150_000 };
/** Issue #17: everything a list page loads by network idle. */
const IDLE_SCRIPT_BYTES = 125_000;
/** Reviews → CPU slowdown → limit: from the input to the complete list on screen (issue #17). */
const FILTER_P50_MS: Limits<CpuRate> = { 20_000: { 1: 16, 4: 50 } };
const FILTER_P95_MS: Limits<CpuRate> = { 20_000: { 1: 40 } };
const SEARCH_P50_MS: Limits<CpuRate> = { 20_000: { 1: 16, 4: 50 } };
/** Requests per change once the list data is in: none. */
const REQUESTS_PER_CHANGE: Limits<CpuRate> = { 20_000: { 1: 0, 4: 0 } };
const HEAP_MB: Limits<CpuRate> = { 20_000: { 1: 40, 4: 40 } };

export interface Row {
  reviews: number;
  measure: string;
  /** '≤ 8.00 s', or '' when the figure is reported without a target. */
  target: string;
  measured: string;
  result: 'pass' | 'FAIL' | '';
  /** The figure the target is checked against, in the target's unit (ms, bytes, MiB); null if none. */
  value: number | null;
  limit: number | null;
}

export const formatMs = (ms: number) =>
  !Number.isFinite(ms) ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
export const formatKB = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : 'n/a');
const formatMB = (mib: number) => (Number.isFinite(mib) ? `${mib.toFixed(1)} MB` : 'n/a');

export function row(
  reviews: number,
  measure: string,
  measured: string,
  check?: { value: number; limit: number | undefined; format: (value: number) => string },
): Row {
  if (!check || check.limit === undefined)
    return { reviews, measure, target: '', measured, result: '', value: null, limit: null };
  const pass = Number.isFinite(check.value) && check.value <= check.limit;
  const target = `≤ ${check.format(check.limit)}`;
  return { reviews, measure, target, measured, result: pass ? 'pass' : 'FAIL', value: check.value, limit: check.limit };
}

function loadRows(reviews: number, loads: LoadCase[]): Row[] {
  const rows = loads.map((load) => {
    const label = NETWORKS.find((network) => network.name === load.network)?.label ?? load.network;
    const runs = load.runs.map((run) => (run.firstPageMs === null ? 'none' : formatMs(run.firstPageMs)));
    const notes = [runs.length > 1 ? `runs ${runs.join(', ')}` : '', failures(load)].filter(Boolean).join('; ');
    return row(reviews, `First page, phone, ${label}`, formatMs(load.firstPageMs) + (notes ? ` (${notes})` : ''), {
      value: load.firstPageMs,
      limit: FIRST_PAGE_MS[reviews]?.[load.network],
      format: formatMs,
    });
  });
  // The line is for 3G, where the page leaves the web font out; unthrottled, the font comes too, as it should.
  const onThreeG = loads.filter((load) => load.network !== 'unthrottled');
  const most = (onThreeG.length ? onThreeG : loads).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const bytes = `${formatKB(most.bytes)} (bodies ${formatKB(most.bytes - most.headerBytes)}), ${most.requests} requests`;
  const byNetwork = loads.map((load) => `${formatKB(load.bytes)} ${load.network}`);
  const spread = new Set(loads.map((load) => load.bytes)).size > 1 ? `; ${byNetwork.join(' / ')}` : '';
  rows.push(
    row(reviews, 'Downloaded before the first page on 3G', bytes + spread, {
      value: most.bytes,
      limit: FIRST_PAGE_BYTES[reviews],
      format: formatKB,
    }),
  );
  const idle = loads.find((load) => load.scriptBytesAtIdle !== undefined);
  if (idle?.scriptBytesAtIdle) {
    const withHeaders = idle.scriptTransferAtIdle
      ? ` (${formatKB(idle.scriptTransferAtIdle)} with the response headers)`
      : '';
    rows.push(
      row(reviews, 'JavaScript by network idle, phone, unthrottled', formatKB(idle.scriptBytesAtIdle) + withHeaders, {
        value: idle.scriptBytesAtIdle,
        limit: IDLE_SCRIPT_BYTES,
        format: formatKB,
      }),
    );
  }
  return rows;
}

function failures(load: LoadCase): string {
  const parts = [];
  if (load.runsWithoutFirstPage) parts.push(`${load.runsWithoutFirstPage} runs never showed it`);
  if (load.failedRequests) parts.push(`${load.failedRequests} failed requests`);
  return parts.join(', ');
}

function changeNote(summary: ChangeSummary, what: string): string {
  const parts = [`n=${summary.timed}`];
  if (summary.unchanged) parts.push(`${summary.unchanged} of ${summary.made} ${what} left the list as it was`);
  if (summary.failed) parts.push(`${summary.failed} failed`);
  return `(${parts.join('; ')})`;
}

/** The input → the DOM change that completed the list, before the frame that paints it. */
const domTimes = (summary: ChangeSummary) =>
  `p50 ${formatMs(summary.completeDom.p50)}, p95 ${formatMs(summary.completeDom.p95)}`;

function desktopRows(reviews: number, desktop: DesktopCase): Row[] {
  const cpu = desktop.cpuRate as CpuRate;
  const where = cpu === 1 ? 'desktop' : `desktop, CPU ${cpu}× slower`;
  const { filter, newFilter, search } = desktop;
  const complete = (summary: ChangeSummary) =>
    `p50 ${formatMs(summary.complete.p50)}, p95 ${formatMs(summary.complete.p95)}, max ${formatMs(summary.complete.max)}; ` +
    `data requests per change p50 ${summary.requests.p50}, max ${summary.requests.max}; ` +
    `images p50 ${summary.imageRequests.p50}, max ${summary.imageRequests.max}`;
  const index = `${desktop.indexLoadedMs === null ? 'never' : formatMs(desktop.indexLoadedMs)}, ${formatKB(desktop.bytesAtIndexLoaded)}, ${desktop.requestsAtIndexLoaded} requests`;
  const data = `${formatKB(desktop.bytesAtDataLoaded)}, ${desktop.requestsAtDataLoaded} requests`;
  const rows = [
    row(reviews, `Whole index loaded, ${where}`, index + (desktop.error ? ` (error: ${desktop.error})` : '')),
    row(reviews, `  and every card, in the background`, data),
    row(
      reviews,
      `Filter change, complete list p50, ${where}`,
      `${formatMs(filter.complete.p50)} ${changeNote(filter, 'changes')}`,
      { value: filter.complete.p50, limit: FILTER_P50_MS[reviews]?.[cpu], format: formatMs },
    ),
    row(reviews, `Filter change, complete list p95, ${where}`, formatMs(filter.complete.p95), {
      value: filter.complete.p95,
      limit: FILTER_P95_MS[reviews]?.[cpu],
      format: formatMs,
    }),
    row(
      reviews,
      `  first change on screen`,
      `p50 ${formatMs(filter.changed.p50)}, p95 ${formatMs(filter.changed.p95)}`,
    ),
    row(reviews, `  last change of the list, in the DOM`, domTimes(filter)),
    // Decade, country, language and service: the same targets as the other filters.
    row(
      reviews,
      `New filters change p50/p95, ${where}`,
      `p50 ${formatMs(newFilter.complete.p50)}, p95 ${formatMs(newFilter.complete.p95)} ${changeNote(newFilter, 'changes')}`,
      { value: newFilter.complete.p95, limit: FILTER_P95_MS[reviews]?.[cpu], format: formatMs },
    ),
    row(reviews, `  last change of the list, in the DOM`, domTimes(newFilter)),
    row(reviews, `Data requests per filter change, most, ${where}`, complete(filter), {
      value: filter.requests.max,
      limit: REQUESTS_PER_CHANGE[reviews]?.[cpu],
      format: String,
    }),
    row(
      reviews,
      `Search keystroke, complete list p50, ${where}`,
      `${formatMs(search.complete.p50)} ${changeNote(search, 'keys')}`,
      { value: search.complete.p50, limit: SEARCH_P50_MS[reviews]?.[cpu], format: formatMs },
    ),
    row(reviews, `  data requests per keystroke`, complete(search), {
      value: search.requests.max,
      limit: REQUESTS_PER_CHANGE[reviews]?.[cpu],
      format: String,
    }),
    row(reviews, `  last change of the list, in the DOM`, domTimes(search)),
    row(
      reviews,
      `  next paint after each key`,
      `p50 ${formatMs(search.nextPaint.p50)}, p95 ${formatMs(search.nextPaint.p95)} (all ${search.made} keys)`,
    ),
  ];
  const { afterLoad, afterChanges } = desktop.heap;
  const heap =
    `${formatMB(afterLoad.usedMB)} (+ ${formatMB(afterLoad.backingMB)} array buffers and external strings; ` +
    `after the changes ${formatMB(afterChanges.usedMB)} + ${formatMB(afterChanges.backingMB)})`;
  rows.push(
    row(reviews, `JS heap after load, ${where}`, heap, {
      value: afterLoad.usedMB,
      limit: HEAP_MB[reviews]?.[cpu],
      format: formatMB,
    }),
  );
  return rows;
}

export function reportRows(sizes: SizeResult[]): Row[] {
  return sizes.flatMap((size) => [
    ...loadRows(size.reviews, size.loads),
    ...size.desktop.flatMap((desktop) => desktopRows(size.reviews, desktop)),
  ]);
}
