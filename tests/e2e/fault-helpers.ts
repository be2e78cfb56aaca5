import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Locator, Page, Request, Route } from '@playwright/test';
import type { Entry, PageDocument } from '../../src/format/archive-schema';
import type { Card } from '../../src/format/card-schema';
import type { Review } from '../../src/format/review-schema';
import { writeGeneratedArchive } from '../../scripts/lib/generate-reviews';
import { test as base, expect } from './fixtures';

/**
 * Shared by the fault specs (bad-data, hostile-data, network-faults,
 * refresh-and-offline, slow-loads, versions) and bad-urls: fault injection at
 * the network (page.route), the sample archive as served, and the checks every
 * fault must pass. A pass means no uncaught error, no script run, no dialog, no
 * blank page, a message and a working way forward.
 */

/** Chromium logs every failed request; those are the faults we inject, not app errors. */
const EXPECTED_CONSOLE_ERRORS = /Failed to load resource|net::ERR_/;

/** An archive generated on disk, to serve in place of the sample (`serveArchive`). */
export interface GeneratedArchive {
  dir: string;
  entry: Entry;
  /** A file of the archive, by its path from the API's base. */
  read: <T>(path: string) => T;
}

/**
 * Where `npm run build` keeps the app's HTML with no page prerendered in it,
 * beside the prerendered pages: in the build's own folder, which no host serves.
 */
const SHELL_FILE = join(process.env.E2E_DIST ?? 'dist', '.vite', 'shell.html');

/**
 * Serves the app shell for every page the browser opens, so the app fetches
 * its data at run time: a prerendered page carries the data of its first view
 * in its HTML, and a fault injected into that data would never be seen. The
 * answer is the local server's own for "/" (status and headers) with the
 * shell as its body, read from the build: no host serves .vite/. A build with
 * nothing prerendered (`vite build` alone) needs nothing.
 */
export async function serveAppShell(page: Page): Promise<void> {
  if (!existsSync(SHELL_FILE)) return;
  const shell = readFileSync(SHELL_FILE, 'utf8');
  const { origin } = new URL(base.info().project.use.baseURL!);
  await page.route(
    (url) => url.origin === origin && !url.pathname.startsWith(API) && !url.pathname.startsWith('/assets/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch({ url: `${origin}/` });
      // The body is replaced: its length and encoding go with the old one.
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => !/^content-(length|encoding)$/i.test(name)),
      );
      await route.fulfill({ status: response.status(), headers, body: shell });
    },
  );
}

/**
 * The project fixture plus: any console error the app logs (React, the route
 * error boundary, a CSP refusal of an injected handler) fails the test too.
 * `shellOnly` (set by the fault specs): every page is the app shell
 * (`serveAppShell`), whether or not the build prerendered it.
 * `bigArchive`: 2,100 generated reviews, so three blocks a sort (made once
 * per worker, in about 3 s, for the tests that ask for it).
 */
export const test = base.extend<
  { consoleErrors: string[]; shellOnly: boolean; appShellRoute: void },
  { bigArchive: GeneratedArchive }
>({
  shellOnly: [false, { option: true }],
  appShellRoute: [
    async ({ page, shellOnly }, provide) => {
      if (shellOnly) await serveAppShell(page);
      await provide();
    },
    { auto: true },
  ],
  bigArchive: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const dir = mkdtempSync(join(tmpdir(), 'reel-notes-e2e-'));
      writeGeneratedArchive(dir, { count: 2_100, seed: 1 });
      const read = <T>(path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
      await provide({ dir, entry: read<Entry>('index.json'), read });
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
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

/* ── The archive's files (format v2, src/format/archive-layout.ts) ── */

/** Where the preview server serves the review API. */
export const API = '/api/v2/';

type UrlMatcher = (url: URL) => boolean;

/** Matches one file of the review API by its path from the API's base: `index.json`, `reviews/<slug>.json`. */
export const api =
  (path: string): UrlMatcher =>
  (url) =>
    url.pathname === `${API}${path}`;

/** index.json: the entry that names the current build. */
export const entryFile = api('index.json');

export const reviewFile = (slug: string) => api(`reviews/${slug}.json`);

// A folder of files (pages/0.json) or a file of its own at the build's top (facets.json).
const BUILD_FILE =
  /^\/api\/v2\/builds\/([a-z0-9]+)\/(pages|blocks|cards|card-chunks|titles|names|ids|text|facets)(?:\/[^/]+)*\.json$/;

/**
 * The kinds of file in a build folder: page files, filter-index blocks, cards, card chunks, film titles, name-search chunks,
 * slug-to-id buckets, full-text search files, and the facets' dictionary.
 */
export type BuildFileKind =
  'pages' | 'blocks' | 'cards' | 'card-chunks' | 'titles' | 'names' | 'ids' | 'text' | 'facets';

/** Matches the files of a build folder: of any kind or one, of any build or one. */
export const buildFile =
  (kind?: BuildFileKind, build?: string): UrlMatcher =>
  (url) => {
    const match = BUILD_FILE.exec(url.pathname);
    return !!match && (!kind || match[2] === kind) && (!build || match[1] === build);
  };

/** The build folder a URL of the API is in, or null for index.json and reviews. */
export function buildOf(url: string | URL): string | null {
  return BUILD_FILE.exec(new URL(url).pathname)?.[1] ?? null;
}

/** Reads one file of the API as served (path from the API's base). */
export async function readJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${API}${path}`);
  expect(response.ok(), `GET ${API}${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

export interface Sample {
  entry: Entry;
  build: string;
  /** The newest page of all reviews: `ids[i]` is the id of `cards[i]`. */
  page: Omit<PageDocument, 'cards'> & { cards: Card[] };
}

/** The sample archive's entry and first page, as served. */
export async function readSample(request: APIRequestContext): Promise<Sample> {
  const entry = await readJson<Entry>(request, 'index.json');
  const page = await readJson<Sample['page']>(request, `builds/${entry.build}/pages/all.json`);
  return { entry, build: entry.build, page };
}

/** Cards of the current build, by id. */
export async function readCards(request: APIRequestContext, build: string, ids: readonly number[]): Promise<Card[]> {
  return Promise.all(ids.map((id) => readJson<Card>(request, `builds/${build}/cards/${id}.json`)));
}

export async function readReview(request: APIRequestContext, slug: string): Promise<Review> {
  return readJson<Review>(request, `reviews/${slug}.json`);
}

/** A review every test can open. */
export const SLUG = 'parasite-2019';
/** How messages name that review: by its film, never by its slug. */
export const REVIEW_NAME = 'the review of ‘Parasite’ (2019)';

/** Serves a generated archive in place of the sample, as a static host would. */
export async function serveArchive(page: Page, { dir }: GeneratedArchive): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith(API),
    (route) => {
      const file = join(dir, new URL(route.request().url()).pathname.slice(API.length));
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, json: {} });
    },
  );
}

/* ── Faults at the network ── */

/** Serves an API file edited on its way to the app. */
export async function rewriteJson<T>(page: Page, matcher: UrlMatcher, edit: (document: T, url: URL) => unknown) {
  await page.route(matcher, async (route) => {
    const response = await route.fetch();
    const document = (await response.json()) as T;
    await route.fulfill({ response, json: edit(document, new URL(route.request().url())) });
  });
}

/**
 * A reader on Save-Data: the list reads cards as it needs them, one file each, and never the whole archive's
 * cards in the background. A test of one card file needs it: with every card in memory, no list reads that file.
 */
export async function readerSavesData(page: Page) {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );
}

export interface RequestLog {
  readonly count: number;
  readonly urls: string[];
  /** The most requests made for any one URL: the attempts at a failing file. */
  readonly mostForOneUrl: number;
}

/** The requests the page makes for URLs the matcher accepts, counted and listed as they go out. */
export function countRequests(page: Page, matcher: UrlMatcher): RequestLog {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (matcher(new URL(request.url()))) seen.push(request);
  });
  return {
    get count() {
      return seen.length;
    },
    get urls() {
      return seen.map((request) => request.url());
    },
    get mostForOneUrl() {
      const counts = new Map<string, number>();
      for (const request of seen) counts.set(request.url(), (counts.get(request.url()) ?? 0) + 1);
      return Math.max(0, ...counts.values());
    },
  };
}

/** The policy in src/lib/query-client.ts: two retries, so three attempts at a file in all. */
export const MAX_ATTEMPTS = 3;

/**
 * A route that holds its requests until released, then passes them on to the
 * routes registered before it, or the network (or does what `then` says): for
 * loading states without a fixed wait.
 */
export async function holdRoute(
  page: Page,
  matcher: UrlMatcher,
  then: (route: Route) => Promise<void> = (route) => route.fallback(),
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

/**
 * A slow phone: the CPU throttled, the network not. A failed answer then
 * lands before the view has mounted, the order in which a second, unwanted
 * request can happen.
 */
export async function slowCpu(page: Page, rate = 6): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Opens a review afresh several times on a slow phone and counts its requests
 * each time. Whether a failed answer lands before or after the view mounts is
 * a race; repeating the load makes the unlucky order, and so a second request,
 * show up reliably. The page's clock is faked, and each load is followed past
 * the app's longest retry delay, so a retry would be counted without waiting for it.
 */
export async function requestsPerLoad(page: Page, slug: string, ready: () => Promise<void>, loads = 3) {
  await slowCpu(page);
  await page.clock.install();
  const requests = countRequests(page, reviewFile(slug));
  const counts: number[] = [];
  for (let load = 0; load < loads; load++) {
    const before = requests.count;
    await page.goto(`/reviews/${slug}`);
    await ready();
    await page.clock.runFor(10_000);
    await page.waitForLoadState('networkidle');
    counts.push(requests.count - before);
  }
  test.info().annotations.push({ type: `requests for ${slug} per page load`, description: counts.join(', ') });
  return counts;
}

/**
 * Moves the page's fake clock (`page.clock.install()` first) on through the
 * app's retries and their backoff until `shown` is visible: retries take no
 * real time, and a message that never comes fails within `timeout`.
 */
export async function fastForwardUntilVisible(page: Page, shown: Locator, timeout = 10_000): Promise<void> {
  await expect(async () => {
    await page.clock.fastForward(4_000);
    await expect(shown).toBeVisible({ timeout: 250 });
  }).toPass({ timeout, intervals: [50] });
}

/* ── What the reader sees ── */

/** The list's loading message (a live status), while its placeholders hold the space: "Loading the reviews…", "Loading reviews by title…". */
export const listLoading = (page: Page) => page.getByRole('status').filter({ hasText: /^Loading .*reviews/ });

/** The count line of a list, whatever it adds: "Showing 24 of 37 reviews · 2 reviews could not be shown". */
export const countText = (page: Page) =>
  page.locator('main p', { hasText: /^(Showing [\d,]+ of )?(at least )?[\d,]+ reviews?/ });

/** The film titles of a list's cards, as their links read: "Ballerina (2023)". */
export const cardNames = (page: Page) => page.locator('main ol > li article h2').allInnerTexts();

/** The list has cards: at least one review in the results. */
export async function expectList(page: Page, heading: string | RegExp = 'Latest reviews') {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('main ol li article').first()).toBeVisible();
}

/** The review SLUG's heading, once it has loaded. */
export const reviewHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /Parasite/i });

/** A file to break, the page that reads it first, what its messages call it, and how its content looks. */
export interface FaultTarget {
  file: string;
  path: string;
  matcher: UrlMatcher;
  what: string;
  shown: (page: Page) => Promise<void>;
}

/** The archive's entry, which every list reads first. */
export const ENTRY_TARGET: FaultTarget = {
  file: 'index.json',
  path: '/',
  matcher: entryFile,
  what: 'the reviews',
  shown: (page) => expectList(page),
};

/** A review's own file, which its page reads. */
export const REVIEW_TARGET: FaultTarget = {
  file: 'a review',
  path: `/reviews/${SLUG}`,
  matcher: reviewFile(SLUG),
  what: REVIEW_NAME,
  shown: (page) => expect(reviewHeading(page)).toBeVisible(),
};

/** Resolves when the filter index's first block has arrived: the list is about to count every review. */
export const indexArrived = (page: Page, timeout?: number) =>
  page.waitForResponse((response) => /\/blocks\/newest\/0\.json$/.test(new URL(response.url()).pathname), {
    timeout,
  });

/** Waits for two animation frames: whatever the last change was has been painted and its shifts reported. */
export const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** A string as a literal inside a RegExp. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The link of a card or a mention: its film's title, then " (year)". */
export const filmLink = (scope: Page | Locator, title: string) =>
  scope.getByRole('link', { name: new RegExp(`^${literal(title)} \\(`) });

/* ── Hostile text ── */

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
    // Scripts that would run: JSON-LD and a prerendered page's embedded data are inert; the boot script, first
    // in the head, runs by its hash in the CSP (src/boot-script.ts).
    inlineScripts: [...document.scripts].filter(
      (script) =>
        !script.src &&
        ['', 'text/javascript', 'application/javascript', 'module'].includes(script.type) &&
        script !== document.head.querySelector('script'),
    ).length,
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
