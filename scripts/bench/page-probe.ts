/**
 * The measuring done inside the page, installed before the app's own scripts
 * (context.addInitScript). It records, with performance.now() (milliseconds
 * from navigation start):
 *
 * - firstPage: the first moment the list shows its cards: an <ol> in <main>
 *   with at least one card (<article>) and no "Loading…" status line;
 * - indexLoaded: the first moment the whole filter index is in: the count line
 *   no longer says "at least" (nor "counting the rest") and the filter panel's
 *   genres show their counts, "Drama (1,234)";
 * - for one armed change at a time (a filter or a keystroke): the input event
 *   (the first keydown, click, input or change after arming), then, watching
 *   <main> with a MutationObserver, once the URL holds the new filters: the
 *   first DOM change of the results (count line or cards differ from before;
 *   never a loading state), and the moment they are complete (changed, and no
 *   list marked aria-busy); each followed by requestAnimationFrame and a task,
 *   so "painted" is the next frame after the DOM changed. The complete list's
 *   DOM change is kept too: the input → the last change of the list.
 *
 * These functions run in the page, not in Node: Playwright sends their source
 * (Function.prototype.toString), so they may use only their arguments and the
 * page's globals. tsx compiles nested named functions with esbuild's
 * `__name(fn, "name")` helper, which the page lacks: defineNameHelper, added
 * first, supplies it.
 */

/** The query parameters the URL must hold once a change has applied: every value of each, in any order. */
export type UrlExpectation = Record<string, string[]>;

export type ChangeOutcome = 'changed' | 'unchanged' | 'timeout' | 'no-event';

export interface ChangeTiming {
  outcome: ChangeOutcome;
  /** Input event → the next paint, whatever changed (the key's letter in the box, a ticked box), ms. */
  nextPaintMs: number | null;
  /** Input event → the paint after the results first changed, ms. */
  changedMs: number | null;
  /** Input event → the paint after the results were complete (new cards, not busy), ms. */
  completeMs: number | null;
  /** Input event → the DOM change that made them complete (the last change of the list), no frame after it, ms. */
  completeDomMs: number | null;
}

export type PageMark = 'firstPage' | 'indexLoaded';

export interface PageProbe {
  firstPage: number | null;
  indexLoaded: number | null;
  /** The mark's time, once it is set; null after timeoutMs. */
  waitFor: (mark: PageMark, timeoutMs: number) => Promise<number | null>;
  /** Watches the next change: call before the action. */
  arm: (expect: UrlExpectation) => void;
  /**
   * How the armed change went: when complete and painted, unchanged after quietMs of calm (null: the
   * list must change), or timed out.
   */
  settle: (timeoutMs: number, quietMs: number | null) => Promise<ChangeTiming>;
}

declare global {
  interface Window {
    __bench?: PageProbe;
  }
}

/** Supplies esbuild's keepNames helper to the page, for the functions below. */
export function defineNameHelper(): void {
  (globalThis as unknown as { __name: <T>(target: T) => T }).__name = (target) => target;
}

export function installProbe(): void {
  interface Watch {
    expect: UrlExpectation;
    container: Element | null;
    before: string;
    start: number | null;
    nextPaint: number | null;
    lastChange: number;
    changed: number | null;
    changedPaint: number | null;
    complete: number | null;
    completePaint: number | null;
  }
  let watch: Watch | null = null;
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const afterPaint = (then: (time: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => then(performance.now()), 0));
  const isLoading = (root: ParentNode) =>
    Array.from(root.querySelectorAll('[role="status"]')).some((status) => /Loading/.test(status.textContent ?? ''));
  const countLine = (root: ParentNode) =>
    Array.from(root.querySelectorAll('p')).find((p) => /^(Showing \d|[\d,]+ reviews?\b)/.test(p.textContent ?? ''));

  /** What the results show now, or null while they are loading (or gone). */
  const results = (container: Element | null) => {
    if (!container?.isConnected || isLoading(container)) return null;
    if (!container.querySelector('ol article') && !countLine(container)) return null;
    return { text: container.textContent ?? '', busy: container.querySelector('[aria-busy="true"]') !== null };
  };
  const urlHolds = (expect: UrlExpectation) => {
    const params = new URLSearchParams(location.search);
    return Object.entries(expect).every(([key, values]) => {
      const actual = params.getAll(key).sort();
      return actual.length === values.length && [...values].sort().every((value, i) => value === actual[i]);
    });
  };

  const probe: PageProbe = {
    firstPage: null,
    indexLoaded: null,
    waitFor: async (mark, timeoutMs) => {
      const began = performance.now();
      while (probe[mark] === null && performance.now() - began < timeoutMs) await sleep(25);
      return probe[mark];
    },
    arm: (expect) => {
      const main = document.querySelector('main');
      const container = main?.querySelector('ol')?.parentElement ?? main ?? null;
      watch = {
        expect,
        container,
        before: results(container)?.text ?? '',
        start: null,
        nextPaint: null,
        lastChange: 0,
        changed: null,
        changedPaint: null,
        complete: null,
        completePaint: null,
      };
    },
    settle: async (timeoutMs, quietMs) => {
      const w = watch;
      if (!w) return { outcome: 'no-event', nextPaintMs: null, changedMs: null, completeMs: null, completeDomMs: null };
      const began = performance.now();
      const timing = (outcome: ChangeOutcome): ChangeTiming => {
        watch = null;
        const since = (time: number | null) => (time === null || w.start === null ? null : time - w.start);
        return {
          outcome,
          nextPaintMs: since(w.nextPaint),
          changedMs: since(w.changedPaint),
          completeMs: since(w.completePaint),
          completeDomMs: since(w.complete),
        };
      };
      for (;;) {
        const now = performance.now();
        if (w.completePaint !== null) return timing('changed');
        if (now - began > timeoutMs) return timing(w.start === null ? 'no-event' : 'timeout');
        const state = w.start === null || w.changed !== null ? null : results(w.container);
        const calm = quietMs !== null && now - Math.max(w.lastChange, w.start ?? now) >= quietMs;
        if (state && !state.busy && state.text === w.before && calm && urlHolds(w.expect)) return timing('unchanged');
        await sleep(20);
      }
    },
  };
  window.__bench = probe;

  const check = () => {
    const now = performance.now();
    const main = document.querySelector('main');
    if (!main) return;
    if (probe.firstPage === null && main.querySelector('ol article') && !isLoading(main)) probe.firstPage = now;
    if (probe.firstPage !== null && probe.indexLoaded === null) {
      const count = countLine(main)?.textContent ?? '';
      const genreCounts = Array.from(main.querySelectorAll('label')).some((label) =>
        /\(\d[\d,]*\)\s*$/.test(label.textContent ?? ''),
      );
      if (count && !/at least|counting/.test(count) && genreCounts) probe.indexLoaded = now;
    }
    const w = watch;
    if (!w || w.start === null || w.complete !== null) return;
    w.lastChange = now;
    if (!urlHolds(w.expect)) return;
    const state = results(w.container);
    if (!state) return;
    if (w.changed === null && state.text !== w.before) {
      w.changed = now;
      afterPaint((time) => (w.changedPaint = time));
    }
    if (w.changed !== null && !state.busy) {
      w.complete = now;
      afterPaint((time) => (w.completePaint = time));
    }
  };
  // attributeFilter: aria-busy only, not the attributes React sets again on every input at each commit.
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributeFilter: ['aria-busy'],
  });

  for (const type of ['keydown', 'click', 'input', 'change']) {
    window.addEventListener(
      type,
      () => {
        const w = watch;
        if (!w || w.start !== null) return;
        w.start = w.lastChange = performance.now();
        afterPaint((time) => (w.nextPaint = time));
      },
      { capture: true },
    );
  }
}
