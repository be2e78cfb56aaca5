/**
 * Chromium for the benchmark: one browser, and a fresh context (empty cache,
 * cache disabled) for every load, with the device, network and CPU it is
 * measured on set through CDP before it navigates.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium';
import { DESKTOP, PHONE, TIMEOUTS, type NetworkProfile } from './config';
import { onCleanup, withTimeout } from './lifecycle';
import { NetworkLog } from './network-log';
import { addProbe } from './probe-calls';

/** The longest a CDP command may take (a full GC of a throttled page included). */
const CDP_MS = 30_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH, // CHROME_PATH, else /usr/bin/chromium
    args: CHROMIUM_ARGS,
    timeout: TIMEOUTS.browserMs,
  });
  onCleanup('Chromium', () => browser.close());
  return browser;
}

export interface SessionOptions {
  device: 'phone' | 'desktop';
  network: NetworkProfile;
  cpuRate: number;
}

export interface HeapUse {
  usedMB: number;
  backingMB: number;
}

export interface Session {
  page: Page;
  cdp: CDPSession;
  network: NetworkLog;
  /** The page's navigation start on CDP's clock (seconds), for comparing network events with page marks. */
  navigationStart: () => Promise<number>;
  /** After a full garbage collection, in MiB: the JavaScript heap in use, and array buffers and external strings. */
  heapAfterGc: () => Promise<HeapUse>;
  close: () => Promise<void>;
}

export async function openSession(browser: Browser, options: SessionOptions): Promise<Session> {
  const context: BrowserContext = await withTimeout(
    browser.newContext(options.device === 'phone' ? PHONE : DESKTOP),
    TIMEOUTS.browserMs,
    'opening a browser context',
  );
  const close = onCleanup('browser context', () => context.close());
  try {
    await addProbe(context);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUTS.actionMs);
    page.setDefaultNavigationTimeout(TIMEOUTS.firstPageMs);
    const cdp = await context.newCDPSession(page);
    const network = new NetworkLog(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    if (options.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
    const conditions = options.network.conditions;
    if (conditions) {
      const bytesPerSecond = (conditions.kbps * 1000) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: conditions.latencyMs,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
    }
    return {
      page,
      cdp,
      network,
      navigationStart: async () => {
        const { metrics } = await withTimeout(cdp.send('Performance.getMetrics'), CDP_MS, 'Performance.getMetrics');
        const start = metrics.find((metric) => metric.name === 'NavigationStart')?.value;
        if (start === undefined) throw new Error('Chromium reported no NavigationStart');
        return start;
      },
      heapAfterGc: async () => {
        await withTimeout(cdp.send('HeapProfiler.collectGarbage'), CDP_MS, 'HeapProfiler.collectGarbage');
        const usage = await withTimeout(cdp.send('Runtime.getHeapUsage'), CDP_MS, 'Runtime.getHeapUsage');
        const { usedSize, backingStorageSize } = usage;
        return { usedMB: usedSize / 2 ** 20, backingMB: (backingStorageSize ?? NaN) / 2 ** 20 };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
