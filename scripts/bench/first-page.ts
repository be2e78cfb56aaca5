/**
 * The first page on a phone: from navigation start to the moment the list
 * shows its cards, and what was downloaded by then, under each emulated
 * network. Each load has a fresh context (nothing cached).
 */
import type { Browser } from 'playwright-core';
import { openSession } from './browser';
import { LOAD_PATH, TIMEOUTS, type NetworkName, type NetworkProfile } from './config';
import { log } from './lifecycle';
import type { TransferSummary } from './network-log';
import { waitForMark } from './probe-calls';
import { median } from './stats';

export interface LoadRun {
  /** Navigation start → first page shown, ms; null when it never showed. */
  firstPageMs: number | null;
  /** Received before then: compressed bodies plus response headers (CDP encodedDataLength). */
  bytes: number;
  /** Of those, response headers (the rest is compressed bodies). */
  headerBytes: number;
  /** Requests finished before then. */
  requests: number;
  /** Requests started before then. */
  started: number;
  /** Requests failed before then, and why. */
  failed: string[];
  /** Bytes before then by resource type. */
  bytesByType: Record<string, number>;
  /** Unthrottled only: the JavaScript downloaded (compressed bodies) by network idle, the background loads done. */
  scriptBytesAtIdle?: number;
  /** The same with the responses' headers, as most tools count a transfer. */
  scriptTransferAtIdle?: number;
  /** Why the load itself went wrong, if it did. */
  error?: string;
}

export interface LoadCase {
  network: NetworkName;
  /** Medians over the runs that showed their first page (nearest rank). */
  firstPageMs: number;
  bytes: number;
  headerBytes: number;
  requests: number;
  /** Unthrottled only: the median of the runs' JavaScript by network idle, bodies and with headers. */
  scriptBytesAtIdle?: number;
  scriptTransferAtIdle?: number;
  /** Runs with no first page, and requests that failed in any run. */
  runsWithoutFirstPage: number;
  failedRequests: number;
  runs: LoadRun[];
}

export async function measureLoads(
  browser: Browser,
  origin: string,
  network: NetworkProfile,
  runs: number,
): Promise<LoadCase> {
  const results: LoadRun[] = [];
  for (let run = 0; run < runs; run++) {
    const result = await loadOnce(browser, origin, network);
    const time = result.firstPageMs === null ? 'no first page' : `${Math.round(result.firstPageMs)} ms`;
    log(`  ${network.label} #${run + 1}: ${time}, ${(result.bytes / 1000).toFixed(1)} kB, ${result.requests} requests`);
    for (const failure of result.failed) log(`    failed: ${failure}`);
    if (result.error) log(`    error: ${result.error}`);
    results.push(result);
  }
  const shown = results.filter((result) => result.firstPageMs !== null);
  return {
    network: network.name,
    firstPageMs: median(shown.map((result) => result.firstPageMs!)),
    bytes: median(shown.map((result) => result.bytes)),
    headerBytes: median(shown.map((result) => result.headerBytes)),
    requests: median(shown.map((result) => result.requests)),
    ...(network.name === 'unthrottled' && {
      scriptBytesAtIdle: median(shown.map((result) => result.scriptBytesAtIdle ?? 0)),
      scriptTransferAtIdle: median(shown.map((result) => result.scriptTransferAtIdle ?? 0)),
    }),
    runsWithoutFirstPage: results.length - shown.length,
    failedRequests: results.reduce((sum, result) => sum + result.failed.length, 0),
    runs: results,
  };
}

async function loadOnce(browser: Browser, origin: string, network: NetworkProfile): Promise<LoadRun> {
  const session = await openSession(browser, { device: 'phone', network, cpuRate: 1 });
  let firstPageMs: number | null = null;
  let idle: TransferSummary | undefined;
  let error: string | undefined;
  try {
    await session.page.goto(origin + LOAD_PATH, { waitUntil: 'commit' });
    firstPageMs = await waitForMark(session.page, 'firstPage', TIMEOUTS.firstPageMs);
    if (network.name === 'unthrottled' && (await session.network.settled(1000, TIMEOUTS.firstPageMs)))
      idle = session.network.summarise(await session.navigationStart());
  } catch (caught) {
    // A load that fails is a result to report, not a reason to stop the benchmark.
    error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
  }
  try {
    const transfer = session.network.summarise(await session.navigationStart(), firstPageMs ?? Infinity);
    return {
      firstPageMs,
      ...transfer,
      ...(idle && { scriptBytesAtIdle: idle.scriptBodyBytes, scriptTransferAtIdle: idle.bytesByType.Script ?? 0 }),
      ...(error === undefined ? {} : { error }),
    };
  } finally {
    await session.close();
  }
}
