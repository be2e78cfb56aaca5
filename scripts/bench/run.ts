/**
 * The whole measurement: prepare the archives and the app, serve each
 * archive, then for each size measure the phone loads under every network and
 * the desktop session at each CPU rate.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openSession } from './browser';
import {
  archiveDir,
  CPU_RATES,
  LOAD_PATH,
  NETWORKS,
  TIMEOUTS,
  UNTHROTTLED,
  type ArchiveSize,
  type BenchOptions,
} from './config';
import { measureLoads, type LoadCase } from './first-page';
import { measureDesktop, type DesktopCase } from './interactions';
import { log } from './lifecycle';
import { machineFacts, type Machine } from './machine';
import { buildApp, ensureArchive } from './prepare';
import { waitForMark } from './probe-calls';
import { serveArchive } from './serve';
import { measureTextSearch, type TextSearchResult } from './text-search';

export interface SizeResult {
  reviews: ArchiveSize;
  /** One per network, slow 3G first. */
  loads: LoadCase[];
  /** One per CPU rate, unthrottled first. */
  desktop: DesktopCase[];
  /** Search inside reviews: the index's size, and queries typed on a desktop and on a phone on 3G. */
  text: TextSearchResult;
}

export interface BenchRun {
  machine: Machine;
  sizes: SizeResult[];
}

export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const loadAtStart = machineFacts('').loadavg;
  for (const size of options.sizes) await ensureArchive(size);
  await buildApp();
  const origins = new Map<ArchiveSize, string>();
  for (const size of options.sizes) origins.set(size, await serveArchive(size));

  const browser = await launchBrowser();
  const machine = { ...machineFacts(browser.version()), loadavg: loadAtStart };
  log(`${machine.chromium}, ${machine.nproc} cores, load average ${machine.loadavg}`);

  const sizes: SizeResult[] = [];
  for (const size of options.sizes) {
    const origin = origins.get(size)!;
    log(`${size.toLocaleString('en-GB')} reviews (${origin}${LOAD_PATH})`);
    await warmUp(browser, origin);
    const loads: LoadCase[] = [];
    for (const network of NETWORKS) {
      log(` phone, ${network.label}`);
      loads.push(await measureLoads(browser, origin, network, options.runs));
    }
    const desktop: DesktopCase[] = [];
    for (const cpuRate of CPU_RATES) {
      log(` desktop, CPU ${cpuRate === 1 ? 'unthrottled' : `${cpuRate}× slower`}`);
      desktop.push(await measureDesktop(browser, origin, cpuRate));
    }
    const text = await measureTextSearch(browser, origin, archiveDir(size), options.runs);
    sizes.push({ reviews: size, loads, desktop, text });
  }
  return { machine, sizes };
}

/** One unmeasured visit, so the server has compressed the files before the measured ones ask for them. */
async function warmUp(browser: Browser, origin: string): Promise<void> {
  const session = await openSession(browser, { device: 'desktop', network: UNTHROTTLED, cpuRate: 1 });
  try {
    await session.page.goto(origin + LOAD_PATH, { waitUntil: 'commit' });
    await waitForMark(session.page, 'indexLoaded', TIMEOUTS.firstPageMs + TIMEOUTS.indexMs);
  } finally {
    await session.close();
  }
}
