/**
 * Node's side of the page probe (page-probe.ts): installs it in a context and
 * asks it for its marks and timings. Each call is bounded twice: in the page
 * (its own timeout) and here, a little later, in case the page stops answering.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { TIMEOUTS } from './config';
import { withTimeout } from './lifecycle';
import { defineNameHelper, installProbe, type ChangeTiming, type PageMark, type UrlExpectation } from './page-probe';

/** Grace for the round trip to the page on top of the page's own timeout. */
const GRACE_MS = 5_000;

export async function addProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(defineNameHelper);
  await context.addInitScript(installProbe);
}

/** When the mark was set, in ms from navigation start; null if not within timeoutMs. */
export async function waitForMark(page: Page, mark: PageMark, timeoutMs: number): Promise<number | null> {
  const inPage = page.evaluate(
    async ({ mark, timeoutMs }) => {
      const began = performance.now();
      // Right after navigation commits, the probe may not be there yet.
      while (!window.__bench && performance.now() - began < timeoutMs) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return window.__bench ? window.__bench.waitFor(mark, timeoutMs - (performance.now() - began)) : null;
    },
    { mark, timeoutMs },
  );
  return withTimeout(inPage, timeoutMs + GRACE_MS, `waiting for ${mark}`);
}

/**
 * Times one change: arms the probe with what the URL should hold afterwards,
 * runs the action (a click, a key), then waits for the list: until it has
 * changed, or, with `quietMs`, until that long has passed with no change.
 */
export async function timeChange(
  page: Page,
  expect: UrlExpectation,
  action: () => Promise<unknown>,
  quietMs: number | null,
): Promise<ChangeTiming> {
  await page.evaluate((expect) => window.__bench?.arm(expect), expect);
  await action();
  const { changeMs } = TIMEOUTS;
  const inPage = page.evaluate(
    ({ changeMs, quietMs }) =>
      window.__bench?.settle(changeMs, quietMs) ?? {
        outcome: 'no-event' as const,
        nextPaintMs: null,
        changedMs: null,
        completeMs: null,
        completeDomMs: null,
      },
    { changeMs, quietMs },
  );
  return withTimeout(inPage, changeMs + GRACE_MS, 'waiting for a change');
}
