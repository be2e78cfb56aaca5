import type { Page, Request, Route } from '@playwright/test';
import { test as base, expect } from './fixtures';

/**
 * Shared by faults.spec.ts and bad-urls.spec.ts: fault injection at the
 * network (page.route) and the checks every fault must pass. A pass means no
 * uncaught error, no script run, no dialog, no blank page, a message and a
 * working way forward.
 */

/** Chromium logs every failed request; those are the faults we inject, not app errors. */
const EXPECTED_CONSOLE_ERRORS = /Failed to load resource|net::ERR_/;

/**
 * The project fixture plus: any console error the app logs (React, the route
 * error boundary, a CSP refusal of an injected handler) fails the test too.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !EXPECTED_CONSOLE_ERRORS.test(message.text())) errors.push(message.text());
      });
      await provide(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Matches one file of the review API, e.g. `catalog/index.json`. */
export const api =
  (path: string) =>
  (url: URL): boolean =>
    url.pathname === `/api/v1/${path}`;

/** Matches every catalogue shard. */
export const anyShard = (url: URL): boolean => /^\/api\/v1\/catalog\/shards\/\d+\.json$/.test(url.pathname);

export const reviewFile = (slug: string) => api(`reviews/${slug}.json`);

/** Serves an API file edited on its way to the app. */
export async function rewriteJson<T>(
  page: Page,
  matcher: (url: URL) => boolean,
  edit: (document: T) => unknown,
): Promise<void> {
  await page.route(matcher, async (route) => {
    const response = await route.fetch();
    const document = (await response.json()) as T;
    await route.fulfill({ response, json: edit(document) });
  });
}

/** Counts the requests the page makes for URLs the matcher accepts. */
export function countRequests(page: Page, matcher: (url: URL) => boolean): { readonly count: number } {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (matcher(new URL(request.url()))) seen.push(request);
  });
  return {
    get count() {
      return seen.length;
    },
  };
}

/**
 * A route that holds its requests until released, then lets them through (or
 * does what `then` says): for loading states without a fixed wait.
 */
export async function holdRoute(
  page: Page,
  matcher: (url: URL) => boolean,
  then: (route: Route) => Promise<void> = (route) => route.continue(),
): Promise<{ release: () => void; held: Promise<void> }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let markHeld!: () => void;
  const held = new Promise<void>((resolve) => (markHeld = resolve));
  await page.route(matcher, async (route) => {
    markHeld();
    await gate;
    await then(route);
  });
  return { release, held };
}

/** The payloads and awkward text every string field gets in the hostile-data tests. */
export const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  bidi: '\u202Eevil',
  zeroWidth: 'zero\u200Bwidth\u200C\u200D\u2060\uFEFFchars',
  emoji: '👩‍👩‍👧‍👦 🧑🏽‍🚀 🏳️‍🌈 👨🏿‍❤️‍💋‍👨🏻',
} as const;

/** A word with no break opportunity, `length` characters long. */
export const longWord = (length: number) => 'W'.repeat(length);

/** Every hostile string in one value, then a long word filling the field up to `max` (at most 3,000). */
export function hostileText(max: number): string {
  const joined = Object.values(HOSTILE).join(' ');
  const room = Math.min(3_000, max - joined.length - 1);
  return room > 0 ? `${joined} ${longWord(room)}` : joined.slice(0, max);
}

/** One array item per hostile string, plus a long word as long as the field allows. */
export function hostileList(max: number): string[] {
  return [...Object.values(HOSTILE), longWord(Math.min(3_000, max))];
}

/**
 * The checks every view must pass, whatever went wrong: something readable in
 * main, no injected element or script, no script ran, no sideways scrolling.
 */
export async function expectSafePage(page: Page): Promise<void> {
  await expect(page.locator('main h1, main [role="alert"], main [role="status"]').first()).toBeVisible();
  const state = await page.evaluate(() => ({
    pwned: (window as Window & { __pwned?: unknown }).__pwned,
    injectedImages: document.querySelectorAll('img[src="x"], img[onerror], [onerror], [onload]').length,
    inlineScripts: [...document.scripts].filter((script) => script.type !== 'application/ld+json' && !script.src)
      .length,
    dangerousLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]').length,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    innerWidth: window.innerWidth,
  }));
  expect(state.pwned, 'window.__pwned').toBeUndefined();
  expect(state.injectedImages, 'injected elements with handlers').toBe(0);
  expect(state.inlineScripts, 'inline scripts').toBe(0);
  expect(state.dangerousLinks, 'javascript: or data: links').toBe(0);
  const viewport = page.viewportSize()!.width;
  expect(
    state.scrollWidth,
    `no horizontal scrolling (scrollWidth ${state.scrollWidth}, clientWidth ${state.clientWidth}, innerWidth ${state.innerWidth}, viewport ${viewport})`,
  ).toBeLessThanOrEqual(Math.min(state.innerWidth, state.clientWidth, viewport));
}

/** Starts summing layout-shift entries (without recent input) from the first paint; read with `readCls`. */
export async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const target = window as Window & { __cls?: number; __shifts?: string[] };
    target.__cls = 0;
    target.__shifts = [];
    const describe = (node: Node | null) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
        : String(node?.nodeName);
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        target.__cls! += entry.value;
        target.__shifts!.push(
          `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ` +
            entry.sources
              .map((source) => `${describe(source.node)} ${rect(source.previousRect)} → ${rect(source.currentRect)}`)
              .join('; '),
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift so far, and each shift with what moved, for the report. */
export async function readCls(page: Page): Promise<{ cls: number; shifts: string[] }> {
  return page.evaluate(() => {
    const target = window as Window & { __cls?: number; __shifts?: string[] };
    return { cls: target.__cls ?? 0, shifts: target.__shifts ?? [] };
  });
}
